package org.plenum.events.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.plenum.api.CurrentReader;
import org.plenum.events.Event;
import org.plenum.events.EventService;

/** Events' titles in the reader's language where translated, for lists; read once a page. */
@Named("eventTitles")
@RequestScoped
public class EventTitles {

  @Inject
  EventService events;

  @Inject
  CurrentReader current;

  private Map<Long, String> titles;

  private Map<Long, String> titles() {
    if (titles == null) {
      titles = events.titlesIn(current.getLang());
    }
    return titles;
  }

  /**
   * An event's title as the reader reads it.
   *
   * @param event the event
   * @return its translated title, or its own
   */
  public String title(Event event) {
    return event.getLanguage().equals(current.getLang()) ? event.getTitle()
        : titles().getOrDefault(event.getId(), event.getTitle());
  }

  /**
   * The language an event's title is shown in.
   *
   * @param event the event
   * @return the reader's language where translated, else the event's
   */
  public String lang(Event event) {
    return !event.getLanguage().equals(current.getLang())
        && titles().containsKey(event.getId()) ? current.getLang() : event.getLanguage();
  }
}
