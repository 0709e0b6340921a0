package org.plenum.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.plenum.spi.SearchDocument;
import org.plenum.spi.SearchSource;

/** Pages for the site's search: every page is public. */
@ApplicationScoped
public class PageSearch implements SearchSource {

  /** The type of pages in the search. */
  public static final String TYPE = "page";

  @Inject PageService pages;

  @Override
  public String moduleId() {
    return PagesModule.ID;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public void each(Consumer<SearchDocument> sink) {
    pages.list(null).forEach(p -> sink.accept(document(p)));
  }

  @Override
  public Optional<SearchDocument> find(String id) {
    if (!id.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return pages.byId(Long.parseLong(id)).map(PageSearch::document);
  }

  static SearchDocument document(Page page) {
    return new SearchDocument(
        TYPE,
        String.valueOf(page.getId()),
        page.getLanguage(),
        page.getTitle(),
        page.getBodyHtml() == null ? "" : Jsoup.parse(page.getBodyHtml()).text(),
        page.getSlug(),
        page.getUpdatedAt(),
        null,
        List.of(),
        Set.of(SearchDocument.ANYONE));
  }
}
