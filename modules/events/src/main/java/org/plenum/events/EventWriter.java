package org.plenum.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.plenum.api.Audit;
import org.plenum.api.Markdown;
import org.plenum.api.Rejected;

/**
 * Creating, changing and deleting events. Every change is checked whole before anything is written;
 * a refusal ({@link Rejected}) leaves everything as it was. A change takes the event's row, so it
 * waits for the answers being given meanwhile.
 */
@ApplicationScoped
public class EventWriter {

  @PersistenceContext EntityManager em;

  @Inject EventChecks checks;

  @Inject Audit audit;

  @Inject EventQueries queries;

  @Inject Occurrences occurrences;

  @Inject Attendance attendance;

  @Inject Markdown markdown;

  @Inject EventAnnouncer announcer;

  /**
   * Creates an event.
   *
   * @param draft what the organiser wrote
   * @param by the organiser's user name
   * @return the event
   * @throws Rejected when a rule is broken; nothing is written
   */
  @Transactional
  public Event create(EventDraft draft, String by) {
    EventDraft.Checked c = checks.check(draft);
    if (queries.bySlug(c.slug()).isPresent()) {
      throw new Rejected(
          List.of(Rejected.problem("slug", "events.error.slugTaken", c.slug())), true);
    }
    Event event = new Event(c.chapterId(), UUID.randomUUID().toString(), by);
    event.describe(c, c.description() == null ? null : markdown.render(c.description()));
    LocalDateTime[] span = Schedule.span(event, List.of());
    event.span(span[0], span[1]);
    em.persist(event);
    em.flush();
    announcer.announce(event);
    audit.recordChange("event.create", event.getSlug(), null);
    return event;
  }

  /**
   * Changes an event. Answers already given stay with their occurrences; a capacity may not fall
   * below the members already going to a coming occurrence; a capacity raised lets the waiting
   * lists move up.
   *
   * @param id the event
   * @param version the version the organiser started from
   * @param draft what they wrote
   * @return the event
   * @throws Rejected when a rule is broken or someone else changed it meanwhile
   */
  @Transactional
  public Event update(long id, long version, EventDraft draft) {
    Event event = queries.locked(id);
    if (event.getVersion() != version) {
      throw new Rejected(List.of(Rejected.problem("version", "events.error.version")), true);
    }
    EventDraft.Checked c = checks.check(draft);
    if (!c.slug().equals(event.getSlug()) && queries.bySlug(c.slug()).isPresent()) {
      throw new Rejected(
          List.of(Rejected.problem("slug", "events.error.slugTaken", c.slug())), true);
    }
    if (c.capacity() != null) {
      int going = attendance.mostGoing(event.getId());
      if (going > c.capacity()) {
        throw new Rejected(
            List.of(Rejected.problem("capacity", "events.error.capacityBelowGoing", going)), true);
      }
    }
    event.describe(c, c.description() == null ? null : markdown.render(c.description()));
    occurrences.respan(event);
    em.flush();
    attendance.promoteAll(event);
    announcer.announce(event);
    audit.recordChange("event.update", event.getSlug(), null);
    return event;
  }

  /**
   * Deletes an event, its occurrences' changes, its translations and the answers given.
   *
   * @param id the event
   */
  @Transactional
  public void delete(long id) {
    Event event = em.find(Event.class, id);
    if (event == null) {
      throw new EventNotFound(id);
    }
    em.createQuery("delete from Rsvp r where r.eventId = :e").setParameter("e", id).executeUpdate();
    em.createQuery("delete from EventException x where x.eventId = :e")
        .setParameter("e", id)
        .executeUpdate();
    em.createQuery("delete from EventTranslation t where t.eventId = :e")
        .setParameter("e", id)
        .executeUpdate();
    em.remove(event);
    em.flush();
    announcer.announce(event);
    audit.recordChange("event.delete", event.getSlug(), null);
  }
}
