package org.plenum.events.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenum.api.Chapter;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.ProblemException;
import org.plenum.events.EventDraft;
import org.plenum.events.LocalTimes;
import org.plenum.events.Rsvp;

/**
 * The JSON bodies of the events API, as the OpenAPI document describes them; and what clients send
 * about events, read: an event's fields as a draft, local times, instants and answers. A malformed
 * value is a 400 naming its field.
 */
final class EventBodies {

  private EventBodies() {}

  /**
   * An event as a client wrote it.
   *
   * @param o {@code {title, slug?, description?, language, timeZone, allDay?, start, end, rrule?,
   *     venue?: {name?, street?, city?, country?}, onlineUrl?, capacity?}}
   * @param chapter its chapter, read already
   * @return the draft, to check
   */
  static EventDraft draft(JsonObject o, Chapter chapter) {
    boolean allDay = Bodies.bool(o, "allDay", false);
    JsonObject venue = o.get("venue") instanceof JsonObject v ? v : JsonValue.EMPTY_JSON_OBJECT;
    if (o.containsKey("venue") && !o.isNull("venue") && !(o.get("venue") instanceof JsonObject)) {
      throw new ProblemException(400, "core.problem.malformed");
    }
    return new EventDraft(
        chapter.getId(),
        Bodies.text(o, "title"),
        Bodies.text(o, "slug"),
        Bodies.text(o, "description"),
        Bodies.text(o, "language"),
        Bodies.text(o, "timeZone"),
        allDay,
        local(Bodies.text(o, "start"), "start"),
        local(Bodies.text(o, "end"), "end"),
        Bodies.text(o, "rrule"),
        Bodies.text(venue, "name"),
        Bodies.text(venue, "street"),
        Bodies.text(venue, "city"),
        Bodies.text(venue, "country"),
        Bodies.text(o, "onlineUrl"),
        Bodies.integer(o, "capacity"));
  }

  /**
   * A local time ({@code 2026-12-02T11:30}) or a day ({@code 2026-12-02}).
   *
   * @param text as sent, or {@code null}
   * @param field the field, named in a refusal
   * @return the time, or {@code null}
   */
  static LocalDateTime local(String text, String field) {
    if (text == null) {
      return null;
    }
    try {
      if (text.isBlank()) {
        throw new DateTimeParseException("blank", text, 0);
      }
      return LocalTimes.parse(text);
    } catch (DateTimeParseException e) {
      throw new ProblemException(400, "events.error.localTime", field);
    }
  }

