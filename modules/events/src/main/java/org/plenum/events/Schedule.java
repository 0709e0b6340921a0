package org.plenum.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * When an event happens: its occurrences in a range, expanded from its iCalendar rule by ical4j in
 * the event's own time zone (so local times hold across daylight-saving changes), with the
 * occurrences cancelled or moved applied. Every expansion is bounded by a range and a count,
 * whether or not the rule ends.
 */
public final class Schedule {

  /** The most occurrences one expansion gives. */
  public static final int MAX_OCCURRENCES = 2000;

  /** The most occurrences a rule with a count may have. */
  public static final int MAX_COUNT = 1000;

  private Schedule() {}

  /**
   * One occurrence.
   *
   * @param event its event
   * @param original its original local start: the name of the occurrence
   * @param start when it starts, in the event's zone
   * @param end when it ends, in the event's zone
   * @param cancelled true when it does not take place
   * @param moved true when it was moved from its original time
   * @param note the organisers' word on a change, or {@code null}
   */
  public record Occurrence(
      Event event,
      LocalDateTime original,
      ZonedDateTime start,
      ZonedDateTime end,
      boolean cancelled,
      boolean moved,
      String note) {

    /**
     * @return the start as an instant
     */
    public Instant startInstant() {
      return start.toInstant();
    }

    /**
     * @return the end as an instant
     */
    public Instant endInstant() {
      return end.toInstant();
    }

    /**
     * @return the occurrence's name in addresses: its original local start, to the minute
     */
    public String key() {
      return Schedule.key(original);
    }
  }

  /**
   * An occurrence's name in addresses.
   *
   * @param original its original local start
   * @return such as {@code 2026-12-02T11:30}
   */
  public static String key(LocalDateTime original) {
    return original.withSecond(0).withNano(0).toString();
  }

  /**
   * Reads a recurrence rule.
   *
   * @param rrule the RRULE value
   * @return the rule
   * @throws IllegalArgumentException when it is not one
   */
  static Recur<ZonedDateTime> recur(String rrule) {
    try {
      return new Recur<>(rrule);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Tells whether a rule's frequency is one events use: daily, weekly, monthly or yearly.
   *
   * @param recur the rule
   * @return true when it is
   */
  static boolean usableFrequency(Recur<?> recur) {
    Frequency f = recur.getFrequency();
    return f == Frequency.DAILY
        || f == Frequency.WEEKLY
        || f == Frequency.MONTHLY
        || f == Frequency.YEARLY;
  }

  /**
   * The first start a rule gives from a start, which must be that start itself.
   *
   * @param recur the rule
   * @param seed the start
   * @return the first start, if any
   */
  static Optional<ZonedDateTime> first(Recur<ZonedDateTime> recur, ZonedDateTime seed) {
    List<ZonedDateTime> dates = recur.getDates(seed, seed, seed.plusYears(5), 1);
    return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0));
  }

  /**
   * The first starts a rule gives from a start, as an editor previews them before saving: the start
   * alone when there is no rule.
   *
   * @param rrule the RRULE value, or {@code null}
   * @param seed the first start, in the event's zone
   * @param max how many
   * @return the starts, in the event's zone
   * @throws IllegalArgumentException when the rule is not one events use
   */
  public static List<ZonedDateTime> firstStarts(String rrule, ZonedDateTime seed, int max) {
    if (rrule == null || rrule.isBlank()) {
      return List.of(seed);
    }
    Recur<ZonedDateTime> recur = recur(rrule);
    if (!usableFrequency(recur)) {
      throw new IllegalArgumentException(rrule);
    }
    return List.copyOf(recur.getDates(seed, seed, seed.plusYears(10), max));
  }

