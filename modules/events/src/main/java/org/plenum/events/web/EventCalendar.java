package org.plenum.events.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.ReaderDates;
import org.plenum.api.Texts;
import org.plenum.events.EventsClock;
import org.plenum.events.Occurrences;
import org.plenum.events.Schedule.Occurrence;

/**
 * A month of occurrences as a calendar, in the reader's time zone, weeks starting on the reader's
 * language's first day; {@code ?month=2026-12}, this month by default.
 */
@Named("eventCalendar")
@RequestScoped
public class EventCalendar {

  @Inject Occurrences occurrences;

  @Inject EventList list;

  @Inject CurrentReader current;

  @Inject ReaderDates dates;

  @Inject Texts catalog;

  /**
   * One day of the grid.
   *
   * @param date the date
   * @param inMonth true when it belongs to the month shown
   * @param today true for today
   * @param occurrences what happens that day, by start
   */
  public record Day(LocalDate date, boolean inMonth, boolean today, List<Occurrence> occurrences) {}

  private YearMonth month;
  private List<List<Day>> weeks;

  /**
   * @return the month shown
   */
  public YearMonth getMonth() {
    if (month == null) {
      String m = current.query("month");
      try {
        month = m == null ? null : YearMonth.parse(m);
      } catch (DateTimeParseException e) {
        month = null;
      }
      YearMonth now = YearMonth.now(dates.getZone());
      if (month == null || Math.abs(month.getYear() - now.getYear()) > 5) {
        month = now;
      }
    }
    return month;
  }

  /**
   * @return the month's name, such as "December 2026"
   */
  public String getTitle() {
    return DateTimeFormatter.ofPattern(
            catalog.text(current.getLang(), "core.format.month"), current.getLocale())
        .format(getMonth());
  }

  /**
   * @return the previous month, as the parameter
   */
  public String getPrevious() {
    return getMonth().minusMonths(1).toString();
  }

  /**
   * @return the next month, as the parameter
   */
  public String getNext() {
    return getMonth().plusMonths(1).toString();
  }

  /**
   * @return the weekdays' short names, in the grid's order
   */
  public List<String> getWeekdays() {
    List<String> names = new ArrayList<>();
    DayOfWeek first = WeekFields.of(current.getLocale()).getFirstDayOfWeek();
    for (int i = 0; i < 7; i++) {
      names.add(first.plus(i).getDisplayName(TextStyle.SHORT, current.getLocale()));
    }
    return names;
  }

  /**
   * @return the grid: weeks of seven days
   */
  public List<List<Day>> getWeeks() {
    if (weeks != null) {
      return weeks;
    }
    current.cache(EventsClock.TAG, Chapters.TAG);
    ZoneId zone = dates.getZone();
    YearMonth m = getMonth();
    DayOfWeek first = WeekFields.of(current.getLocale()).getFirstDayOfWeek();
    LocalDate start = m.atDay(1);
    while (start.getDayOfWeek() != first) {
      start = start.minusDays(1);
    }
    LocalDate end = m.atEndOfMonth().plusDays(1);
    while (end.getDayOfWeek() != first) {
      end = end.plusDays(1);
    }
    Map<LocalDate, List<Occurrence>> byDay = new LinkedHashMap<>();
    for (Occurrence o :
        occurrences.occurrences(
            start.atStartOfDay(zone).toInstant(),
            end.atStartOfDay(zone).toInstant(),
            list.within(list.getChapter()),
            2000)) {
      LocalDate day =
          o.event().isAllDay()
              ? o.start().toLocalDate()
              : o.start().withZoneSameInstant(zone).toLocalDate();
      byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(o);
    }
    LocalDate today = LocalDate.now(zone);
    weeks = new ArrayList<>();
    for (LocalDate d = start; d.isBefore(end); d = d.plusDays(7)) {
      List<Day> week = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        LocalDate day = d.plusDays(i);
        week.add(
            new Day(
                day,
                YearMonth.from(day).equals(m),
                day.equals(today),
                byDay.getOrDefault(day, List.of())));
      }
      weeks.add(week);
    }
    return weeks;
  }

  /**
   * The time an occurrence starts, in the reader's zone.
   *
   * @param o the occurrence
   * @return such as "11:30", or "" for an all-day one
   */
  public String time(Occurrence o) {
    return o.event().isAllDay()
        ? ""
        : DateTimeFormatter.ofPattern(
                catalog.text(current.getLang(), "events.format.time"), current.getLocale())
            .format(o.start().withZoneSameInstant(dates.getZone()));
  }
}
