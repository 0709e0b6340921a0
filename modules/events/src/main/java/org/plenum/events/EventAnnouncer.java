package org.plenum.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.plenum.spi.ContentChanged;
import org.plenum.spi.SearchChanged;

/**
 * Tells the rest of the site that events changed: the search reads a changed event again, and the
 * pages that show events are dropped from the page cache.
 */
@ApplicationScoped
public class EventAnnouncer {

  @Inject jakarta.enterprise.event.Event<ContentChanged> changed;

  @Inject jakarta.enterprise.event.Event<SearchChanged> searchChanged;

  /**
   * An event was created, changed or deleted, or one of its occurrences or translations.
   *
   * @param event the event
   */
  public void announce(Event event) {
    searchChanged.fire(new SearchChanged(EventSearch.TYPE, String.valueOf(event.getId())));
    listsChanged();
  }

  /** What the pages of events show changed (an answer, say), not what the search reads. */
  public void listsChanged() {
    changed.fire(ContentChanged.of(EventsClock.TAG));
  }
}
