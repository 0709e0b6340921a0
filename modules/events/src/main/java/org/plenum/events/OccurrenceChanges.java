package org.plenum.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import org.plenum.api.Audit;
import org.plenum.api.Rejected;
import org.plenum.events.Schedule.Occurrence;

/**
 * Organisers change one occurrence of an event: cancel it, move it to other times, or take that
 * back. Those going are told by mail of a cancellation or a move, once the change is written.
 */
@ApplicationScoped
public class OccurrenceChanges {

  @PersistenceContext EntityManager em;

  @Inject EventQueries queries;

  @Inject Audit audit;

  @Inject Occurrences occurrences;

  @Inject Attendance attendance;

  @Inject EventAnnouncer announcer;

  @Inject jakarta.enterprise.event.Event<EventNotice> notices;

  /**
   * Cancels one occurrence; those going are told by mail.
   *
   * @param id the event
   * @param original the occurrence's original local start
   * @param note a word for the members, or {@code null}
   * @return the event
   * @throws Rejected when there is no such occurrence or it is over
   */
  @Transactional
  public Event cancel(long id, LocalDateTime original, String note) {
    Event event = queries.locked(id);
    Occurrence o = occurrences.coming(event, original, "original");
    EventException x = exception(event, original);
    x.cancel(EventChecks.clean(note, 500));
    event.touched();
    em.flush();
    occurrences.respan(event);
    notices.fire(
        new EventNotice(
            EventNotice.Kind.CANCELLED,
            event.getId(),
            original,
            attendance.going(event.getId(), original),
            o.start().toInstant()));
    announcer.announce(event);
    audit.recordChange("event.cancel", event.getSlug(), Schedule.key(original));
    return event;
  }

  /**
   * Moves one occurrence to other local times (in the event's zone).
   *
   * @param id the event
   * @param original the occurrence's original local start
   * @param starts the new start, local
   * @param ends the new end, local
   * @param note a word for the members, or {@code null}
   * @return the event
   * @throws Rejected when there is no such occurrence, it is over, or the times are wrong
   */
  @Transactional
  public Event move(
      long id, LocalDateTime original, LocalDateTime starts, LocalDateTime ends, String note) {
    Event event = queries.locked(id);
    occurrences.coming(event, original, "original");
    EventChecks.checkMove(starts, ends);
    EventException x = exception(event, original);
    x.move(starts, ends, EventChecks.clean(note, 500));
    event.touched();
    em.flush();
    occurrences.respan(event);
    notices.fire(
        new EventNotice(
            EventNotice.Kind.MOVED,
            event.getId(),
            original,
            attendance.going(event.getId(), original),
            starts.atZone(event.zone()).toInstant()));
    announcer.announce(event);
    audit.recordChange("event.move", event.getSlug(), Schedule.key(original));
    return event;
  }

  /**
   * Takes back a cancellation or a move: the occurrence happens as its rule says.
   *
   * @param id the event
   * @param original the occurrence's original local start
   * @return the event
   */
  @Transactional
  public Event restore(long id, LocalDateTime original) {
    Event event = queries.locked(id);
    em.createQuery(
            "delete from EventException x where x.eventId = :e" + " and x.originalLocal = :o")
        .setParameter("e", id)
        .setParameter("o", original)
        .executeUpdate();
    event.touched();
    em.flush();
    occurrences.respan(event);
    announcer.announce(event);
    audit.recordChange("event.restore", event.getSlug(), Schedule.key(original));
    return event;
  }

  private EventException exception(Event event, LocalDateTime original) {
    return em.createQuery(
            "select x from EventException x where x.eventId = :e" + " and x.originalLocal = :o",
            EventException.class)
        .setParameter("e", event.getId())
        .setParameter("o", original)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              EventException x = new EventException(event.getId(), original);
              em.persist(x);
              return x;
            });
  }
}
