package org.plenum.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.plenum.api.Rejected;
import org.plenum.events.Schedule.Occurrence;

/**
 * The members' answers for occurrences: going, maybe or not going, and the waiting list beyond a
 * capacity. Answers for one event are taken one at a time (the event's row is locked), so a
 * capacity is never exceeded and the waiting list moves up in the order members answered; those who
 * move up are told by mail.
 */
@ApplicationScoped
public class Attendance {

  @PersistenceContext EntityManager em;

  @Inject EventQueries queries;

  @Inject Occurrences occurrences;

  @Inject EventAnnouncer announcer;

  @Inject jakarta.enterprise.event.Event<EventNotice> notices;

  /**
   * What a member's answer came to.
   *
   * @param answer the answer kept
   * @param waiting true when going but on the waiting list
   * @param position their place on the waiting list, from 1, or 0
   */
  public record Answered(Rsvp.Answer answer, boolean waiting, int position) {}

  /**
   * How many answered what, for an occurrence.
   *
   * @param going with a place
   * @param waiting on the waiting list
   * @param maybe perhaps
   */
  public record Counts(int going, int waiting, int maybe) {}

  /**
   * A member answers for one occurrence. Going beyond the capacity puts them on the waiting list;
   * leaving a place lets the first waiting member move up, who is told by mail.
   *
   * @param id the event
   * @param original the occurrence's original local start
   * @param accountId the member
   * @param answer the answer
   * @return what it came to
   * @throws Rejected when there is no such occurrence, it is cancelled, or it has begun
   */
  @Transactional
  public Answered answer(long id, LocalDateTime original, long accountId, Rsvp.Answer answer) {
    Event event = queries.locked(id);
    Occurrence o = occurrences.coming(event, original, "occurrence");
    if (o.cancelled()) {
      throw new Rejected(List.of(Rejected.problem("occurrence", "events.error.cancelled")), true);
    }
    Rsvp rsvp = rsvp(id, original, accountId).orElse(null);
    boolean hadPlace = rsvp != null && rsvp.getAnswer() == Rsvp.Answer.GOING && !rsvp.isWaiting();
    // counted before this answer is written
    boolean full =
        answer == Rsvp.Answer.GOING
            && !hadPlace
            && event.getCapacity() != null
            && goingCount(id, original) >= event.getCapacity();
    if (rsvp == null) {
      rsvp = new Rsvp(id, original, accountId);
      rsvp.answer(answer, full);
      em.persist(rsvp);
    } else if (!(answer == Rsvp.Answer.GOING && hadPlace)) {
      rsvp.answer(answer, full);
    }
    em.flush();
    if (hadPlace && answer != Rsvp.Answer.GOING) {
      promote(event, original);
    }
    announcer.listsChanged();
    return new Answered(rsvp.getAnswer(), rsvp.isWaiting(), rsvp.isWaiting() ? position(rsvp) : 0);
  }

  /**
   * A member takes back their answer; a place they held goes to the first waiting member.
   *
   * @param id the event
   * @param original the occurrence's original local start
   * @param accountId the member
   * @return true when there was an answer
   */
  @Transactional
  public boolean withdraw(long id, LocalDateTime original, long accountId) {
    Event event = queries.locked(id);
    Optional<Rsvp> rsvp = rsvp(id, original, accountId);
    if (rsvp.isEmpty()) {
      return false;
    }
    boolean hadPlace = rsvp.get().getAnswer() == Rsvp.Answer.GOING && !rsvp.get().isWaiting();
    em.remove(rsvp.get());
    em.flush();
    Optional<Occurrence> o = occurrences.occurrence(event, original);
    if (hadPlace && o.isPresent() && o.get().start().toInstant().isAfter(Instant.now())) {
      promote(event, original);
    }
    announcer.listsChanged();
    return true;
  }

  private void promote(Event event, LocalDateTime original) {
    int free =
        event.getCapacity() == null
            ? Integer.MAX_VALUE
            : event.getCapacity() - goingCount(event.getId(), original);
    if (free <= 0) {
      return;
    }
    List<Rsvp> waiting =
        em.createQuery(
                "select r from Rsvp r where r.eventId = :e"
                    + " and r.occurrenceLocal = :o and r.waiting = true order by r.answeredAt, r.id",
                Rsvp.class)
            .setParameter("e", event.getId())
            .setParameter("o", original)
            .setMaxResults(Math.min(free, 10_000))
            .getResultList();
    List<Long> promoted = new ArrayList<>();
    for (Rsvp r : waiting) {
      r.promote();
      promoted.add(r.getAccountId());
    }
    if (!promoted.isEmpty()) {
      em.flush();
      notices.fire(
          new EventNotice(
              EventNotice.Kind.PROMOTED,
              event.getId(),
              original,
              promoted,
              original.atZone(event.zone()).toInstant()));
    }
  }

  /**
   * After a capacity is raised or removed, every coming occurrence's waiting list moves up, within
   * the caller's transaction, the event's row locked.
   *
   * @param event the event
   */
  public void promoteAll(Event event) {
    List<LocalDateTime> originals =
        em.createQuery(
                "select distinct r.occurrenceLocal from Rsvp r"
                    + " where r.eventId = :e and r.waiting = true",
                LocalDateTime.class)
            .setParameter("e", event.getId())
            .getResultList();
    for (LocalDateTime o : originals) {
      if (o.atZone(event.zone()).toInstant().isAfter(Instant.now())) {
        promote(event, o);
      }
    }
  }