  /**
   * An instant ({@code 2026-12-01T00:00:00Z}) or a day, from its start in UTC.
   *
   * @param text as sent
   * @param field the field, named in a refusal
   * @return the instant
   */
  static Instant instant(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new ProblemException(400, "events.error.rangeMissing", field);
    }
    try {
      String v = text.strip();
      return v.length() == 10
          ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw new ProblemException(400, "events.error.instant", field);
    }
  }

  /**
   * A member's answer.
   *
   * @param o {@code {answer: "going" | "maybe" | "not_going"}}
   * @return the answer
   */
  static Rsvp.Answer answer(JsonObject o) {
    Bodies.requiredText(o, "answer");
    return Bodies.choice(o, "answer", Rsvp.Answer.class, null);
  }

  @Schema(name = "EventNew", description = "A new event")
  record EventNew(
      @Schema(required = true, description = "Its chapter's slug", example = "berlin")
          String chapter,
      @Schema(required = true, maxLength = 200, example = "Monthly meeting") String title,
      @Schema(description = "Made from the title when left out", example = "monthly-meeting")
          String slug,
      @Schema(maxLength = 20000, description = "Markdown", example = "Bring **ideas**.")
          String description,
      @Schema(required = true, example = "en") String language,
      @Schema(required = true, description = "IANA time zone", example = "Europe/Berlin")
          String timeZone,
      @Schema(description = "False when left out", example = "false") Boolean allDay,
      @Schema(
              required = true,
              description = "Local, or a day for an all-day event",
              example = "2026-12-02T19:00")
          String start,
      @Schema(
              required = true,
              description = "Local; the last day for an all-day event",
              example = "2026-12-02T21:00")
          String end,
      @Schema(description = "iCalendar repeat rule", example = "FREQ=MONTHLY;BYDAY=1WE")
          String rrule,
      @Schema(description = "Where it takes place; a venue or an onlineUrl is needed") Venue venue,
      @Schema(maxLength = 500, example = "https://meet.example.org/monthly") String onlineUrl,
      @Schema(minimum = "1", maximum = "100000", example = "40") Integer capacity) {}

  @Schema(name = "EventChange", description = "An event's new fields, all of them")
  record EventChange(
      @Schema(required = true, description = "The version read", example = "3") long version,
      @Schema(required = true, description = "Its chapter's slug", example = "berlin")
          String chapter,
      @Schema(required = true, maxLength = 200, example = "Monthly meeting") String title,
      @Schema(description = "Made from the title when left out", example = "monthly-meeting")
          String slug,
      @Schema(maxLength = 20000, description = "Markdown", example = "Bring **ideas**.")
          String description,
      @Schema(required = true, example = "en") String language,
      @Schema(required = true, description = "IANA time zone", example = "Europe/Berlin")
          String timeZone,
      @Schema(description = "False when left out", example = "false") Boolean allDay,
      @Schema(
              required = true,
              description = "Local, or a day for an all-day event",
              example = "2026-12-02T19:00")
          String start,
      @Schema(
              required = true,
              description = "Local; the last day for an all-day event",
              example = "2026-12-02T21:00")
          String end,
      @Schema(description = "iCalendar repeat rule", example = "FREQ=MONTHLY;BYDAY=1WE")
          String rrule,
      @Schema(description = "Where it takes place; a venue or an onlineUrl is needed") Venue venue,
      @Schema(maxLength = 500, example = "https://meet.example.org/monthly") String onlineUrl,
      @Schema(minimum = "1", maximum = "100000", example = "40") Integer capacity) {}

  @Schema(name = "EventVenue", description = "Where an event takes place")
  record Venue(
      @Schema(maxLength = 200, example = "Town hall") String name,
      @Schema(maxLength = 200, example = "Marktplatz 1") String street,
      @Schema(maxLength = 200, example = "Berlin") String city,
      @Schema(maxLength = 200, example = "Germany") String country) {}

  @Schema(name = "EventTranslationNew", description = "An event's texts in another language")
  record TranslationNew(
      @Schema(required = true, maxLength = 200, example = "Réunion mensuelle") String title,
      @Schema(maxLength = 20000, description = "Markdown", example = "Apportez des **idées**.")
          String description) {}

  @Schema(name = "EventSummary", description = "An event as lists show it")
  record Summary(
      @Schema(required = true, example = "monthly-meeting") String slug,
      @Schema(required = true, example = "Monthly meeting") String title,
      @Schema(required = true, description = "Its chapter's slug", example = "berlin")
          String chapter,
      @Schema(required = true, example = "en") String language,
      @Schema(required = true, example = "Europe/Berlin") String timeZone,
      @Schema(required = true, example = "false") boolean allDay,
      @Schema(required = true, description = "Local", example = "2026-12-02T19:00") String start,
      @Schema(
              required = true,
              description = "Local; the last day at 00:00 for an all-day event",
              example = "2026-12-02T21:00")
          String end,
      @Schema(required = true, example = "3") long version,
      @Schema(required = true, example = "https://plenum.example.org/en/events/monthly-meeting")
          String url,
      @Schema(
              required = true,
              description = "The event as iCalendar",
              example = "https://plenum.example.org/feeds/events/event/monthly-meeting.ics")
          String ics,
      @Schema(example = "FREQ=MONTHLY;BYDAY=1WE") String rrule,
      @Schema(description = "Markdown", example = "Bring **ideas**.") String description,
      @Schema(
              description = "The description as sanitised HTML",
              example = "<p>Bring <strong>ideas</strong>.</p>")
          String descriptionHtml,
      @Schema(description = "Present when it takes place somewhere") Venue venue,
      @Schema(example = "https://meet.example.org/monthly") String onlineUrl,
      @Schema(example = "40") Integer capacity) {}

  @Schema(name = "EventList", description = "Events, newest first")
  record EventList(@Schema(required = true, implementation = Summary.class) List<Summary> events) {}

  @Schema(
      name = "Event",
      description =
          "An event with its next occurrences, its changed ones"
              + " and its translations; title and description in the language asked for where translated")
  record Full(
      @Schema(required = true, example = "monthly-meeting") String slug,
      @Schema(required = true, example = "Monthly meeting") String title,
      @Schema(required = true, description = "Its chapter's slug", example = "berlin")
          String chapter,
      @Schema(required = true, description = "The language it was written in", example = "en")
          String language,
      @Schema(required = true, example = "Europe/Berlin") String timeZone,
      @Schema(required = true, example = "false") boolean allDay,
      @Schema(required = true, description = "Local", example = "2026-12-02T19:00") String start,
      @Schema(
              required = true,
              description = "Local; the last day at 00:00 for an all-day event",
              example = "2026-12-02T21:00")
          String end,
      @Schema(required = true, example = "3") long version,
      @Schema(required = true, example = "https://plenum.example.org/en/events/monthly-meeting")
          String url,
      @Schema(
              required = true,
              description = "The event as iCalendar",
              example = "https://plenum.example.org/feeds/events/event/monthly-meeting.ics")
          String ics,
      @Schema(example = "FREQ=MONTHLY;BYDAY=1WE") String rrule,
      @Schema(description = "Markdown", example = "Bring **ideas**.") String description,
      @Schema(
              description = "The description as sanitised HTML",
              example = "<p>Bring <strong>ideas</strong>.</p>")
          String descriptionHtml,
      @Schema(description = "Present when it takes place somewhere") Venue venue,
      @Schema(example = "https://meet.example.org/monthly") String onlineUrl,
      @Schema(example = "40") Integer capacity,
      @Schema(
              required = true,
              description = "The next occurrences, at most 10",
              implementation = Occurrence.class)
          List<Occurrence> next,
      @Schema(
              required = true,
              description = "The occurrences cancelled or moved",
              implementation = Changed.class)
          List<Changed> exceptions,
      @Schema(
              required = true,
              description = "The languages it is translated into, such as fr",
              implementation = String.class)
          List<String> translations,
      @Schema(
              description = "The language title and description are shown in, when translated",
              example = "fr")
          String shownIn) {}

  @Schema(name = "EventChangedOccurrence", description = "An occurrence cancelled or moved")
  record Changed(
      @Schema(
              required = true,
              description = "Its original local start",
              example = "2026-12-02T19:00")
          String original,
      @Schema(required = true, example = "false") boolean cancelled,
      @Schema(description = "The new local start, when moved", example = "2026-12-03T19:00")
          String start,
      @Schema(description = "The new local end, when moved", example = "2026-12-03T21:00")
          String end,
      @Schema(example = "The hall is closed that day.") String note) {}

  @Schema(name = "EventOccurrence", description = "One occurrence of an event")
  record Occurrence(
      @Schema(required = true, description = "Its event's slug", example = "monthly-meeting")
          String event,
      @Schema(required = true, example = "Monthly meeting") String title,
      @Schema(
              required = true,
              description = "Its original local start, which names it",
              example = "2026-12-02T19:00")
          String on,
      @Schema(
              required = true,
              description = "With the zone's offset",
              example = "2026-12-02T19:00+01:00")
          String start,
      @Schema(
              required = true,
              description = "With the zone's offset",
              example = "2026-12-02T21:00+01:00")
          String end,
      @Schema(required = true, example = "2026-12-02T18:00:00Z") String startUtc,
      @Schema(required = true, example = "2026-12-02T20:00:00Z") String endUtc,
      @Schema(required = true, example = "Europe/Berlin") String timeZone,
      @Schema(required = true, example = "false") boolean allDay,
      @Schema(required = true, example = "false") boolean cancelled,
      @Schema(required = true, example = "false") boolean moved,
      @Schema(description = "The organisers' word on a change", example = "In room 2 this time.")
          String note) {}

  @Schema(name = "EventOccurrenceList", description = "Occurrences, by start")
  record OccurrenceList(
      @Schema(required = true, implementation = Occurrence.class) List<Occurrence> occurrences) {}

  @Schema(
      name = "EventOccurrenceChange",
      description = "Cancels an occurrence ({cancelled: true}) or moves it ({start, end})")
  record OccurrenceChange(
      @Schema(description = "True to cancel; otherwise it is moved", example = "true")
          Boolean cancelled,
      @Schema(description = "The new local start, to move it", example = "2026-12-03T19:00")
          String start,
      @Schema(description = "The new local end, to move it", example = "2026-12-03T21:00")
          String end,
      @Schema(
              description = "A word for the members, cut to 500 characters",
              example = "The hall is closed that day.")
          String note) {}

  @Schema(name = "EventAnswerNew", description = "A member's answer for an occurrence")
  record AnswerNew(
      @Schema(
              required = true,
              enumeration = {"going", "maybe", "not_going"},
              example = "going")
          String answer) {}

  @Schema(name = "EventAnswered", description = "What a member's answer came to")
  record Answered(
      @Schema(
              required = true,
              enumeration = {"going", "maybe", "not_going"},
              example = "going")
          String answer,
      @Schema(required = true, description = "Going, but on the waiting list", example = "false")
          boolean waiting,
      @Schema(
              required = true,
              description = "The place on the waiting list, from 1; 0 when not" + " waiting",
              example = "0")
          int position) {}

  @Schema(name = "EventAnswers", description = "The answers for an occurrence, counted")
  record Answers(
      @Schema(required = true, description = "With a place", example = "12") int going,
      @Schema(required = true, description = "On the waiting list", example = "2") int waiting,
      @Schema(required = true, example = "3") int maybe,
      @Schema(
              required = true,
              description = "Going, waiting, maybe, then not going",
              implementation = Answer.class)
          List<Answer> answers) {}

  @Schema(name = "EventAnswer", description = "One member's answer")
  record Answer(
      @Schema(required = true, description = "The member's user name", example = "ada")
          String member,
      @Schema(
              required = true,
              enumeration = {"going", "maybe", "not_going"},
              example = "going")
          String answer,
      @Schema(required = true, example = "false") boolean waiting,
      @Schema(required = true, example = "2026-11-20T08:15:30.125Z") String answeredAt) {}
}