  /**
   * The occurrences of an event that overlap a range, by start.
   *
   * @param event the event
   * @param exceptions its cancelled and moved occurrences
   * @param from the range's start
   * @param to the range's end (exclusive)
   * @param max the most occurrences wanted
   * @return the occurrences, cancelled ones included (marked)
   */
  public static List<Occurrence> expand(
      Event event, List<EventException> exceptions, Instant from, Instant to, int max) {
    ZoneId zone = event.zone();
    Duration length = event.length();
    Map<LocalDateTime, EventException> changed = new HashMap<>();
    exceptions.forEach(x -> changed.put(x.getOriginalLocal(), x));
    List<Occurrence> list = new ArrayList<>();
    int cap = Math.min(max, MAX_OCCURRENCES);
    for (ZonedDateTime start : starts(event, from.minus(length), to, cap + changed.size())) {
      LocalDateTime original = start.toLocalDateTime();
      EventException x = changed.get(original);
      if (x != null && !x.isCancelled()) {
        continue;
      }
      ZonedDateTime end = original.plus(length).atZone(zone);
      if (overlaps(start, end, from, to)) {
        list.add(
            new Occurrence(
                event, original, start, end, x != null, false, x == null ? null : x.getNote()));
      }
    }
    for (EventException x : exceptions) {
      if (!x.isCancelled() && x.getStartsLocal() != null) {
        ZonedDateTime start = x.getStartsLocal().atZone(zone);
        ZonedDateTime end = x.getEndsLocal().atZone(zone);
        if (overlaps(start, end, from, to)) {
          list.add(
              new Occurrence(event, x.getOriginalLocal(), start, end, false, true, x.getNote()));
        }
      }
    }
    list.sort(Comparator.comparing(Occurrence::startInstant));
    return list.size() > cap ? List.copyOf(list.subList(0, cap)) : list;
  }

  /**
   * Tells whether an event has an occurrence with this original start.
   *
   * @param event the event
   * @param original the original local start
   * @return true when the rule (or the single start) gives it
   */
  public static boolean hasOccurrence(Event event, LocalDateTime original) {
    ZonedDateTime at = original.atZone(event.zone());
    Instant instant = at.toInstant();
    return starts(event, instant, instant.plusSeconds(1), 2).stream()
        .anyMatch(s -> s.toLocalDateTime().equals(original));
  }

  private static boolean overlaps(
      ZonedDateTime start, ZonedDateTime end, Instant from, Instant to) {
    Instant s = start.toInstant();
    Instant e = end.toInstant();
    return s.isBefore(to) && (e.isAfter(from) || !s.isBefore(from) && e.equals(s));
  }

  /** The original starts in a range, in the event's zone. */
  private static List<ZonedDateTime> starts(Event event, Instant from, Instant to, int max) {
    ZoneId zone = event.zone();
    ZonedDateTime seed = event.getStartsLocal().atZone(zone);
    if (!event.isRecurring()) {
      Instant s = seed.toInstant();
      return !s.isBefore(from) && s.isBefore(to) ? List.of(seed) : List.of();
    }
    if (!seed.toInstant().isBefore(to)) {
      return List.of();
    }
    ZonedDateTime start = from.isBefore(seed.toInstant()) ? seed : from.atZone(zone);
    return recur(event.getRrule()).getDates(seed, start, to.atZone(zone), max);
  }

  /**
   * The first start and the last end of an event, UTC, over all its occurrences (moved ones too);
   * no last end when its rule has neither count nor end date.
   *
   * @param event the event, its times and rule set
   * @param exceptions its cancelled and moved occurrences
   * @return the first start and the last end (or {@code null})
   */
  static LocalDateTime[] span(Event event, List<EventException> exceptions) {
    ZoneId zone = event.zone();
    ZonedDateTime seed = event.getStartsLocal().atZone(zone);
    Instant first = seed.toInstant();
    Instant last;
    if (!event.isRecurring()) {
      last = event.getEndsLocal().atZone(zone).toInstant();
    } else {
      Recur<ZonedDateTime> recur = recur(event.getRrule());
      if (recur.getCount() < 1 && recur.getUntil() == null) {
        last = null;
      } else {
        List<ZonedDateTime> all = recur.getDates(seed, seed, seed.plusYears(100), MAX_COUNT + 1);
        ZonedDateTime lastStart = all.isEmpty() ? seed : all.get(all.size() - 1);
        last = lastStart.toLocalDateTime().plus(event.length()).atZone(zone).toInstant();
      }
    }
    for (EventException x : exceptions) {
      if (!x.isCancelled() && x.getStartsLocal() != null) {
        Instant s = x.getStartsLocal().atZone(zone).toInstant();
        Instant e = x.getEndsLocal().atZone(zone).toInstant();
        first = s.isBefore(first) ? s : first;
        last = last == null || e.isAfter(last) ? (last == null ? null : e) : last;
      }
    }
    return new LocalDateTime[] {
      LocalDateTime.ofInstant(first, ZoneOffset.UTC),
      last == null ? null : LocalDateTime.ofInstant(last, ZoneOffset.UTC)
    };
  }
}
