package org.plenum.projects.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.CurrentReader;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.api.rest.Responses;
import org.plenum.projects.Milestone;
import org.plenum.projects.Plan;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectQueries;
import org.plenum.projects.Task;

/**
 * A project's plan over HTTP: its milestones and tasks with its progress; its leads plan, a task's
 * owner marks it done. Days are written {@code 2027-04-17}; overdue is reckoned in UTC.
 */
@Path("v1/projects/{project}/plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class ProjectPlanResource {

  @Inject ProjectQueries projects;

  @Inject Plan plan;

  @Inject Members members;

  @Inject CurrentReader reader;

  @Context UriInfo uri;

  /**
   * The plan.
   *
   * @param slug the project
   * @return {@code {progress, milestones, tasks}}
   */
  @GET
  @Operation(operationId = "getProjectPlan", summary = "A project's plan and its progress")
  @APIResponse(
      responseCode = "200",
      description = "The plan",
      content = @Content(schema = @Schema(ref = "ProjectPlan")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject get(@PathParam("project") String slug) {
    Project p = projects.visible(slug, reader.getCaller());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Plan.Progress progress = plan.progress(p.getId());
    JsonArrayBuilder milestones = JsonBuilders.array();
    plan.milestones(p.getId()).forEach(m -> milestones.add(milestone(m, today)));
    List<Task> tasks = plan.tasks(p.getId());
    Set<Long> owners = new HashSet<>();
    tasks.stream().filter(t -> t.getOwnerId() != null).forEach(t -> owners.add(t.getOwnerId()));
    Map<Long, Member> people = members.byIds(owners);
    JsonArrayBuilder list = JsonBuilders.array();
    tasks.forEach(t -> list.add(task(t, people.get(t.getOwnerId()), today)));
    return JsonBuilders.object()
        .add(
            "progress",
            JsonBuilders.object()
                .add("done", progress.done())
                .add("total", progress.total())
                .add("percent", progress.percent()))
        .add("milestones", milestones)
        .add("tasks", list)
        .build();
  }

  /**
   * Adds a milestone.
   *
   * @param slug the project
   * @param body {@code {title, dueOn}}
   * @return 201 with the milestone
   */
  @POST
  @Path("milestones")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "addProjectMilestone", summary = "Add a milestone (leads)")
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectMilestoneNew")))
  @APIResponse(
      responseCode = "201",
      description = "The milestone",
      content = @Content(schema = @Schema(ref = "ProjectMilestone")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response addMilestone(@PathParam("project") String slug, JsonValue body) {
    JsonObject o = Bodies.object(body);
    Project p = projects.visible(slug, reader.getCaller());
    Milestone m =
        plan.addMilestone(
            p.getId(), Bodies.text(o, "title"), Bodies.day(o, "dueOn"), reader.getCaller());
    return Responses.created(
        uri,
        milestone(m, LocalDate.now(ZoneOffset.UTC)),
        "v1/projects/{p}/plan/milestones/{m}",
        slug,
        m.getId());
  }

  /**
   * Changes a milestone, or marks it reached.
   *
   * @param slug the project
   * @param id the milestone
   * @param body {@code {title, dueOn, done?}}
   * @return the milestone
   */
  @PUT
  @Path("milestones/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "changeProjectMilestone", summary = "Change a milestone (leads)")
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectMilestoneNew")))
  @APIResponse(
      responseCode = "200",
      description = "The milestone",
      content = @Content(schema = @Schema(ref = "ProjectMilestone")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject changeMilestone(
      @PathParam("project") String slug, @PathParam("id") long id, JsonValue body) {
    JsonObject o = Bodies.object(body);
    Project p = projects.visible(slug, reader.getCaller());
    Milestone m =
        plan.changeMilestone(
            p.getId(),
            id,
            Bodies.text(o, "title"),
            Bodies.day(o, "dueOn"),
            Bodies.bool(o, "done", false),
            reader.getCaller());
    return milestone(m, LocalDate.now(ZoneOffset.UTC));
  }

  /**
   * Removes a milestone; its tasks stay.
   *
   * @param slug the project
   * @param id the milestone
   * @return 204
   */
  @DELETE
  @Path("milestones/{id}")
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "removeProjectMilestone", summary = "Remove a milestone (leads)")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response removeMilestone(@PathParam("project") String slug, @PathParam("id") long id) {
    Project p = projects.visible(slug, reader.getCaller());
    plan.removeMilestone(p.getId(), id, reader.getCaller());
    return Response.noContent().build();
  }

  /**
   * Adds a task.
   *
   * @param slug the project
   * @param body {@code {title, milestone?, owner?, dueOn?}}
   * @return 201 with the task
   */
  @POST
  @Path("tasks")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "addProjectTask", summary = "Add a task (leads)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectTaskNew")))
  @APIResponse(
      responseCode = "201",
      description = "The task",
      content = @Content(schema = @Schema(ref = "ProjectTask")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response addTask(@PathParam("project") String slug, JsonValue body) {
    JsonObject o = Bodies.object(body);
    Project p = projects.visible(slug, reader.getCaller());
    Task t = plan.addTask(p.getId(), draft(o), reader.getCaller());
    return Responses.created(uri, task(t), "v1/projects/{p}/plan/tasks/{t}", slug, t.getId());
  }

  /**
   * Changes a task.
   *
   * @param slug the project
   * @param id the task
   * @param body as for adding it
   * @return the task
   */
  @PUT
  @Path("tasks/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "changeProjectTask", summary = "Change a task (leads)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectTaskNew")))
  @APIResponse(
      responseCode = "200",
      description = "The task",
      content = @Content(schema = @Schema(ref = "ProjectTask")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject changeTask(
      @PathParam("project") String slug, @PathParam("id") long id, JsonValue body) {
    JsonObject o = Bodies.object(body);
    Project p = projects.visible(slug, reader.getCaller());
    return task(plan.changeTask(p.getId(), id, draft(o), reader.getCaller()));
  }

  /**
   * Marks a task done or open.
   *
   * @param slug the project
   * @param id the task
   * @param body {@code {done}}
   * @return the task
   */
  @PUT
  @Path("tasks/{id}/done")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "markProjectTask",
      summary = "Mark a task done or open (its owner, the leads)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectTaskDone")))
  @APIResponse(
      responseCode = "200",
      description = "The task",
      content = @Content(schema = @Schema(ref = "ProjectTask")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject mark(
      @PathParam("project") String slug, @PathParam("id") long id, JsonValue body) {
    JsonObject o = Bodies.object(body);
    Project p = projects.visible(slug, reader.getCaller());
    return task(plan.mark(p.getId(), id, Bodies.bool(o, "done", true), reader.getCaller()));
  }

  /**
   * Removes a task.
   *
   * @param slug the project
   * @param id the task
   * @return 204
   */
  @DELETE
  @Path("tasks/{id}")
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "removeProjectTask", summary = "Remove a task (leads)")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response removeTask(@PathParam("project") String slug, @PathParam("id") long id) {
    Project p = projects.visible(slug, reader.getCaller());
    plan.removeTask(p.getId(), id, reader.getCaller());
    return Response.noContent().build();
  }

  private Plan.TaskDraft draft(JsonObject o) {
    Integer milestone = Bodies.integer(o, "milestone");
    String owner = Bodies.text(o, "owner");
    Long ownerId = null;
    if (owner != null) {
      ownerId =
          members
              .bySlug(owner.strip())
              .map(Member::id)
              .orElseThrow(() -> new ProblemException(400, "projects.error.ownerNotInTeam"));
    }
    return new Plan.TaskDraft(
        Bodies.text(o, "title"),
        milestone == null ? null : milestone.longValue(),
        ownerId,
        Bodies.day(o, "dueOn"));
  }

  private static JsonObject milestone(Milestone m, LocalDate today) {
    return JsonBuilders.object()
        .add("id", m.getId())
        .add("title", m.getTitle())
        .add("dueOn", m.getDueOn().toString())
        .add("done", m.isDone())
        .add("overdue", m.overdue(today))
        .build();
  }

  private JsonObject task(Task t) {
    Member owner = t.getOwnerId() == null ? null : members.byId(t.getOwnerId()).orElse(null);
    return task(t, owner, LocalDate.now(ZoneOffset.UTC));
  }

  private static JsonObject task(Task t, Member owner, LocalDate today) {
    JsonObjectBuilder o = JsonBuilders.object().add("id", t.getId()).add("title", t.getTitle());
    if (t.getMilestoneId() != null) {
      o.add("milestone", t.getMilestoneId());
    }
    if (owner != null) {
      o.add(
          "owner",
          JsonBuilders.object().add("member", owner.slug()).add("name", owner.displayName()));
    }
    if (t.getDueOn() != null) {
      o.add("dueOn", t.getDueOn().toString());
    }
    return o.add("done", t.isDone()).add("overdue", t.overdue(today)).build();
  }
}
