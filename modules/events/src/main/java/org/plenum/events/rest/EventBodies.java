package org.plenum.events.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.plenum.api.Chapter;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.ProblemException;
import org.plenum.events.EventDraft;
import org.plenum.events.LocalTimes;
import org.plenum.events.Rsvp;

/**
 * What clients send about events, read: an event's fields as a draft, local times, instants and
 * answers. A malformed value is a 400 naming its field.
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
    try {
      return Rsvp.Answer.valueOf(Bodies.requiredText(o, "answer").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException ex) {
      throw new ProblemException(400, "events.error.answer");
    }
  }
}
