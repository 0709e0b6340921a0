package org.plenum.events.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.SiteConfig;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.events.Attendance;
import org.plenum.events.Event;
import org.plenum.events.EventTranslation;
import org.plenum.events.EventTranslations;
import org.plenum.events.Occurrences;
import org.plenum.events.Rsvp;
import org.plenum.events.Schedule;
import org.plenum.events.Schedule.Occurrence;

/**
 * Events as the API shows them: an event with its address, times, place and links; read in full
 * with its next occurrences, its changed ones and its translations; an occurrence with its local
 * and UTC times; and the answers for an occurrence.
 */
@ApplicationScoped
public class EventJson {

  /** The next occurrences an event is read with. */
  static final int NEXT = 10;

  @Inject Occurrences occurrences;

  @Inject EventTranslations translations;

  @Inject Chapters chapters;

  @Inject Members accounts;

  @Inject SiteConfig config;

  /**
   * An event in full: as in lists, with its next occurrences, its cancelled and moved ones, the
   * languages it is translated into, and its title and description in a language asked for where
   * translated ({@code shownIn}).
   *
   * @param e the event
   * @param lang a language to read it in, or {@code null}
   * @return the event
   */
  public JsonObject full(Event e, String lang) {
    EventTranslation tr = translations.translation(e, lang).orElse(null);
    JsonArrayBuilder languages = JsonBuilders.array();
    translations.translations(e).forEach(languages::add);
    JsonArrayBuilder next = JsonBuilders.array();
    occurrences.next(e, Instant.now(), NEXT).forEach(o -> next.add(occurrence(o)));
    JsonArrayBuilder changed = JsonBuilders.array();
    occurrences
        .exceptions(e.getId())
        .forEach(
            x -> {
              JsonObjectBuilder b =
                  JsonBuilders.object()
                      .add("original", Schedule.key(x.getOriginalLocal()))
                      .add("cancelled", x.isCancelled());
              if (x.getStartsLocal() != null) {
                b.add("start", Schedule.key(x.getStartsLocal()))
                    .add("end", Schedule.key(x.getEndsLocal()));
              }
              addIf(b, "note", x.getNote());
              changed.add(b);
            });
    JsonObjectBuilder o =
        event(e).add("next", next).add("exceptions", changed).add("translations", languages);
    if (tr != null) {
      o.add("title", tr.getTitle()).add("shownIn", tr.getLanguage());
      if (tr.getDescriptionSource() != null) {
        o.add("description", tr.getDescriptionSource())
            .add("descriptionHtml", tr.getDescriptionHtml());
      } else {
        o.remove("description");
        o.remove("descriptionHtml");
      }
    }
    return o.build();
  }

  /**
   * An event as lists show it. An all-day event's end is its last day.
   *
   * @param e the event
   * @return the event, to add to
   */
  public JsonObjectBuilder event(Event e) {
    JsonObjectBuilder o =
        JsonBuilders.object()
            .add("slug", e.getSlug())
            .add("title", e.getTitle())
            .add("chapter", chapters.byId(e.getChapterId()).map(Chapter::getSlug).orElse(""))
            .add("language", e.getLanguage())
            .add("timeZone", e.getTimeZone())
            .add("allDay", e.isAllDay())
            .add("start", Schedule.key(e.getStartsLocal()))
            .add(
                "end",
                Schedule.key(e.isAllDay() ? e.getEndsLocal().minusDays(1) : e.getEndsLocal()))
            .add("version", e.getVersion())
            .add("url", config.baseUrl() + "/" + e.getLanguage() + "/events/" + e.getSlug())
            .add("ics", config.baseUrl() + "/feeds/events/event/" + e.getSlug() + ".ics");
    addIf(o, "rrule", e.getRrule());
    if (e.getDescriptionSource() != null) {
      o.add("description", e.getDescriptionSource()).add("descriptionHtml", e.getDescriptionHtml());
    }
    if (e.isInPerson()) {
      JsonObjectBuilder v = JsonBuilders.object();
      addIf(v, "name", e.getVenueName());
      addIf(v, "street", e.getVenueStreet());
      addIf(v, "city", e.getVenueCity());
      addIf(v, "country", e.getVenueCountry());
      o.add("venue", v);
    }
    addIf(o, "onlineUrl", e.getOnlineUrl());
    if (e.getCapacity() != null) {
      o.add("capacity", e.getCapacity());
    }
    return o;
  }

  /**
   * An occurrence: its event, original start ({@code on}), times with their offset and in UTC, and
   * whether it is cancelled or moved.
   *
   * @param o the occurrence
   * @return the occurrence
   */
  public JsonObject occurrence(Occurrence o) {
    JsonObjectBuilder b =
        JsonBuilders.object()
            .add("event", o.event().getSlug())
            .add("title", o.event().getTitle())
            .add("on", o.key())
            .add("start", o.start().toOffsetDateTime().toString())
            .add("end", o.end().toOffsetDateTime().toString())
            .add("startUtc", o.startInstant().toString())
            .add("endUtc", o.endInstant().toString())
            .add("timeZone", o.event().getTimeZone())
            .add("allDay", o.event().isAllDay())
            .add("cancelled", o.cancelled())
            .add("moved", o.moved());
    addIf(b, "note", o.note());
    return b.build();
  }

  /**
   * The answers for an occurrence, counted and listed with their members' user names.
   *
   * @param answers the answers, in their order
   * @param c the counts
   * @return {@code {going, waiting, maybe, answers: [{member, answer, waiting, answeredAt}]}}
   */
  public JsonObject answers(List<Rsvp> answers, Attendance.Counts c) {
    JsonArrayBuilder list = JsonBuilders.array();
    for (Rsvp r : answers) {
      list.add(
          JsonBuilders.object()
              .add("member", accounts.byId(r.getAccountId()).map(Member::username).orElse(""))
              .add("answer", r.getAnswer().name().toLowerCase(Locale.ROOT))
              .add("waiting", r.isWaiting())
              .add("answeredAt", r.getAnsweredAt().toInstant(ZoneOffset.UTC).toString()));
    }
    return JsonBuilders.object()
        .add("going", c.going())
        .add("waiting", c.waiting())
        .add("maybe", c.maybe())
        .add("answers", list)
        .build();
  }

  /**
   * What a member's answer came to.
   *
   * @param a the answer
   * @return {@code {answer, waiting, position}}
   */
  public static JsonObject answered(Attendance.Answered a) {
    return JsonBuilders.object()
        .add("answer", a.answer().name().toLowerCase(Locale.ROOT))
        .add("waiting", a.waiting())
        .add("position", a.position())
        .build();
  }

  private static void addIf(JsonObjectBuilder b, String name, String value) {
    if (value != null) {
      b.add(name, value);
    }
  }
}
