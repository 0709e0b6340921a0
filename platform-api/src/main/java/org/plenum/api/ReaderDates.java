package org.plenum.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Dates and times as the current reader reads them: in their time zone (their profile's, else the
 * site's) and their language. Times are kept in UTC; a {@link LocalDateTime} given here is a UTC
 * time. Also named {@code dates} in pages.
 */
public interface ReaderDates {

  /**
   * @return the reader's time zone
   */
  ZoneId getZone();

  /**
   * A moment with weekday, date and time.
   *
   * @param utc a time in UTC, or {@code null}
   * @return such as "Wednesday, November 27, 2026, 11:30 AM"; empty for {@code null}
   */
  String dateTime(LocalDateTime utc);

  /**
   * A moment with weekday, date and time.
   *
   * @param instant the moment, or {@code null}
   * @return the text; empty for {@code null}
   */
  String dateTime(Instant instant);

  /**
   * The day of a moment.
   *
   * @param utc a time in UTC, or {@code null}
   * @return such as "November 27, 2026"; empty for {@code null}
   */
  String date(LocalDateTime utc);

  /**
   * The day of a moment.
   *
   * @param instant the moment, or {@code null}
   * @return such as "November 27, 2026"; empty for {@code null}
   */
  String date(Instant instant);

  /**
   * A calendar date (a founding date): no zone applies.
   *
   * @param date the date, or {@code null}
   * @return such as "July 22, 2014"; empty for {@code null}
   */
  String day(LocalDate date);

  /**
   * The time of a moment.
   *
   * @param instant the moment, or {@code null}
   * @return such as "11:30 AM" or "11 h 30"; empty for {@code null}
   */
  String time(Instant instant);

  /**
   * A moment as a {@code datetime} attribute wants it.
   *
   * @param instant the moment, or {@code null}
   * @return such as {@code 2026-11-27T09:30:00Z}, or "" for none
   */
  String iso(Instant instant);

  /**
   * The month of a moment.
   *
   * @param utc a time in UTC, or {@code null}
   * @return such as "November 2026"; empty for {@code null}
   */
  String month(LocalDateTime utc);
}
