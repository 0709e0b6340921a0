package org.plenum.events.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.Audit;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.SiteConfig;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.Permissions;
import org.plenum.api.rest.Bodies;
import org.plenum.api.CurrentReader;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.events.Event;
import org.plenum.events.EventDraft;
import org.plenum.events.EventService;
import org.plenum.events.EventsModule;
import org.plenum.events.Rsvp;
import org.plenum.events.Schedule.Occurrence;
import org.plenum.events.Schedule;

/**
 * Events over HTTP: list, read, create, change and delete them (coordinators within their
 * chapters, editors anywhere); their occurrences in a range, expanded (at most a year at once);
 * cancel, move or restore one occurrence; members answer for an occurrence, and organisers
 * read the answers. Local times are written without offset ({@code 2026-12-02T11:30}) and
 * read in the event's {@code timeZone}; occurrences also carry their instant in UTC.
 */
@Path("v1/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events")
public class EventsResource {

  @Inject
  EventService events;

  @Inject
  Chapters chapters;

  @Inject
  Members accounts;

  @Inject
  Permissions authorizer;

  @Inject
  CurrentReader caller;

  @Inject
  Audit audit;

  @Inject
  SiteConfig config;

  @Context
  UriInfo uri;

  /**
   * Events, newest first.
   *
   * @param chapter a chapter's slug: its events and those of the chapters below it
   * @return {@code {events: [...]}}
   */
  @GET
  @Operation(summary = "List events")
  public JsonObject list(@QueryParam("chapter") String chapter) {
    JsonArrayBuilder list = JsonBuilders.array();
    events.list(within(chapter), 500).forEach(e -> list.add(json(e)));
    return JsonBuilders.object().add("events", list).build();
  }

  /**
   * The occurrences in a range, expanded from the events' rules, by start.
   *
   * @param from the range's start: an instant ({@code 2026-12-01T00:00:00Z}) or a day (UTC)
   * @param to its end, at most 366 days later
   * @param chapter a chapter's slug, or none
   * @return {@code {occurrences: [...]}}
   */
  @GET
  @Path("occurrences")
  @Operation(summary = "Occurrences in a range (at most 366 days)")
  public JsonObject occurrences(@QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("chapter") String chapter) {
    Instant f = instant(from, "from");
    Instant t = instant(to, "to");
    JsonArrayBuilder list = JsonBuilders.array();
    events.occurrences(f, t, within(chapter), Schedule.MAX_OCCURRENCES)
        .forEach(o -> list.add(json(o)));
    return JsonBuilders.object().add("occurrences", list).build();
  }

  /**
   * One event, with its next occurrences and its changed ones.
   *
   * @param slug the event
   * @param lang a language it is translated into, to read it in
   * @return the event
   */
  @GET
  @Path("{event}")
  @Operation(summary = "Read an event, in a language it is translated into with lang")
  public JsonObject get(@PathParam("event") String slug, @QueryParam("lang") String lang) {
    Event e = event(slug);
    org.plenum.events.EventTranslation tr = events.translation(e, lang).orElse(null);
    JsonArrayBuilder languages = JsonBuilders.array();
    events.translations(e).forEach(languages::add);
    JsonArrayBuilder next = JsonBuilders.array();
    events.next(e, Instant.now(), 10).forEach(o -> next.add(json(o)));
    JsonArrayBuilder changed = JsonBuilders.array();
    events.exceptions(e.getId()).forEach(x -> {
      JsonObjectBuilder b = JsonBuilders.object()
          .add("original", Schedule.key(x.getOriginalLocal()))
          .add("cancelled", x.isCancelled());
      if (x.getStartsLocal() != null) {
        b.add("start", Schedule.key(x.getStartsLocal())).add("end",
            Schedule.key(x.getEndsLocal()));
      }
      if (x.getNote() != null) {
        b.add("note", x.getNote());
      }
      changed.add(b);
    });
    JsonObjectBuilder o = json(e).add("next", next).add("exceptions", changed)
        .add("translations", languages);
    if (tr != null) {
      o.add("title", tr.getTitle()).add("shownIn", tr.getLanguage());
      if (tr.getDescriptionSource() != null) {
        o.add("description", tr.getDescriptionSource()).add("descriptionHtml",
            tr.getDescriptionHtml());
      } else {
        o.remove("description");
        o.remove("descriptionHtml");
      }
    }
    return o.build();
  }

