package org.plenum.polls.rest;

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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.Member;
import org.plenum.api.Permissions;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.api.rest.Responses;
import org.plenum.polls.Poll;
import org.plenum.polls.PollQueries;
import org.plenum.polls.PollResults;
import org.plenum.polls.PollSchedule;
import org.plenum.polls.PollWriter;
import org.plenum.polls.PollsModule;
import org.plenum.polls.Voting;

/**
 * Polls over HTTP: list and read them (with their results when the poll shows them), create, change
 * before the opening, delete before the opening or close early (coordinators within their chapters,
 * editors anywhere); the results as JSON or CSV, and the digest after the close. One's ballot is
 * {@link BallotResource}'s, the translations {@link PollTranslationsResource}'s.
 */
@Path("v1/polls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "polls")
public class PollsResource {

  @Inject PollQueries polls;

  @Inject PollWriter writer;

  @Inject PollSchedule schedule;

  @Inject PollResults results;

  @Inject Voting voting;

  @Inject PollJson json;

  @Inject PollViews views;

  @Inject Chapters chapters;

  @Inject Permissions authorizer;

  @Inject CurrentReader caller;

  @Context UriInfo uri;

  /**
   * Polls, newest closing first.
   *
   * @param show {@code all} (default), {@code open} or {@code closed}
   * @param chapter a chapter's slug, or none
   * @return {@code {polls: [...]}}
   */
  @GET
  @Operation(operationId = "listPolls", summary = "List polls")
  @APIResponse(
      responseCode = "200",
      description = "The polls",
      content = @Content(schema = @Schema(ref = "PollList")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject list(@QueryParam("show") String show, @QueryParam("chapter") String chapter) {
    PollQueries.Show which;
    try {
      which = PollQueries.Show.valueOf((show == null ? "all" : show).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(400, "polls.error.show");
    }
    Long chapterId =
        chapter == null
            ? null
            : chapters
                .bySlug(chapter)
                .map(Chapter::getId)
                .orElseThrow(() -> new ProblemException(404, "core.chapter.error.notFound"));
    JsonArrayBuilder list = JsonBuilders.array();
    polls.list(which, chapterId, 200).forEach(p -> list.add(json.summary(p)));
    return JsonBuilders.object().add("polls", list).build();
  }

  /**
   * One poll, with its questions, and its results when they are shown.
   *
   * @param slug the poll
   * @param lang a language it is translated into, or none
   * @return the poll
   */
  @GET
  @Path("{poll}")
  @Operation(operationId = "getPoll", summary = "Read a poll, in the language lang if translated")
  @APIResponse(
      responseCode = "200",
      description = "The poll",
      content = @Content(schema = @Schema(ref = "Poll")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject get(@PathParam("poll") String slug, @QueryParam("lang") String lang) {
    return views.seen(slug, lang);
  }

  /**
   * A poll's results: frozen after the close, counted live before when the poll shows them.
   *
   * @param slug the poll
   * @return {@code {closed, voters, eligible, turnout, questions: [...]}}
   */
  @GET
  @Path("{poll}/results")
  @Operation(operationId = "getPollResults", summary = "A poll's results, when shown to the caller")
  @APIResponse(
      responseCode = "200",
      description = "The results",
      content = @Content(schema = @Schema(ref = "PollResults")))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject results(@PathParam("poll") String slug) {
    Poll p = poll(slug);
    Member me = views.me(false);
    if (!PollResults.visible(p, me != null && voting.hasVoted(p, me.id()))) {
      throw new ProblemException(
          403,
          p.getVisibility() == Poll.Visibility.AFTER_VOTING
              ? "polls.results.afterVoting"
              : "polls.results.afterClose");
    }
    return json.results(p, results.results(p));
  }

  /**
   * The frozen results of a closed poll as CSV (RFC 4180): one row per option.
   *
   * @param slug the poll
   * @return the CSV, as a download
   */
  @GET
  @Path("{poll}/results.csv")
  @Produces("text/csv")
  @Operation(operationId = "getPollResultsCsv", summary = "A closed poll's frozen results, as CSV")
  @APIResponse(
      responseCode = "200",
      description = "The results, one row per option",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response csv(@PathParam("poll") String slug) {
    Poll p = closed(slug);
    String csv = PollsCsv.results(p, results.results(p));
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + p.getSlug() + "-results.csv\"")
        .build();
  }

  /**
   * The digest of a closed poll: every ballot as counted, under its receipt's hash (secret poll) or
   * its voter's name (open poll), with the options chosen by question.
   *
   * @param slug the poll
   * @return {@code {poll, secret, ballots: [{hash | voter, answers: {question: [option]}}]}}
   */
  @GET
  @Path("{poll}/digest")
  @Operation(operationId = "getPollDigest", summary = "A closed poll's digest, to recount from")
  @APIResponse(
      responseCode = "200",
      description = "The digest",
      content = @Content(schema = @Schema(ref = "PollDigest")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject digest(@PathParam("poll") String slug) {
    Poll p = closed(slug);
    return json.digest(p, results.digest(p));
  }

  /**
   * Creates a poll.
   *
   * @param body {@code {chapter, title, slug?, description?, language, opensAt, closesAt,
   *     weighting?, secret?, visibility?, questions: [{text, kind?, maxChoices?, rule?,
   *     quorumPercent?, options?}]}}, times as ISO instants
   * @return 201 with the poll
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "createPoll", summary = "Create a poll (chapter coordinators, editors)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "PollNew")))
  @APIResponse(
      responseCode = "201",
      description = "The poll made; Location names it",
      content = @Content(schema = @Schema(ref = "Poll")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response create(JsonValue body) {
    JsonObject o = Bodies.object(body);
    Chapter chapter = chapterOf(o);
    authorizer.require(caller.getCaller(), PollsModule.CREATE, chapter.getId());
    Poll p =
        writer.create(
            PollBodies.draft(o, chapter.getId(), Bodies.text(o, "slug")),
            caller.getCaller().username());
    return Responses.created(uri, get(p.getSlug(), null), "v1/polls/{s}", p.getSlug());
  }

  /**
   * Changes a poll before it opens: the whole poll as for creating it, with the {@code version}
   * read.
   *
   * @param slug the poll
   * @param body as for creating, plus {@code version}
   * @return the poll
   */
  @PUT
  @Path("{poll}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "updatePoll", summary = "Change a poll before it opens")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "PollChange")))
  @APIResponse(
      responseCode = "200",
      description = "The poll changed",
      content = @Content(schema = @Schema(ref = "Poll")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject update(@PathParam("poll") String slug, JsonValue body) {
    JsonObject o = Bodies.object(body);
    Poll p = poll(slug);
    authorizer.require(caller.getCaller(), PollsModule.CREATE, p.getChapterId());
    Chapter chapter = chapterOf(o);
    authorizer.require(caller.getCaller(), PollsModule.CREATE, chapter.getId());
    long version = Bodies.version(o);
    writer.update(p.getId(), version, PollBodies.draft(o, chapter.getId(), p.getSlug()));
    return get(p.getSlug(), null);
  }

  /**
   * Deletes a poll that has not opened.
   *
   * @param slug the poll
   * @return 204
   */
  @DELETE
  @Path("{poll}")
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "deletePoll", summary = "Delete a poll that has not opened")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response delete(@PathParam("poll") String slug) {
    Poll p = poll(slug);
    authorizer.require(caller.getCaller(), PollsModule.CREATE, p.getChapterId());
    writer.delete(p.getId());
    return Response.noContent().build();
  }

  /**
   * Ends an open poll's voting now; its tally is frozen as at its closing time.
   *
   * @param slug the poll
   * @return the poll, closed, with its results
   */
  @POST
  @Path("{poll}/close")
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "closePoll", summary = "Close an open poll now")
  @APIResponse(
      responseCode = "200",
      description = "The poll, closed, with its results",
      content = @Content(schema = @Schema(ref = "Poll")))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject close(@PathParam("poll") String slug) {
    Poll p = poll(slug);
    authorizer.require(caller.getCaller(), PollsModule.CREATE, p.getChapterId());
    schedule.closeNow(p.getId());
    return get(p.getSlug(), null);
  }

  private Chapter chapterOf(JsonObject o) {
    return chapters
        .bySlug(Bodies.requiredText(o, "chapter"))
        .orElseThrow(() -> new ProblemException(400, "polls.error.chapter"));
  }

  private Poll poll(String slug) {
    return views.poll(slug);
  }

  private Poll closed(String slug) {
    Poll p = poll(slug);
    if (!p.isClosed()) {
      throw new ProblemException(409, "polls.error.notClosed");
    }
    return p;
  }
}
