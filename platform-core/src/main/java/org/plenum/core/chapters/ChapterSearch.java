package org.plenum.core.chapters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.plenum.api.PlenumApi;
import org.plenum.spi.SearchDocument;
import org.plenum.spi.SearchSource;

/** Chapters for the site's search: name, place and description, for everyone. */
@ApplicationScoped
public class ChapterSearch implements SearchSource {

  /** The type of chapters in the search. */
  public static final String TYPE = "chapter";

  @Inject ChapterService chapters;

  @Override
  public String moduleId() {
    return PlenumApi.CORE;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public void each(Consumer<SearchDocument> sink) {
    chapters.tree().forEach(n -> sink.accept(document(n.chapter())));
  }

  @Override
  public Optional<SearchDocument> find(String id) {
    if (!id.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return chapters.byId(Long.parseLong(id)).map(ChapterSearch::document);
  }

  private static SearchDocument document(Chapter c) {
    String place =
        Stream.of(c.getCity(), c.getRegion(), c.getCountry())
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(", "));
    String text =
        place
            + (c.getDescriptionHtml() == null
                ? ""
                : "\n\n" + Jsoup.parse(c.getDescriptionHtml()).text());
    return new SearchDocument(
        TYPE,
        String.valueOf(c.getId()),
        SearchDocument.ANY_LANGUAGE,
        c.getName(),
        text,
        "chapters/" + c.getSlug(),
        c.getFoundedOn() == null ? null : c.getFoundedOn().atStartOfDay().toInstant(ZoneOffset.UTC),
        c.getId(),
        List.of(),
        Set.of(SearchDocument.ANYONE));
  }
}
