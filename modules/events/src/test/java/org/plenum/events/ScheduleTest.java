package org.plenum.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class ScheduleTest {

  static Event event(String zone, LocalDateTime starts, LocalDateTime ends, String rrule) {
    Event e = new Event(1L, "uid-1", "tester");
    e.describe(
        new EventDraft.Checked(
            1L,
            "wednesday-action-group",
            "Wednesday Action Group",
            null,
            "en",
            ZoneId.of(zone),
            false,
            starts,
            ends,
            rrule,
            "Trades Hall",
            "525 Collins St",
            "Melbourne",
            "Australia",
            null,
            null),
        null);
    return e;
  }

  static EventException cancelled(LocalDateTime original) {
    EventException x = new EventException(1L, original);
    x.cancel("Public holiday");
    return x;
  }

  static EventException moved(LocalDateTime original, LocalDateTime starts, LocalDateTime ends) {
    EventException x = new EventException(1L, original);
    x.move(starts, ends, "Moved to Thursday");
    return x;
  }

  @Test
  void weeklyKeepsItsLocalTimeAcrossTheChangeOfClocks() {
    // London leaves summer time on 25 October 2026
    Event e =
        event(
            "Europe/London",
            LocalDateTime.of(2026, 10, 14, 19, 0),
            LocalDateTime.of(2026, 10, 14, 21, 0),
            "FREQ=WEEKLY;BYDAY=WE");
    List<Schedule.Occurrence> list =
        Schedule.expand(
            e,
            List.of(),
            Instant.parse("2026-10-01T00:00:00Z"),
            Instant.parse("2026-11-01T00:00:00Z"),
            100);
    assertEquals(
        List.of("2026-10-14T18:00:00Z", "2026-10-21T18:00:00Z", "2026-10-28T19:00:00Z"),
        list.stream().map(o -> o.startInstant().toString()).toList());
    list.forEach(o -> assertEquals(19, o.start().getHour()));
    assertEquals("2026-10-28T21:00:00Z", list.get(2).endInstant().toString());
  }

  @Test
  void monthlyOnTheSecondSundayUntilADate() {
    Event e =
        event(
            "Australia/Melbourne",
            LocalDateTime.of(2026, 12, 13, 10, 0),
            LocalDateTime.of(2026, 12, 13, 16, 0),
            "FREQ=MONTHLY;BYDAY=2SU;UNTIL=20270331T000000Z");
    List<Schedule.Occurrence> list =
        Schedule.expand(
            e,
            List.of(),
            Instant.parse("2026-12-01T00:00:00Z"),
            Instant.parse("2027-12-01T00:00:00Z"),
            100);
    assertEquals(
        List.of("2026-12-13", "2027-01-10", "2027-02-14", "2027-03-14"),
        list.stream().map(o -> o.start().toLocalDate().toString()).toList());
    LocalDateTime[] span = Schedule.span(e, List.of());
    assertEquals(
        LocalDateTime.of(2027, 3, 14, 5, 0),
        span[1],
        "the last end in UTC: 16:00 in Melbourne, summer time (UTC+11)");
  }

  @Test
  void aRuleWithoutEndHasNoLastEndButEveryExpansionIsBounded() {
    Event e =
        event(
            "Australia/Melbourne",
            LocalDateTime.of(2020, 1, 1, 11, 30),
            LocalDateTime.of(2020, 1, 1, 13, 0),
            "FREQ=DAILY");
    assertNull(Schedule.span(e, List.of())[1]);
    List<Schedule.Occurrence> list =
        Schedule.expand(
            e, List.of(), Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), 1_000_000);
    assertEquals(Schedule.MAX_OCCURRENCES, list.size());
  }

  @Test
  void aCancelledOccurrenceIsMarkedAndAMovedOneTakesItsNewTime() {
    LocalDateTime first = LocalDateTime.of(2026, 12, 2, 11, 30);
    Event e = event("Australia/Melbourne", first, first.plusMinutes(90), "FREQ=WEEKLY;BYDAY=WE");
    List<EventException> xs =
        List.of(
            cancelled(first.plusWeeks(1)),
            moved(
                first.plusWeeks(2),
                first.plusWeeks(2).plusDays(1),
                first.plusWeeks(2).plusDays(1).plusHours(2)));
    List<Schedule.Occurrence> list =
        Schedule.expand(
            e,
            xs,
            first.atZone(e.zone()).toInstant(),
            first.plusWeeks(4).atZone(e.zone()).toInstant(),
            10);
    assertEquals(4, list.size());
    assertFalse(list.get(0).cancelled());
    assertTrue(list.get(1).cancelled());
    assertTrue(list.get(2).moved());
    assertEquals(LocalDateTime.of(2026, 12, 17, 11, 30), list.get(2).start().toLocalDateTime());
    assertEquals(first.plusWeeks(2), list.get(2).original(), "named by its original start");
    assertTrue(Schedule.hasOccurrence(e, first.plusWeeks(3)));
    assertFalse(Schedule.hasOccurrence(e, first.plusWeeks(3).plusHours(1)));
  }

  @Test
  void theFeedCarriesTheRuleTheExceptionAndTheZoneForAnIndependentReader() throws Exception {
    LocalDateTime first = LocalDateTime.of(2026, 12, 2, 11, 30);
    Event e = event("Australia/Melbourne", first, first.plusMinutes(90), "FREQ=WEEKLY;BYDAY=WE");
    EventException off = cancelled(first.plusWeeks(1));
    EventException later =
        moved(first.plusWeeks(2), first.plusWeeks(2).plusHours(1), first.plusWeeks(2).plusHours(3));
    String ics =
        Calendars.feed(
            "Plenum events",
            "example.org",
            List.of(e),
            x -> List.of(off, later),
            x -> "https://example.org/en/events/" + x.getSlug());
    assertTrue(ics.contains("BEGIN:VTIMEZONE"), ics);
    assertTrue(ics.contains("EXDATE;TZID=Australia/Melbourne:20261209T113000"), ics);

    ICalendar cal = Biweekly.parse(ics).first();
    assertEquals(2, cal.getEvents().size());
    VEvent series = cal.getEvents().get(0);
    assertEquals("Wednesday Action Group", series.getSummary().getValue());
    assertEquals(
        Instant.parse("2026-12-02T00:30:00Z"),
        series.getDateStart().getValue().toInstant(),
        "11:30 in Melbourne (UTC+11)");
    TimeZone melbourne = TimeZone.getTimeZone("Australia/Melbourne");
    DateIterator it = series.getDateIterator(melbourne);
    List<Instant> starts = new ArrayList<>();
    for (int i = 0; i < 3 && it.hasNext(); i++) {
      starts.add(it.next().toInstant());
    }
    assertEquals(
        List.of(
            Instant.parse("2026-12-02T00:30:00Z"),
            Instant.parse("2026-12-16T00:30:00Z"),
            Instant.parse("2026-12-23T00:30:00Z")),
        starts,
        "the reader skips the cancelled 9 December");
    VEvent override = cal.getEvents().get(1);
    assertEquals(
        Instant.parse("2026-12-16T00:30:00Z"), override.getRecurrenceId().getValue().toInstant());
    assertEquals(
        Instant.parse("2026-12-16T01:30:00Z"), override.getDateStart().getValue().toInstant());
    assertEquals(series.getUid().getValue(), override.getUid().getValue());
  }

  @Test
  void aMembersFeedHoldsEachOccurrenceInUtcAndMarksACancelledOne() {
    LocalDateTime first = LocalDateTime.of(2026, 12, 2, 11, 30);
    Event e = event("Australia/Melbourne", first, first.plusMinutes(90), "FREQ=WEEKLY;BYDAY=WE");
    List<Schedule.Occurrence> mine =
        Schedule.expand(
            e,
            List.of(cancelled(first.plusWeeks(1))),
            first.atZone(e.zone()).toInstant(),
            first.plusWeeks(2).atZone(e.zone()).toInstant(),
            5);
    String ics = Calendars.occurrences("Mine", "example.org", mine, o -> "https://x/" + o.key());
    ICalendar cal = Biweekly.parse(ics).first();
    assertEquals(2, cal.getEvents().size());
    assertEquals(
        Instant.parse("2026-12-09T00:30:00Z"),
        cal.getEvents().get(1).getDateStart().getValue().toInstant());
    assertEquals("CANCELLED", cal.getEvents().get(1).getStatus().getValue());
    ZonedDateTime london =
        cal.getEvents()
            .get(0)
            .getDateStart()
            .getValue()
            .toInstant()
            .atZone(ZoneId.of("Europe/London"));
    assertEquals(0, london.getHour(), "half past midnight in London on 2 December");
  }

  @Test
  void anEventThatHappensOnceIsMarkedCancelledOrCarriesItsNewTimes() {
    LocalDateTime at = LocalDateTime.of(2026, 12, 4, 19, 0);
    Event e = event("Europe/London", at, at.plusHours(4), null);
    String cancelled =
        Calendars.feed(
            "x",
            "example.org",
            List.of(e),
            x -> List.of(cancelled(at)),
            x -> "https://example.org/e");
    VEvent one = Biweekly.parse(cancelled).first().getEvents().get(0);
    assertEquals("CANCELLED", one.getStatus().getValue());
    assertTrue(one.getRecurrenceRule() == null && one.getExceptionDates().isEmpty());
    String moved =
        Calendars.feed(
            "x",
            "example.org",
            List.of(e),
            x -> List.of(moved(at, at.plusDays(1), at.plusDays(1).plusHours(4))),
            x -> "https://example.org/e");
    ICalendar cal = Biweekly.parse(moved).first();
    assertEquals(1, cal.getEvents().size(), "no override of a series that is not one");
    assertEquals(
        Instant.parse("2026-12-05T19:00:00Z"),
        cal.getEvents().get(0).getDateStart().getValue().toInstant());
    assertNull(cal.getEvents().get(0).getRecurrenceId());
  }
}
