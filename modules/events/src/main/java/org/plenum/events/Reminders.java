package org.plenum.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.events.Schedule.Occurrence;

/**
 * The day-before reminders that are due, each claimed once across the site's instances; the events'
 * mail sends them.
 */
@ApplicationScoped
public class Reminders {

  @PersistenceContext EntityManager em;

  @Inject Occurrences occurrences;

  /**
   * Claims the reminders due: answers "going" for occurrences starting within the next day, of
   * members who want reminders, not reminded yet. Each is claimed by one conditional update, so one
   * instance sends it.
   *
   * @param now the moment
   * @return the answers claimed
   */
  @Transactional
  public List<Rsvp> claimReminders(Instant now) {
    List<Rsvp> due = new ArrayList<>();
    // local times lie within a day of UTC: two days each side hold every date due
    LocalDateTime from = LocalDateTime.ofInstant(now.minus(Duration.ofDays(2)), ZoneOffset.UTC);
    LocalDateTime to = LocalDateTime.ofInstant(now.plus(Duration.ofDays(2)), ZoneOffset.UTC);
    List<Rsvp> candidates =
        em.createQuery(
                "select r from Rsvp r where r.answer = :g"
                    + " and r.waiting = false and r.reminded = false and r.occurrenceLocal > :f"
                    + " and r.occurrenceLocal < :t and not exists (select m from EventMember m"
                    + " where m.accountId = r.accountId and m.reminders = false)",
                Rsvp.class)
            .setParameter("g", Rsvp.Answer.GOING)
            .setParameter("f", from)
            .setParameter("t", to)
            .setMaxResults(5000)
            .getResultList();
    Map<Long, Event> events = new HashMap<>();
    for (Rsvp r : candidates) {
      Event e = events.computeIfAbsent(r.getEventId(), k -> em.find(Event.class, k));
      if (e == null) {
        continue;
      }
      Optional<Occurrence> o = occurrences.occurrence(e, r.getOccurrenceLocal());
      if (o.isEmpty() || o.get().cancelled()) {
        continue;
      }
      Instant start = o.get().start().toInstant();
      if (start.isAfter(now)
          && !start.isAfter(now.plus(Duration.ofDays(1)))
          && em.createQuery(
                      "update Rsvp r set r.reminded = true where r.id = :id"
                          + " and r.reminded = false")
                  .setParameter("id", r.getId())
                  .executeUpdate()
              == 1) {
        due.add(r);
      }
    }
    return due;
  }
}
