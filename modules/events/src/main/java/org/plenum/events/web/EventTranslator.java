package org.plenum.events.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.plenum.api.Permissions;
import org.plenum.api.TranslationForm;
import org.plenum.events.Event;
import org.plenum.events.EventQueries;
import org.plenum.events.EventTranslations;
import org.plenum.events.EventsModule;

/**
 * Translating an event's title and description into another of the site's languages, beside the
 * original ({@code ?lang=fr}); its times, places and answers stay the event's own. Its organisers
 * translate it.
 */
@Named("eventTranslator")
@RequestScoped
public class EventTranslator extends TranslationForm<Event> {

  @Inject EventQueries events;

  @Inject EventTranslations translations;

  @Inject Permissions permissions;

  @Override
  protected Optional<Event> find() {
    return events.bySlug(reader().param("event"));
  }

  @Override
  protected String languageOf(Event event) {
    return event.getLanguage();
  }

  @Override
  protected boolean mayTranslate(Event event) {
    return permissions.can(reader().getCaller(), EventsModule.MANAGE, event.getChapterId());
  }

  @Override
  protected Optional<Wording> translation(Event event, String lang) {
    return translations
        .translation(event, lang)
        .map(t -> new Wording(t.getTitle(), t.getDescriptionSource()));
  }

  @Override
  protected void store(Event event, String lang, Wording wording) {
    translations.translate(
        event.getId(),
        lang,
        wording.title(),
        wording.description(),
        reader().getCaller().username());
  }

  @Override
  protected void drop(Event event, String lang) {
    translations.removeTranslation(event.getId(), lang);
  }

  @Override
  protected String path(Event event) {
    return "events/" + event.getSlug();
  }

  @Override
  protected String refusalKey() {
    return "events.error.manage";
  }

  /**
   * @return the event, or {@code null} when the address names none
   */
  public Event getEvent() {
    return original();
  }
}
