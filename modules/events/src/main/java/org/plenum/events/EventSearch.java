package org.plenum.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.plenum.spi.SearchDocument;
import org.plenum.spi.SearchSource;

/**
 * Events for the site's search, for everyone: title, description and place, dated by the next
 * occurrence (or the last one, once over).
 */
@ApplicationScoped
public class EventSearch implements SearchSource {

  /** The type of events in the search. */
  public static final String TYPE = "event";

  @Inject EventQueries events;

  @Inject Occurrences occurrences;

  @Override
  public String moduleId() {
    return EventsModule.ID;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public void each(Consumer<SearchDocument> sink) {
    for (Event e : events.list(null, 100_000)) {
      sink.accept(document(e));
    }
  }

  @Override
  public Optional<SearchDocument> find(String id) {
    if (!id.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return events.byId(Long.parseLong(id)).map(this::document);
  }

  private SearchDocument document(Event e) {
    StringBuilder text = new StringBuilder();
    if (e.getDescriptionHtml() != null) {
      text.append(Jsoup.parse(e.getDescriptionHtml()).text()).append("\n\n");
    }
    text.append(e.getPlace());
    Instant date =
        occurrences.next(e, Instant.now(), 1).stream()
            .findFirst()
            .map(Schedule.Occurrence::startInstant)
            .orElse(e.getFirstStartUtc().toInstant(ZoneOffset.UTC));
    return new SearchDocument(
        TYPE,
        String.valueOf(e.getId()),
        e.getLanguage(),
        e.getTitle(),
        text.toString(),
        "events/" + e.getSlug(),
        date,
        e.getChapterId(),
        List.of(),
        Set.of(SearchDocument.ANYONE));
  }
}
