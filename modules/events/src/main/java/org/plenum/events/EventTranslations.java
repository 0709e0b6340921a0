package org.plenum.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.api.Audit;
import org.plenum.api.Markdown;
import org.plenum.api.Rejected;

/**
 * Events' titles and descriptions in the site's other languages: read one, list them, write or
 * remove one. Times, places and answers stay the event's own.
 */
@ApplicationScoped
public class EventTranslations {

  @PersistenceContext EntityManager em;

  @Inject EventQueries queries;

  @Inject Audit audit;

  @Inject EventChecks checks;

  @Inject Markdown markdown;

  @Inject EventAnnouncer announcer;

  /**
   * An event's translation into a language.
   *
   * @param event the event
   * @param lang the language
   * @return the translation, if any
   */
  @Transactional
  public Optional<EventTranslation> translation(Event event, String lang) {
    if (lang == null || lang.equals(event.getLanguage())) {
      return Optional.empty();
    }
    return em.createQuery(
            "select t from EventTranslation t where t.eventId = :e" + " and t.language = :l",
            EventTranslation.class)
        .setParameter("e", event.getId())
        .setParameter("l", lang)
        .getResultStream()
        .findFirst();
  }

  /**
   * The languages an event is translated into.
   *
   * @param event the event
   * @return their tags, sorted
   */
  @Transactional
  public List<String> translations(Event event) {
    return em.createQuery(
            "select t.language from EventTranslation t where t.eventId = :e"
                + " order by t.language",
            String.class)
        .setParameter("e", event.getId())
        .getResultList();
  }

  /**
   * The translated titles of every event in a language, for lists.
   *
   * @param lang the language
   * @return titles by event id
   */
  @Transactional
  public Map<Long, String> titlesIn(String lang) {
    Map<Long, String> titles = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select t.eventId, t.title from EventTranslation t" + " where t.language = :l",
                Object[].class)
            .setParameter("l", lang)
            .getResultList()) {
      titles.put((Long) row[0], (String) row[1]);
    }
    return titles;
  }

  /**
   * Writes an event's title and description in another of the site's languages.
   *
   * @param id the event
   * @param lang the language
   * @param title the title
   * @param description the description (Markdown), or {@code null}
   * @param by who translated
   * @return the translation
   * @throws Rejected when the language or a text is not right
   */
  @Transactional
  public EventTranslation translate(
      long id, String lang, String title, String description, String by) {
    Event event = queries.byId(id).orElseThrow(() -> new EventNotFound(id));
    EventChecks.Translated checked = checks.checkTranslation(event, lang, title, description);
    String d = checked.description();
    EventTranslation tr =
        translation(event, lang)
            .orElseGet(
                () -> {
                  EventTranslation fresh = new EventTranslation(event.getId(), lang);
                  em.persist(fresh);
                  return fresh;
                });
    tr.write(checked.title(), d, d == null ? null : markdown.render(d), by);
    em.flush();
    announcer.announce(event);
    audit.recordChange("event.translate", event.getSlug(), lang);
    return tr;
  }

  /**
   * Removes an event's translation.
   *
   * @param id the event
   * @param lang the language
   * @return true when there was one
   */
  @Transactional
  public boolean removeTranslation(long id, String lang) {
    Event event = queries.byId(id).orElseThrow(() -> new EventNotFound(id));
    Optional<EventTranslation> tr = translation(event, lang);
    tr.ifPresent(em::remove);
    em.flush();
    announcer.announce(event);
    if (tr.isPresent()) {
      audit.recordChange("event.translate.remove", event.getSlug(), lang);
    }
    return tr.isPresent();
  }
}
