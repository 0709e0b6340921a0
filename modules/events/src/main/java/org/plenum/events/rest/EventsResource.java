package org.plenum.events.rest;

import static org.plenum.events.rest.EventBodies.draft;
import static org.plenum.events.rest.EventBodies.instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.Permissions;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.api.rest.Responses;
import org.plenum.events.Event;
import org.plenum.events.EventQueries;
import org.plenum.events.EventWriter;
import org.plenum.events.EventsModule;
import org.plenum.events.Occurrences;
import org.plenum.events.Schedule;

/**
 * Events over HTTP: list, read, create, change and delete them (coordinators within their chapters,
 * editors anywhere); their occurrences in a range, expanded (at most a year at once). One
 * occurrence, its changes and its answers, is {@link OccurrenceResource}'s; its translations are
 * {@link EventTranslationsResource}'s. Local times are written without offset ({@code
 * 2026-12-02T11:30}) and read in the event's {@code timeZone}; occurrences also carry their instant
 * in UTC. The JSON is {@link EventJson}'s; bodies are read by {@link EventBodies}.
 */
@Path("v1/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events")
public class EventsResource {

  @Inject EventQueries events;

  @Inject EventWriter writer;

  @Inject Occurrences occurrences;

  @Inject EventJson eventJson;

  @Inject Chapters chapters;

  @Inject Permissions authorizer;

  @Inject CurrentReader caller;

  @Context UriInfo uri;

  /**
   * Events, newest first.
   *
   * @param chapter a chapter's slug: its events and those of the chapters below it
   * @return {@code {events: [...]}}
   */
  @GET
  @Operation(operationId = "listEvents", summary = "List events")
  @APIResponse(
      responseCode = "200",
      description = "The events, newest first",
      content = @Content(schema = @Schema(ref = "EventList")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject list(@QueryParam("chapter") String chapter) {
    JsonArrayBuilder list = JsonBuilders.array();
    events.list(within(chapter), 500).forEach(e -> list.add(eventJson.event(e)));
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
  @Operation(
      operationId = "listEventOccurrences",
      summary = "Occurrences in a range (at most 366 days)")
  @APIResponse(
      responseCode = "200",
      description = "The occurrences, by start",
      content = @Content(schema = @Schema(ref = "EventOccurrenceList")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject occurrences(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("chapter") String chapter) {
    Instant f = instant(from, "from");
    Instant t = instant(to, "to");
    JsonArrayBuilder list = JsonBuilders.array();
    occurrences
        .occurrences(f, t, within(chapter), Schedule.MAX_OCCURRENCES)
        .forEach(o -> list.add(eventJson.occurrence(o)));
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
  @Operation(
      operationId = "getEvent",
      summary = "Read an event, in a language it is translated into with lang")
  @APIResponse(
      responseCode = "200",
      description = "The event",
      content = @Content(schema = @Schema(ref = "Event")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject get(@PathParam("event") String slug, @QueryParam("lang") String lang) {
    return eventJson.full(events.require(slug), lang);
  }

  /**
   * Creates an event.
   *
   * @param json {@code {chapter, title, slug?, description?, language, timeZone, allDay?, start,
   *     end, rrule?, venue?: {name?, street?, city?, country?}, onlineUrl?, capacity?}}
   * @return 201 with the event
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "createEvent",
      summary = "Create an event (coordinators within their chapters, editors)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "EventNew")))
  @APIResponse(
      responseCode = "201",
      description = "The event made; Location names it",
      content = @Content(schema = @Schema(ref = "Event")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response create(JsonValue json) {
    JsonObject o = Bodies.object(json);
    Chapter chapter = chapter(o);
    authorizer.require(caller.getCaller(), EventsModule.MANAGE, chapter.getId());
    Event e = writer.create(draft(o, chapter), caller.getCaller().username());
    return Responses.created(uri, get(e.getSlug(), null), "v1/events/{s}", e.getSlug());
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
  @Operation(operationId = "updateEvent", summary = "Change an event")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "EventChange")))
  @APIResponse(
      responseCode = "200",
      description = "The event changed",
      content = @Content(schema = @Schema(ref = "Event")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject update(@PathParam("event") String slug, JsonValue json) {
    JsonObject o = Bodies.object(json);
    Event e = events.require(slug);
    authorizer.require(caller.getCaller(), EventsModule.MANAGE, e.getChapterId());
    Chapter chapter = chapter(o);
    authorizer.require(caller.getCaller(), EventsModule.MANAGE, chapter.getId());
    long version = Bodies.version(o);
    Event saved = writer.update(e.getId(), version, draft(o, chapter));
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
  @Operation(operationId = "deleteEvent", summary = "Delete an event")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response delete(@PathParam("event") String slug) {
    Event e = events.require(slug);
    authorizer.require(caller.getCaller(), EventsModule.MANAGE, e.getChapterId());
    writer.delete(e.getId());
    return Response.noContent().build();
  }

  private Chapter chapter(JsonObject o) {
    return chapters
        .bySlug(Bodies.requiredText(o, "chapter"))
        .orElseThrow(() -> new ProblemException(400, "events.error.chapter"));
  }

  private List<Long> within(String chapter) {
    if (chapter == null) {
      return null;
    }
    return events.within(
        chapters
            .bySlug(chapter)
            .orElseThrow(() -> new ProblemException(404, "core.chapter.error.notFound")));
  }
}