  /**
   * Creates an event.
   *
   * @param json {@code {chapter, title, slug?, description?, language, timeZone, allDay?,
   *     start, end, rrule?, venue?: {name?, street?, city?, country?}, onlineUrl?, capacity?}}
   * @return 201 with the event
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Create an event (coordinators within their chapters, editors)")
  public Response create(JsonValue json) {
    JsonObject o = Bodies.object(json);
    Chapter chapter = chapter(o);
    authorizer.require(caller.getCaller(), EventsModule.MANAGE, chapter.getId());
    Event e = events.create(draft(o, chapter), caller.getCaller().username());
    audit.record(caller.getCaller().username(), "event.create", e.getSlug(), chapter.getSlug(),
        caller.getAddress());
    return Response.created(uri.getBaseUriBuilder().path("v1/events/{s}").build(e.getSlug()))
        .entity(get(e.getSlug(), null)).build();
  }

  /**
   * Changes an event: the whole event as for creating it, with the {@code version} read.
   *
   * @param slug the event
   * @param json as for creating, plus {@code version}
   * @return the event
   */
  @PUT
  @Path("{event}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Change an event")
  public JsonObject update(@PathParam("event") String slug, JsonValue json) {
    JsonObject o = Bodies.object(json);
    Event e = event(slug);
    authorizer.require(caller.getCaller(), EventsModule.MANAGE, e.getChapterId());
    Chapter chapter = chapter(o);
    authorizer.require(caller.getCaller(), EventsModule.MANAGE, chapter.getId());
    if (!(o.get("version") instanceof JsonNumber version)) {
      throw new ProblemException(400, "core.problem.notNumber", "version");
    }
    Event saved = events.update(e.getId(), version.longValue(), draft(o, chapter));
    audit.record(caller.getCaller().username(), "event.update", saved.getSlug(), "api",
        caller.getAddress());
    return get(saved.getSlug(), null);
  }

  /**
   * Deletes an event with its answers.
   *
   * @param slug the event
   * @return 204
   */
  @DELETE
  @Path("{event}")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Delete an event")
  public Response delete(@PathParam("event") String slug) {
    Event e = event(slug);
    authorizer.require(caller.getCaller(), EventsModule.MANAGE, e.getChapterId());
    events.delete(e.getId());
    audit.record(caller.getCaller().username(), "event.delete", slug, "api", caller.getAddress());
    return Response.noContent().build();
  }

  /**
   * Cancels or moves one occurrence.
   *
   * @param slug the event
   * @param on the occurrence's original local start
   * @param json {@code {cancelled: true, note?}} or {@code {start, end, note?}} (local)
   * @return the event
   */
  @PUT
  @Path("{event}/occurrences/{on}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Cancel or move one occurrence")
  public JsonObject change(@PathParam("event") String slug, @PathParam("on") String on,
      JsonValue json) {
    JsonObject o = Bodies.object(json);
    Event e = event(slug);
    authorizer.require(caller.getCaller(), EventsModule.MANAGE, e.getChapterId());
    LocalDateTime original = local(on, "on");
    String note = Bodies.text(o, "note");
    if (Bodies.bool(o, "cancelled", false)) {
      events.cancel(e.getId(), original, note);
      audit.record(caller.getCaller().username(), "event.cancel", slug, on, caller.getAddress());
    } else {
      events.move(e.getId(), original, local(Bodies.text(o, "start"), "start"),
          local(Bodies.text(o, "end"), "end"), note);
      audit.record(caller.getCaller().username(), "event.move", slug, on, caller.getAddress());
    }
    return get(slug, null);
  }

  /**
   * Takes back a cancellation or a move.
   *
   * @param slug the event
   * @param on the occurrence's original local start
   * @return the event
   */
  @DELETE
  @Path("{event}/occurrences/{on}")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Restore one occurrence as its rule has it")
  public JsonObject restore(@PathParam("event") String slug, @PathParam("on") String on) {
    Event e = event(slug);
    authorizer.require(caller.getCaller(), EventsModule.MANAGE, e.getChapterId());
    events.restore(e.getId(), local(on, "on"));
    audit.record(caller.getCaller().username(), "event.restore", slug, on, caller.getAddress());
    return get(slug, null);
  }

  /**
   * Writes an event's title and description in another of the site's languages.
   *
   * @param slug the event
   * @param lang the language
   * @param json {@code {title, description?}}
   * @return the event, read in that language
   */
  @PUT
  @Path("{event}/translations/{lang}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Translate an event (its organisers)")
  public JsonObject translate(@PathParam("event") String slug, @PathParam("lang") String lang,
      JsonValue json) {
    JsonObject o = Bodies.object(json);
    Event e = event(slug);
    authorizer.require(caller.getCaller(), EventsModule.MANAGE, e.getChapterId());
    events.translate(e.getId(), lang, Bodies.text(o, "title"), Bodies.text(o, "description"),
        caller.getCaller().username());
    audit.record(caller.getCaller().username(), "event.translate", slug, lang, caller.getAddress());
    return get(slug, lang);
  }

