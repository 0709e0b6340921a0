package org.plenum.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** Times as organisers write them, in the event's zone: a day and time, or a day alone. */
public final class LocalTimes {

  private LocalTimes() {}

  /**
   * Reads a time as written in a form or a request: {@code 2026-12-02T19:00}, or {@code 2026-12-02}
   * for an all-day event (its start of day).
   *
   * @param local as written
   * @return the time, or {@code null} when blank
   * @throws DateTimeParseException when it is not a time
   */
  public static LocalDateTime parse(String local) {
    if (local == null || local.isBlank()) {
      return null;
    }
    String v = local.strip();
    return v.length() == 10 ? LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v);
  }
}
