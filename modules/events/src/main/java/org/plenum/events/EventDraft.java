package org.plenum.events;

import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * An event as its organiser wrote it, before it is checked. Times are local to the event's time
 * zone; for an all-day event, the start is its first day and the end its last, at midnight.
 *
 * @param chapterId the organising chapter
 * @param title the title
 * @param slug the address wanted, or {@code null} to derive it from the title
 * @param description Markdown, or {@code null}
 * @param language the language tag
 * @param zone the time-zone id
 * @param allDay true for an all-day event
 * @param starts the (first) start, local
 * @param ends the (first) end, local
 * @param rrule an iCalendar RRULE value, or {@code null} for an event that happens once
 * @param venueName the venue's name
 * @param venueStreet its street address
 * @param venueCity its city
 * @param venueCountry its country
 * @param onlineUrl the link to join online
 * @param capacity the most who may go to one occurrence, or {@code null}
 */
public record EventDraft(
    Long chapterId,
    String title,
    String slug,
    String description,
    String language,
    String zone,
    boolean allDay,
    LocalDateTime starts,
    LocalDateTime ends,
    String rrule,
    String venueName,
    String venueStreet,
    String venueCity,
    String venueCountry,
    String onlineUrl,
    Integer capacity) {

  /**
   * A draft once checked: trimmed, blanks as {@code null}, all-day ends made exclusive.
   *
   * @param chapterId the chapter
   * @param slug the address
   * @param title the title
   * @param description the description, or {@code null}
   * @param language the language
   * @param zone the zone
   * @param allDay all-day
   * @param starts the start, local
   * @param ends the end, local (exclusive midnight when all-day)
   * @param rrule the rule, or {@code null}
   * @param venueName the venue
   * @param venueStreet the street
   * @param venueCity the city
   * @param venueCountry the country
   * @param onlineUrl the link
   * @param capacity the capacity
   */
  public record Checked(
      Long chapterId,
      String slug,
      String title,
      String description,
      String language,
      ZoneId zone,
      boolean allDay,
      LocalDateTime starts,
      LocalDateTime ends,
      String rrule,
      String venueName,
      String venueStreet,
      String venueCity,
      String venueCountry,
      String onlineUrl,
      Integer capacity) {}
}