  private int position(Rsvp rsvp) {
    return em.createQuery(
            "select count(r) from Rsvp r where r.eventId = :e"
                + " and r.occurrenceLocal = :o and r.waiting = true and (r.answeredAt < :at"
                + " or (r.answeredAt = :at and r.id <= :id))",
            Long.class)
        .setParameter("e", rsvp.getEventId())
        .setParameter("o", rsvp.getOccurrenceLocal())
        .setParameter("at", rsvp.getAnsweredAt())
        .setParameter("id", rsvp.getId())
        .getSingleResult()
        .intValue();
  }

  /**
   * A member's answer for an occurrence.
   *
   * @param id the event
   * @param original the occurrence
   * @param accountId the member
   * @return the answer
   */
  @Transactional
  public Optional<Rsvp> rsvp(long id, LocalDateTime original, long accountId) {
    return em.createQuery(
            "select r from Rsvp r where r.eventId = :e and r.occurrenceLocal = :o"
                + " and r.accountId = :a",
            Rsvp.class)
        .setParameter("e", id)
        .setParameter("o", original)
        .setParameter("a", accountId)
        .getResultStream()
        .findFirst();
  }

  /**
   * A waiting member's place on the list.
   *
   * @param rsvp their answer
   * @return the place, from 1; 0 when not waiting
   */
  @Transactional
  public int waitingPosition(Rsvp rsvp) {
    return rsvp.isWaiting() ? position(rsvp) : 0;
  }

  /**
   * The answers for an occurrence: going in the order they answered, then waiting, then maybe, then
   * not going.
   *
   * @param id the event
   * @param original the occurrence
   * @return the answers
   */
  @Transactional
  public List<Rsvp> answers(long id, LocalDateTime original) {
    List<Rsvp> list =
        new ArrayList<>(
            em.createQuery(
                    "select r from Rsvp r where r.eventId = :e"
                        + " and r.occurrenceLocal = :o order by r.answeredAt, r.id",
                    Rsvp.class)
                .setParameter("e", id)
                .setParameter("o", original)
                .getResultList());
    list.sort(Comparator.comparingInt(Attendance::rank));
    return list;
  }

  private static int rank(Rsvp r) {
    return switch (r.getAnswer()) {
      case GOING -> r.isWaiting() ? 1 : 0;
      case MAYBE -> 2;
      case NOT_GOING -> 3;
    };
  }

  /**
   * The answers counted for an occurrence.
   *
   * @param id the event
   * @param original the occurrence
   * @return the counts
   */
  @Transactional
  public Counts counts(long id, LocalDateTime original) {
    int going = 0;
    int waiting = 0;
    int maybe = 0;
    for (Object[] row :
        em.createQuery(
                "select r.answer, r.waiting, count(r) from Rsvp r"
                    + " where r.eventId = :e and r.occurrenceLocal = :o group by r.answer, r.waiting",
                Object[].class)
            .setParameter("e", id)
            .setParameter("o", original)
            .getResultList()) {
      int n = ((Number) row[2]).intValue();
      if (row[0] == Rsvp.Answer.GOING) {
        if (Boolean.TRUE.equals(row[1])) {
          waiting += n;
        } else {
          going += n;
        }
      } else if (row[0] == Rsvp.Answer.MAYBE) {
        maybe += n;
      }
    }
    return new Counts(going, waiting, maybe);
  }

  private int goingCount(long id, LocalDateTime original) {
    return em.createQuery(
            "select count(r) from Rsvp r where r.eventId = :e"
                + " and r.occurrenceLocal = :o and r.answer = :g and r.waiting = false",
            Long.class)
        .setParameter("e", id)
        .setParameter("o", original)
        .setParameter("g", Rsvp.Answer.GOING)
        .getSingleResult()
        .intValue();
  }

  /**
   * The members with a place at an occurrence, to tell them of a change; in the caller's
   * transaction.
   *
   * @param id the event
   * @param original the occurrence
   * @return their account ids
   */
  public List<Long> going(long id, LocalDateTime original) {
    return em.createQuery(
            "select r.accountId from Rsvp r where r.eventId = :e"
                + " and r.occurrenceLocal = :o and r.answer = :g and r.waiting = false",
            Long.class)
        .setParameter("e", id)
        .setParameter("o", original)
        .setParameter("g", Rsvp.Answer.GOING)
        .getResultList();
  }

  /**
   * The most members going to any coming occurrence of an event, which its capacity may not fall
   * below; in the caller's transaction.
   *
   * @param id the event
   * @return the most, or 0
   */
  public int mostGoing(long id) {
    int most = 0;
    Event event = em.find(Event.class, id);
    for (Object[] row :
        em.createQuery(
                "select r.occurrenceLocal, count(r) from Rsvp r"
                    + " where r.eventId = :e and r.answer = :g and r.waiting = false"
                    + " group by r.occurrenceLocal",
                Object[].class)
            .setParameter("e", id)
            .setParameter("g", Rsvp.Answer.GOING)
            .getResultList()) {
      LocalDateTime original = (LocalDateTime) row[0];
      if (original.atZone(event.zone()).toInstant().isAfter(Instant.now())) {
        most = Math.max(most, ((Number) row[1]).intValue());
      }
    }
    return most;
  }

  /**
   * The coming occurrences a member goes to (or waits for), soonest first.
   *
   * @param accountId the member
   * @return their answers, with their events' occurrences
   */
  @Transactional
  public List<Rsvp> goingOf(long accountId) {
    return em.createQuery(
            "select r from Rsvp r where r.accountId = :a and r.answer = :g"
                + " order by r.occurrenceLocal",
            Rsvp.class)
        .setParameter("a", accountId)
        .setParameter("g", Rsvp.Answer.GOING)
        .getResultList();
  }
}
