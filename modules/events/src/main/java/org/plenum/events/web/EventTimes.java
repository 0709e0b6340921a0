package org.plenum.events.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.plenum.api.CurrentReader;
import org.plenum.api.ReaderDates;
import org.plenum.api.Texts;
import org.plenum.events.Schedule.Occurrence;

/**
 * Occurrences as a reader reads them: an event in a place in that place's time (the reader's beside
 * it when it differs), an online one in the reader's time zone (the organiser's beside it when it
 * differs); the weekday and times for the coming week ("Wednesday, 11:30 – 13:00"), the date for
 * later ones, and a date badge ("AUG 10"). All-day events keep their own dates.
 */
@Named("eventTimes")
@RequestScoped
public class EventTimes {

  /** Occurrences starting within this many days are named by their weekday. */
  static final int NEAR_DAYS = 6;

  @Inject ReaderDates dates;

  @Inject CurrentReader current;

  @Inject Texts catalog;

  private final Map<String, DateTimeFormatter> patterns = new HashMap<>();

  /** A pattern of the reader's language, made once a page. */
  private DateTimeFormatter pattern(String key) {
    return patterns.computeIfAbsent(
        key,
        k -> DateTimeFormatter.ofPattern(catalog.text(current.getLang(), k), current.getLocale()));
  }

  private ZoneId zone() {
    return dates.getZone();
  }

  /** Where an occurrence is read: in its place's zone when it has a place, else the reader's. */
  private ZoneId shownIn(Occurrence o) {
    return o.event().isInPerson() ? o.event().zone() : zone();
  }

  private ZonedDateTime start(Occurrence o) {
    return o.event().isAllDay() ? o.start() : o.start().withZoneSameInstant(shownIn(o));
  }

  private ZonedDateTime end(Occurrence o) {
    return o.event().isAllDay() ? o.end() : o.end().withZoneSameInstant(shownIn(o));
  }

  /**
   * Tells whether an occurrence starts within the coming week, counted in the zone it is shown in.
   *
   * @param o the occurrence
   * @return true when near
   */
  public boolean near(Occurrence o) {
    ZonedDateTime start = start(o);
    long days = ChronoUnit.DAYS.between(LocalDate.now(start.getZone()), start.toLocalDate());
    return days >= 0 && days <= NEAR_DAYS;
  }

  /**
   * When an occurrence happens: "Wednesday, 11:30 – 13:00" in the coming week, "Wednesday, December
   * 16, 2026, 11:30 – 13:00" later; the days of an all-day one.
   *
   * @param o the occurrence
   * @return the text
   */
  public String when(Occurrence o) {
    return near(o) ? shortly(o) : full(o);
  }

  /**
   * The weekday and times of an occurrence, or of an all-day one its days.
   *
   * @param o the occurrence
   * @return such as "Wednesday, 11:30 – 13:00"
   */
  public String shortly(Occurrence o) {
    ZonedDateTime s = start(o);
    ZonedDateTime e = end(o);
    if (o.event().isAllDay()) {
      return days(s.toLocalDate(), e.toLocalDate().minusDays(1));
    }
    String weekday = pattern("events.format.weekday").format(s);
    return catalog.formatIn(current.getLang(), "events.when.near", weekday, times(s, e));
  }

  /**
   * The full date and times of an occurrence.
   *
   * @param o the occurrence
   * @return such as "Wednesday, December 16, 2026, 11:30 – 13:00"
   */
  public String full(Occurrence o) {
    ZonedDateTime s = start(o);
    ZonedDateTime e = end(o);
    if (o.event().isAllDay()) {
      return days(s.toLocalDate(), e.toLocalDate().minusDays(1));
    }
    return catalog.formatIn(
        current.getLang(), "events.when.full", pattern("events.format.day").format(s), times(s, e));
  }

  private String days(LocalDate first, LocalDate last) {
    DateTimeFormatter day = pattern("events.format.day");
    return first.equals(last)
        ? day.format(first)
        : catalog.formatIn(
            current.getLang(), "events.when.days", day.format(first), day.format(last));
  }

  private String times(ZonedDateTime s, ZonedDateTime e) {
    DateTimeFormatter time = pattern("events.format.time");
    String end = time.format(e);
    if (!e.toLocalDate().equals(s.toLocalDate())) {
      end = pattern("events.format.weekday").format(e) + " " + end;
    }
    return catalog.formatIn(current.getLang(), "events.when.times", time.format(s), end);
  }

  /**
   * The occurrence's times in the other zone that matters, when its offset differs: the reader's
   * beside an event in a place, the organiser's beside an online one.
   *
   * @param o the occurrence
   * @return such as "00:30 – 02:00 your time, London" or "18:00 – 20:00 in UTC", or "" when the
   *     zones agree or it is all-day
   */
  public String other(Occurrence o) {
    ZoneId shown = shownIn(o);
    ZoneId other = o.event().isInPerson() ? zone() : o.event().zone();
    if (o.event().isAllDay()
        || other
            .getRules()
            .getOffset(o.startInstant())
            .equals(shown.getRules().getOffset(o.startInstant()))) {
      return "";
    }
    ZonedDateTime s = o.start().withZoneSameInstant(other);
    String times = times(s, o.end().withZoneSameInstant(other));
    if (!s.toLocalDate().equals(start(o).toLocalDate())) {
      times = pattern("events.format.weekday").format(s) + " " + times;
    }
    return catalog.formatIn(
        current.getLang(),
        o.event().isInPerson() ? "events.when.reader" : "events.when.organiser",
        times,
        zoneName(other));
  }

  /**
   * A zone as readers know it: its city, or its id.
   *
   * @param zone the zone
   * @return such as "Melbourne" or "UTC"
   */
  static String zoneName(ZoneId zone) {
    String id = zone.getId();
    int slash = id.lastIndexOf('/');
    return slash < 0 ? id : id.substring(slash + 1).replace('_', ' ');
  }

  /**
   * @return the reader's time zone, named
   */
  public String getZone() {
    return zone().getId();
  }

  /**
   * The badge's month.
   *
   * @param o the occurrence
   * @return such as "AUG"
   */
  public String badgeMonth(Occurrence o) {
    return pattern("events.format.badgeMonth")
        .format(start(o))
        .replace(".", "")
        .toUpperCase(current.getLocale());
  }

  /**
   * The badge's day.
   *
   * @param o the occurrence
   * @return such as "10"
   */
  public String badgeDay(Occurrence o) {
    return String.valueOf(start(o).getDayOfMonth());
  }

  /**
   * The start for a {@code datetime} attribute.
   *
   * @param o the occurrence
   * @return UTC, to the second; a date for an all-day one
   */
  public String iso(Occurrence o) {
    return o.event().isAllDay() ? o.start().toLocalDate().toString() : dates.iso(o.startInstant());
  }

  /**
   * Tells whether an occurrence is over.
   *
   * @param o the occurrence
   * @return true when it has ended
   */
  public boolean past(Occurrence o) {
    return !o.endInstant().isAfter(Instant.now());
  }
}
