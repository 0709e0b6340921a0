package org.plenum.events.rest;

import static org.plenum.events.rest.EventBodies.local;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.CurrentReader;
import org.plenum.api.Denied;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.Permissions;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.ProblemException;
import org.plenum.events.Attendance;
import org.plenum.events.Event;
import org.plenum.events.EventQueries;
import org.plenum.events.EventsModule;
import org.plenum.events.OccurrenceChanges;
import org.plenum.events.Rsvp;

/**
 * One occurrence of an event over HTTP, by its original local start ({@code on}, such as {@code
 * 2026-12-02T11:30}): its organisers cancel, move or restore it and read the answers; members
 * answer for it, read their answer and take it back.
 */
@Path("v1/events/{event}/occurrences/{on}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events")
public class OccurrenceResource {

  @Inject EventQueries events;

  @Inject OccurrenceChanges changes;

  @Inject Attendance attendance;

  @Inject EventJson eventJson;

  @Inject Members accounts;

  @Inject Permissions authorizer;

  @Inject CurrentReader caller;

  /**
   * Cancels or moves one occurrence.
   *
   * @param slug the event
   * @param on the occurrence's original local start
   * @param json {@code {cancelled: true, note?}} or {@code {start, end, note?}} (local)
   * @return the event
   */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "changeEventOccurrence", summary = "Cancel or move one occurrence")
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "EventOccurrenceChange")))
  @APIResponse(
      responseCode = "200",
      description = "The event",
      content = @Content(schema = @Schema(ref = "Event")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject change(
      @PathParam("event") String slug, @PathParam("on") String on, JsonValue json) {
    JsonObject o = Bodies.object(json);
    Event e = events.require(slug);
    authorizer.require(caller.getCaller(), EventsModule.MANAGE, e.getChapterId());
    LocalDateTime original = local(on, "on");
    String note = Bodies.text(o, "note");
    if (Bodies.bool(o, "cancelled", false)) {
      changes.cancel(e.getId(), original, note);
    } else {
      changes.move(
          e.getId(),
          original,
          local(Bodies.text(o, "start"), "start"),
          local(Bodies.text(o, "end"), "end"),
          note);
    }
    // read again: the change gave the event a new version, which the client sends next
    return eventJson.full(events.require(slug), null);
  }

  /**
   * Takes back a cancellation or a move.
   *
   * @param slug the event
   * @param on the occurrence's original local start
   * @return the event
   */
  @DELETE
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "restoreEventOccurrence",
      summary = "Restore one occurrence as its rule has it")
  @APIResponse(
      responseCode = "200",
      description = "The event",
      content = @Content(schema = @Schema(ref = "Event")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject restore(@PathParam("event") String slug, @PathParam("on") String on) {
    Event e = events.require(slug);
    authorizer.require(caller.getCaller(), EventsModule.MANAGE, e.getChapterId());
    changes.restore(e.getId(), local(on, "on"));
    return eventJson.full(events.require(slug), null);
  }

  /**
   * The answers for an occurrence (its organisers).
   *
   * @param slug the event
   * @param on the occurrence
   * @return {@code {going, waiting, maybe, answers: [{member, answer, waiting, answeredAt}]}}
   */
  @GET
  @Path("rsvps")
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "listEventOccurrenceAnswers",
      summary = "The answers for an occurrence (its organisers)")
  @APIResponse(
      responseCode = "200",
      description = "The answers",
      content = @Content(schema = @Schema(ref = "EventAnswers")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject answers(@PathParam("event") String slug, @PathParam("on") String on) {
    Event e = events.require(slug);
    authorizer.require(caller.getCaller(), EventsModule.MANAGE, e.getChapterId());
    LocalDateTime original = local(on, "on");
    return eventJson.answers(
        attendance.answers(e.getId(), original), attendance.counts(e.getId(), original));
  }

  /**
   * The caller's answer for an occurrence.
   *
   * @param slug the event
   * @param on the occurrence
   * @return {@code {answer, waiting, position}}, 404 when none
   */
  @GET
  @Path("rsvp")
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "getMyEventAnswer", summary = "My answer for an occurrence")
  @APIResponse(
      responseCode = "200",
      description = "The caller's answer",
      content = @Content(schema = @Schema(ref = "EventAnswered")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject mine(@PathParam("event") String slug, @PathParam("on") String on) {
    Event e = events.require(slug);
    Member me = me();
    Rsvp r =
        attendance
            .rsvp(e.getId(), local(on, "on"), me.id())
            .orElseThrow(() -> new ProblemException(404, "events.error.noAnswer"));
    return EventJson.answered(
        new Attendance.Answered(r.getAnswer(), r.isWaiting(), attendance.waitingPosition(r)));
  }

  /**
   * Answers for an occurrence: going (on the waiting list beyond the capacity), maybe or not going.
   *
   * @param slug the event
   * @param on the occurrence
   * @param json {@code {answer: "going" | "maybe" | "not_going"}}
   * @return {@code {answer, waiting, position}}
   */
  @PUT
  @Path("rsvp")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "answerEventOccurrence", summary = "Answer for an occurrence")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "EventAnswerNew")))
  @APIResponse(
      responseCode = "200",
      description = "What the answer came to",
      content = @Content(schema = @Schema(ref = "EventAnswered")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject answer(
      @PathParam("event") String slug, @PathParam("on") String on, JsonValue json) {
    JsonObject o = Bodies.object(json);
    Event e = events.require(slug);
    Member me = me();
    return EventJson.answered(
        attendance.answer(e.getId(), local(on, "on"), me.id(), EventBodies.answer(o)));
  }

  /**
   * Takes the caller's answer back; a place they held goes to the first waiting member.
   *
   * @param slug the event
   * @param on the occurrence
   * @return 204, or 404 when there was none
   */
  @DELETE
  @Path("rsvp")
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "withdrawEventAnswer", summary = "Take my answer back")
  @APIResponse(responseCode = "204", description = "Taken back")
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response withdraw(@PathParam("event") String slug, @PathParam("on") String on) {
    Event e = events.require(slug);
    Member me = me();
    if (!attendance.withdraw(e.getId(), local(on, "on"), me.id())) {
      throw new ProblemException(404, "events.error.noAnswer");
    }
    return Response.noContent().build();
  }

  private Member me() {
    Member a = accounts.of(caller.getCaller()).orElse(null);
    if (a == null) {
      throw new Denied(true, "events.rsvp");
    }
    return a;
  }
}
