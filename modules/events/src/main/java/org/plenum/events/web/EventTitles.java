package org.plenum.events.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.plenum.api.CurrentReader;
import org.plenum.api.TranslatedTitles;
import org.plenum.events.Event;
import org.plenum.events.EventTranslations;

/** Events' titles in the reader's language where translated, for lists; read once a page. */
@Named("eventTitles")
@RequestScoped
public class EventTitles extends TranslatedTitles<Event> {

  @Inject EventTranslations translations;

  @Inject CurrentReader current;

  @Override
  protected CurrentReader reader() {
    return current;
  }

  @Override
  protected Map<Long, String> titlesIn(String lang) {
    return translations.titlesIn(lang);
  }

  @Override
  protected long id(Event event) {
    return event.getId();
  }

  @Override
  protected String language(Event event) {
    return event.getLanguage();
  }

  @Override
  protected String ownTitle(Event event) {
    return event.getTitle();
  }
}
