package org.plenum.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.api.Rejected;
import org.plenum.api.Settings;
import org.plenum.api.Zones;
import org.plenum.events.Schedule.Occurrence;

/**
 * The calendar: events' occurrences, expanded from their rules with the cancelled and moved ones as
 * they are, in a range (at most {@link #RANGE_MAX} at once), around a moment, or one by its
 * original start.
 */
@ApplicationScoped
public class Occurrences {

  /** The widest range of occurrences asked for at once. */
  public static final Duration RANGE_MAX = Duration.ofDays(366);

  @PersistenceContext EntityManager em;

  @Inject Settings settings;

  /**
   * An event's cancelled and moved occurrences.
   *
   * @param eventId the event
   * @return them, by original start
   */
  @Transactional
  public List<EventException> exceptions(long eventId) {
    return em.createQuery(
            "select x from EventException x where x.eventId = :e" + " order by x.originalLocal",
            EventException.class)
        .setParameter("e", eventId)
        .getResultList();
  }

  /**
   * The occurrences of the events that overlap a range, by start.
   *
   * @param from the range's start
   * @param to its end (exclusive); at most {@link #RANGE_MAX} after the start
   * @param chapterIds only these chapters' events, or {@code null} for all
   * @param max the most occurrences
   * @return the occurrences, cancelled ones marked
   */
  @Transactional
  public List<Occurrence> occurrences(
      Instant from, Instant to, Collection<Long> chapterIds, int max) {
    List<Event> events = overlapping(from, to, chapterIds);
    // the moved occurrences may leave their event's span: those are found by their own times
    Map<Long, List<EventException>> exceptions = exceptionsOf(events);
    List<Occurrence> all = new ArrayList<>();
    for (Event e : events) {
      all.addAll(Schedule.expand(e, exceptions.getOrDefault(e.getId(), List.of()), from, to, max));
    }
    return soonest(all, max);
  }

  /**
   * The events that have occurrences in a range, each once: a single event at its occurrence, a
   * repeating one at its next occurrence not cancelled (or its next one, when all in the range
   * are), by start.
   *
   * @param from the range's start
   * @param to its end (exclusive); at most {@link #RANGE_MAX} after the start
   * @param chapterIds only these chapters' events, or {@code null} for all
   * @param max the most occurrences
   * @return the occurrences
   */
  @Transactional
  public List<Occurrence> eachOnce(Instant from, Instant to, Collection<Long> chapterIds, int max) {
    List<Event> events = overlapping(from, to, chapterIds);
    Map<Long, List<EventException>> exceptions = exceptionsOf(events);
    List<Occurrence> all = new ArrayList<>();
    for (Event e : events) {
      List<EventException> changed = exceptions.getOrDefault(e.getId(), List.of());
      if (!e.isRecurring()) {
        all.addAll(Schedule.expand(e, changed, from, to, max));
        continue;
      }
      // each exception cancels one occurrence at most: one more holds one that takes place
      List<Occurrence> next = Schedule.expand(e, changed, from, to, changed.size() + 1);
      next.stream()
          .filter(o -> !o.cancelled())
          .findFirst()
          .or(() -> next.stream().findFirst())
          .ifPresent(all::add);
    }
    return soonest(all, max);
  }

  private List<Event> overlapping(Instant from, Instant to, Collection<Long> chapterIds) {
    if (Duration.between(from, to).compareTo(RANGE_MAX) > 0 || !to.isAfter(from)) {
      throw new Rejected(
          List.of(Rejected.problem("to", "events.error.range", RANGE_MAX.toDays())), false);
    }
    if (chapterIds != null && chapterIds.isEmpty()) {
      return List.of();
    }
    LocalDateTime f = LocalDateTime.ofInstant(from, ZoneOffset.UTC);
    LocalDateTime t = LocalDateTime.ofInstant(to, ZoneOffset.UTC);
    TypedQuery<Event> q =
        em.createQuery(
                "select e from Event e"
                    + " where e.firstStartUtc < :t and (e.lastEndUtc is null or e.lastEndUtc > :f)"
                    + (chapterIds == null ? "" : " and e.chapterId in :c"),
                Event.class)
            .setParameter("t", t)
            .setParameter("f", f);
    if (chapterIds != null) {
      q.setParameter("c", chapterIds);
    }
    return q.getResultList();
  }

  private static List<Occurrence> soonest(List<Occurrence> all, int max) {
    all.sort(
        Comparator.comparing(Occurrence::startInstant).thenComparing(o -> o.event().getTitle()));
    return all.size() > max ? List.copyOf(all.subList(0, max)) : all;
  }

