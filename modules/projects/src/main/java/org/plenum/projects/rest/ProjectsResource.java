package org.plenum.projects.rest;

import static org.plenum.projects.rest.ProjectBodies.draft;

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
import java.util.EnumSet;
import java.util.Set;
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
import org.plenum.api.Denied;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.api.rest.Responses;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectFilter;
import org.plenum.projects.ProjectQueries;
import org.plenum.projects.ProjectStatus;
import org.plenum.projects.ProjectWriter;
import org.plenum.projects.ProjectsModule;

/**
 * Projects over HTTP: list the public ones (by status, chapter and everything below it, language),
 * propose one, read, change and delete it, and move it a step — approve or send back a proposal,
 * pause, resume, finish or drop. Its team is {@link ProjectTeamResource}'s.
 */
@Path("v1/projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class ProjectsResource {

  /** The most projects one page of the list holds. */
  static final int PAGE_MAX = 100;

  @Inject ProjectQueries projects;

  @Inject ProjectWriter writer;

  @Inject ProjectJson json;

  @Inject Chapters chapters;

  @Inject CurrentReader reader;

  @Context UriInfo uri;

  /**
   * Public projects, the most recently changed first.
   *
   * @param status a status, or none for those active and paused
   * @param chapter a chapter's slug: its projects and those of the chapters below it
   * @param lang a language
   * @param tag a tag
   * @param help {@code true}: only those that need people for something still open
   * @param first the first to give
   * @param max how many, at most 100
   * @return {@code {projects: [...], total}}
   */
  @GET
  @Operation(operationId = "listProjects", summary = "List projects")
  @APIResponse(
      responseCode = "200",
      description = "The projects, the most recently changed first",
      content = @Content(schema = @Schema(ref = "ProjectList")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject list(
      @QueryParam("status") String status,
      @QueryParam("chapter") String chapter,
      @QueryParam("lang") String lang,
      @QueryParam("tag") String tag,
      @QueryParam("help") String help,
      @QueryParam("first") String first,
      @QueryParam("max") String max) {
    Set<ProjectStatus> statuses = statuses(status);
    Long within = within(chapter);
    String language = lang == null || lang.isBlank() ? null : lang.strip();
    int from = number(first, 0);
    int size = number(max, 20);
    if (from < 0 || size < 1 || size > PAGE_MAX) {
      throw new ProblemException(400, "projects.error.page", PAGE_MAX);
    }
    boolean needsHelp = help != null && !help.isBlank() && Boolean.parseBoolean(help.strip());
    if (help != null && !needsHelp && !help.isBlank() && !"false".equalsIgnoreCase(help.strip())) {
      throw new ProblemException(400, "projects.error.help");
    }
    String tagged = tag == null || tag.isBlank() ? null : tag.strip();
    ProjectFilter f = new ProjectFilter(statuses, within, language, tagged, needsHelp);
    JsonArrayBuilder list = JsonBuilders.array();
    projects.list(f, from, size).forEach(p -> list.add(json.summary(p)));
    return JsonBuilders.object().add("projects", list).add("total", projects.count(f)).build();
  }

  /**
   * The proposals waiting for the caller's decision.
   *
   * @return {@code {projects: [...], total}}
   */
  @GET
  @Path("waiting")
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "listWaitingProjects",
      summary = "Proposals waiting for the caller's decision, oldest first")
  @APIResponse(
      responseCode = "200",
      description = "The proposals",
      content = @Content(schema = @Schema(ref = "ProjectList")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  public JsonObject waiting() {
    if (reader.getCaller() == null) {
      throw new Denied(true, ProjectsModule.OVERSEE);
    }
    JsonArrayBuilder list = JsonBuilders.array();
    var waiting = projects.waitingFor(reader.getCaller());
    waiting.forEach(p -> list.add(json.summary(p)));
    return JsonBuilders.object().add("projects", list).add("total", waiting.size()).build();
  }

  /**
   * One project, with its team; a proposal for its initiator and those who may approve it only.
   *
   * @param slug the project
   * @return the project
   */
  @GET
  @Path("{project}")
  @Operation(operationId = "getProject", summary = "Read a project")
  @APIResponse(
      responseCode = "200",
      description = "The project",
      content = @Content(schema = @Schema(ref = "Project")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject get(@PathParam("project") String slug) {
    return json.full(projects.visible(slug, reader.getCaller()), reader.getCaller());
  }

  /**
   * Proposes a project; the caller is its first lead, and it waits for approval.
   *
   * @param body the project
   * @return 201 with the project
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "proposeProject", summary = "Propose a project (members)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectNew")))
  @APIResponse(
      responseCode = "201",
      description = "The project proposed; Location names it",
      content = @Content(schema = @Schema(ref = "Project")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response propose(JsonValue body) {
    JsonObject o = Bodies.object(body);
    Project p = writer.propose(draft(o), reader.getCaller());
    return Responses.created(uri, get(p.getSlug()), "v1/projects/{s}", p.getSlug());
  }

  /**
   * Changes a project: all its fields, with the version read. A proposal sent back is proposed
   * again.
   *
   * @param slug the project
   * @param body as for proposing, plus {@code version}
   * @return the project
   */
  @PUT
  @Path("{project}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "updateProject", summary = "Change a project (its leads)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectChange")))
  @APIResponse(
      responseCode = "200",
      description = "The project changed",
      content = @Content(schema = @Schema(ref = "Project")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject update(@PathParam("project") String slug, JsonValue body) {
    JsonObject o = Bodies.object(body);
    Project p = projects.visible(slug, reader.getCaller());
    long version = Bodies.version(o);
    Project saved = writer.update(p.getId(), version, draft(o), reader.getCaller());
    return json.full(saved, reader.getCaller());
  }

  /**
   * Moves a project a step.
   *
   * @param slug the project
   * @param body {@code {status, reason?}}
   * @return the project
   */
  @POST
  @Path("{project}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "moveProject",
      summary =
          "Approve a proposal or send it back (coordinators of its chapter, editors); pause,"
              + " resume, finish or drop a project (its leads)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectStep")))
  @APIResponse(
      responseCode = "200",
      description = "The project moved",
      content = @Content(schema = @Schema(ref = "Project")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject move(@PathParam("project") String slug, JsonValue body) {
    JsonObject o = Bodies.object(body);
    ProjectStatus to = Bodies.choice(o, "status", ProjectStatus.class, null);
    if (to == null) {
      throw new ProblemException(400, "projects.error.statusMissing");
    }
    Project p = projects.visible(slug, reader.getCaller());
    Project moved = writer.move(p.getId(), to, Bodies.text(o, "reason"), reader.getCaller());
    return json.full(moved, reader.getCaller());
  }

  /**
   * Deletes a project with its team.
   *
   * @param slug the project
   * @return 204
   */
  @DELETE
  @Path("{project}")
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "deleteProject",
      summary = "Delete a project (those who may approve it; its initiator before approval)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response delete(@PathParam("project") String slug) {
    Project p = projects.visible(slug, reader.getCaller());
    writer.delete(p.getId(), reader.getCaller());
    return Response.noContent().build();
  }

  private static Set<ProjectStatus> statuses(String status) {
    if (status == null || status.isBlank()) {
      return ProjectQueries.UNDER_WAY;
    }
    for (ProjectStatus s : ProjectStatus.values()) {
      if (s.isPublic() && s.key().equals(status.strip())) {
        return EnumSet.of(s);
      }
    }
    throw new ProblemException(
        400, "core.problem.notOneOf", "status", "\"active\", \"paused\", \"done\", \"dropped\"");
  }

  private Long within(String chapter) {
    if (chapter == null || chapter.isBlank()) {
      return null;
    }
    return chapters
        .bySlug(chapter.strip())
        .map(Chapter::getId)
        .orElseThrow(() -> new ProblemException(404, "core.chapter.error.notFound"));
  }

  /** A whole number from the address, {@code -1} when it is not one. */
  private static int number(String text, int otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return text.strip().length() > 7 ? -1 : Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