  /**
   * Removes an event's translation.
   *
   * @param slug the event
   * @param lang the language
   * @return 204, or 404 when there was none
   */
  @DELETE
  @Path("{event}/translations/{lang}")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Remove an event's translation")
  public Response untranslate(@PathParam("event") String slug, @PathParam("lang") String lang) {
    Event e = event(slug);
    authorizer.require(caller.getCaller(), EventsModule.MANAGE, e.getChapterId());
    if (!events.removeTranslation(e.getId(), lang)) {
      throw new ProblemException(404, "events.error.noTranslation");
    }
    audit.record(caller.getCaller().username(), "event.translate.remove", slug, lang,
        caller.getAddress());
    return Response.noContent().build();
  }

  /**
   * The answers for an occurrence (its organisers).
   *
   * @param slug the event
   * @param on the occurrence
   * @return {@code {going, waiting, maybe, answers: [{member, answer, waiting, answeredAt}]}}
   */
  @GET
  @Path("{event}/occurrences/{on}/rsvps")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "The answers for an occurrence (its organisers)")
  public JsonObject answers(@PathParam("event") String slug, @PathParam("on") String on) {
    Event e = event(slug);
    authorizer.require(caller.getCaller(), EventsModule.MANAGE, e.getChapterId());
    LocalDateTime original = local(on, "on");
    JsonArrayBuilder list = JsonBuilders.array();
    for (Rsvp r : events.answers(e.getId(), original)) {
      list.add(JsonBuilders.object()
          .add("member", accounts.byId(r.getAccountId()).map(Member::username).orElse(""))
          .add("answer", r.getAnswer().name().toLowerCase(Locale.ROOT))
          .add("waiting", r.isWaiting()).add("answeredAt", r.getAnsweredAt()
              .toInstant(ZoneOffset.UTC).toString()));
    }
    EventService.Counts c = events.counts(e.getId(), original);
    return JsonBuilders.object().add("going", c.going()).add("waiting", c.waiting())
        .add("maybe", c.maybe()).add("answers", list).build();
  }

  /**
   * The caller's answer for an occurrence.
   *
   * @param slug the event
   * @param on the occurrence
   * @return {@code {answer, waiting, position}}, 404 when none
   */
  @GET
  @Path("{event}/occurrences/{on}/rsvp")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "My answer for an occurrence")
  public JsonObject mine(@PathParam("event") String slug, @PathParam("on") String on) {
    Event e = event(slug);
    Member me = me();
    Rsvp r = events.rsvp(e.getId(), local(on, "on"), me.id())
        .orElseThrow(() -> new ProblemException(404, "events.error.noAnswer"));
    return answered(new EventService.Answered(r.getAnswer(), r.isWaiting(),
        events.waitingPosition(r)));
  }

  /**
   * Answers for an occurrence: going (on the waiting list beyond the capacity), maybe or not
   * going.
   *
   * @param slug the event
   * @param on the occurrence
   * @param json {@code {answer: "going" | "maybe" | "not_going"}}
   * @return {@code {answer, waiting, position}}
   */
  @PUT
  @Path("{event}/occurrences/{on}/rsvp")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Answer for an occurrence")
  public JsonObject answer(@PathParam("event") String slug, @PathParam("on") String on,
      JsonValue json) {
    JsonObject o = Bodies.object(json);
    Event e = event(slug);
    Member me = me();
    Rsvp.Answer answer;
    try {
      answer = Rsvp.Answer.valueOf(Bodies.requiredText(o, "answer").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException ex) {
      throw new ProblemException(400, "events.error.answer");
    }
    return answered(events.answer(e.getId(), local(on, "on"), me.id(), answer));
  }

  /**
   * Takes the caller's answer back; a place they held goes to the first waiting member.
   *
   * @param slug the event
   * @param on the occurrence
   * @return 204, or 404 when there was none
   */
  @DELETE
  @Path("{event}/occurrences/{on}/rsvp")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Take my answer back")
  public Response withdraw(@PathParam("event") String slug, @PathParam("on") String on) {
    Event e = event(slug);
    Member me = me();
    if (!events.withdraw(e.getId(), local(on, "on"), me.id())) {
      throw new ProblemException(404, "events.error.noAnswer");
    }
    return Response.noContent().build();
  }

  private static JsonObject answered(EventService.Answered a) {
    return JsonBuilders.object().add("answer", a.answer().name().toLowerCase(Locale.ROOT))
        .add("waiting", a.waiting()).add("position", a.position()).build();
  }

  private Member me() {
    Member a = caller.getCaller() == null ? null
        : accounts.byUsername(caller.getCaller().username()).orElse(null);
    if (a == null) {
      throw new org.plenum.api.Denied(true, "events.rsvp");
    }
    return a;
  }

  private Event event(String slug) {
    return events.bySlug(slug)
        .orElseThrow(() -> new ProblemException(404, "events.error.notFound"));
  }

  private Chapter chapter(JsonObject o) {
    return chapters.bySlug(Bodies.requiredText(o, "chapter"))
        .orElseThrow(() -> new ProblemException(400, "events.error.chapter"));
  }

  private List<Long> within(String chapter) {
    if (chapter == null) {
      return null;
    }
    return events.within(chapters.bySlug(chapter)
        .orElseThrow(() -> new ProblemException(404, "core.chapter.error.notFound")));
  }

  private static EventDraft draft(JsonObject o, Chapter chapter) {
    boolean allDay = Bodies.bool(o, "allDay", false);
    JsonObject venue = o.get("venue") instanceof JsonObject v ? v : JsonValue.EMPTY_JSON_OBJECT;
    if (o.containsKey("venue") && !o.isNull("venue") && !(o.get("venue") instanceof JsonObject)) {
      throw new ProblemException(400, "core.problem.malformed");
    }
    return new EventDraft(chapter.getId(), Bodies.text(o, "title"), Bodies.text(o, "slug"),
        Bodies.text(o, "description"), Bodies.text(o, "language"), Bodies.text(o, "timeZone"),
        allDay, local(Bodies.text(o, "start"), "start"), local(Bodies.text(o, "end"), "end"),
        Bodies.text(o, "rrule"), Bodies.text(venue, "name"), Bodies.text(venue, "street"),
        Bodies.text(venue, "city"), Bodies.text(venue, "country"), Bodies.text(o, "onlineUrl"),
        Bodies.integer(o, "capacity"));
  }

  /** A local time ({@code 2026-12-02T11:30}) or a day ({@code 2026-12-02}). */
  private static LocalDateTime local(String text, String field) {
    if (text == null) {
      return null;
    }
    try {
      String v = text.strip();
      return v.length() == 10 ? LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v);
    } catch (DateTimeParseException e) {
      throw new ProblemException(400, "events.error.localTime", field);
    }
  }

  private static Instant instant(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new ProblemException(400, "events.error.rangeMissing", field);
    }
    try {
      String v = text.strip();
      return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw new ProblemException(400, "events.error.instant", field);
    }
  }

  private JsonObjectBuilder json(Event e) {
    JsonObjectBuilder o = JsonBuilders.object().add("slug", e.getSlug())
        .add("title", e.getTitle())
        .add("chapter", chapters.byId(e.getChapterId()).map(Chapter::getSlug).orElse(""))
        .add("language", e.getLanguage()).add("timeZone", e.getTimeZone())
        .add("allDay", e.isAllDay()).add("start", Schedule.key(e.getStartsLocal()))
        .add("end", Schedule.key(e.isAllDay() ? e.getEndsLocal().minusDays(1)
            : e.getEndsLocal()))
        .add("version", e.getVersion())
        .add("url", config.baseUrl() + "/" + e.getLanguage() + "/events/" + e.getSlug())
        .add("ics", config.baseUrl() + "/feeds/events/event/" + e.getSlug() + ".ics");
    if (e.getRrule() != null) {
      o.add("rrule", e.getRrule());
    }
    if (e.getDescriptionSource() != null) {
      o.add("description", e.getDescriptionSource()).add("descriptionHtml",
          e.getDescriptionHtml());
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

  private JsonObject json(Occurrence o) {
    JsonObjectBuilder b = JsonBuilders.object().add("event", o.event().getSlug())
        .add("title", o.event().getTitle()).add("on", o.key())
        .add("start", o.start().toOffsetDateTime().toString())
        .add("end", o.end().toOffsetDateTime().toString())
        .add("startUtc", o.startInstant().toString()).add("endUtc", o.endInstant().toString())
        .add("timeZone", o.event().getTimeZone()).add("allDay", o.event().isAllDay())
        .add("cancelled", o.cancelled()).add("moved", o.moved());
    addIf(b, "note", o.note());
    return b.build();
  }

  private static void addIf(JsonObjectBuilder b, String name, String value) {
    if (value != null) {
      b.add(name, value);
    }
  }
}