  private Map<Long, List<EventException>> exceptionsOf(List<Event> events) {
    Map<Long, List<EventException>> map = new HashMap<>();
    if (events.isEmpty()) {
      return map;
    }
    List<Long> ids = events.stream().map(Event::getId).toList();
    for (int i = 0; i < ids.size(); i += 500) {
      for (EventException x :
          em.createQuery(
                  "select x from EventException x" + " where x.eventId in :ids",
                  EventException.class)
              .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500)))
              .getResultList()) {
        map.computeIfAbsent(x.getEventId(), k -> new ArrayList<>()).add(x);
      }
    }
    return map;
  }

  /**
   * The next moment a list of coming events changes by itself: an occurrence of the next two days
   * begins or ends, or the day turns in the site's time zone. In one transaction with the reading
   * of the site's settings, which may come from the database.
   *
   * @param now the moment
   * @return the next change, after it
   */
  @Transactional
  public Instant nextListChange(Instant now) {
    ZoneId zone = Zones.parse(settings.get(Settings.TIME_ZONE));
    zone = zone == null ? ZoneOffset.UTC : zone;
    Instant next = LocalDate.now(zone).plusDays(1).atStartOfDay(zone).toInstant();
    for (Occurrence o : occurrences(now, now.plus(Duration.ofDays(2)), null, 500)) {
      for (Instant at : new Instant[] {o.startInstant(), o.endInstant()}) {
        if (at.isAfter(now) && at.isBefore(next)) {
          next = at;
        }
      }
    }
    return next;
  }

  /**
   * One occurrence of an event, by its original local start.
   *
   * @param event the event
   * @param original the original local start
   * @return the occurrence, cancelled or moved as it is
   */
  @Transactional
  public Optional<Occurrence> occurrence(Event event, LocalDateTime original) {
    List<EventException> xs = exceptions(event.getId());
    EventException x =
        xs.stream().filter(e -> e.getOriginalLocal().equals(original)).findFirst().orElse(null);
    if (!Schedule.hasOccurrence(event, original)) {
      return Optional.empty();
    }
    ZoneId zone = event.zone();
    if (x != null && !x.isCancelled() && x.getStartsLocal() != null) {
      return Optional.of(
          new Occurrence(
              event,
              original,
              x.getStartsLocal().atZone(zone),
              x.getEndsLocal().atZone(zone),
              false,
              true,
              x.getNote()));
    }
    return Optional.of(
        new Occurrence(
            event,
            original,
            original.atZone(zone),
            original.plus(event.length()).atZone(zone),
            x != null,
            false,
            x == null ? null : x.getNote()));
  }

  /**
   * An occurrence that exists and has not begun, for changing it or answering for it.
   *
   * @param event the event
   * @param original the occurrence's original local start
   * @param field the field a refusal names
   * @return the occurrence
   * @throws Rejected when there is no such occurrence or it has begun
   */
  public Occurrence coming(Event event, LocalDateTime original, String field) {
    Occurrence o =
        occurrence(event, original)
            .orElseThrow(
                () ->
                    new Rejected(
                        List.of(Rejected.problem(field, "events.error.noOccurrence")), false));
    if (!o.start().toInstant().isAfter(Instant.now())) {
      throw new Rejected(List.of(Rejected.problem(field, "events.error.past")), true);
    }
    return o;
  }

  /**
   * The next occurrences of an event from a moment.
   *
   * @param event the event
   * @param from the moment
   * @param max the most
   * @return the occurrences, cancelled ones marked
   */
  @Transactional
  public List<Occurrence> next(Event event, Instant from, int max) {
    return Schedule.expand(event, exceptions(event.getId()), from, from.plus(RANGE_MAX), max);
  }

  /**
   * The latest occurrences of an event before a moment, within a year.
   *
   * @param event the event
   * @param to the moment
   * @param max the most
   * @return the occurrences, latest first
   */
  @Transactional
  public List<Occurrence> previous(Event event, Instant to, int max) {
    List<Occurrence> list =
        new ArrayList<>(
            Schedule.expand(
                event,
                exceptions(event.getId()),
                to.minus(RANGE_MAX),
                to,
                Schedule.MAX_OCCURRENCES));
    list.removeIf(o -> o.endInstant().isAfter(to));
    Collections.reverse(list);
    return list.size() > max ? List.copyOf(list.subList(0, max)) : list;
  }

  /**
   * Sets an event's span, its first start and last end in UTC, from its rule and its exceptions as
   * written so far in the caller's transaction.
   *
   * @param event the event
   */
  public void respan(Event event) {
    LocalDateTime[] span = Schedule.span(event, exceptions(event.getId()));
    event.span(span[0], span[1]);
  }
}
