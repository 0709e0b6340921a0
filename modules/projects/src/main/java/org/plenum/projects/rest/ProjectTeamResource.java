package org.plenum.projects.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.Caller;
import org.plenum.api.CurrentReader;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectAccess;
import org.plenum.projects.ProjectQueries;
import org.plenum.projects.ProjectsModule;
import org.plenum.projects.Team;
import org.plenum.projects.TeamMember;
import org.plenum.projects.TeamRole;

/**
 * A project's team over HTTP: members ask to join, leads invite, accept, give roles and remove;
 * members accept an invitation and leave. Members are named by their profile's slug.
 */
@Path("v1/projects/{project}/team")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class ProjectTeamResource {

  @Inject ProjectQueries projects;

  @Inject ProjectAccess access;

  @Inject Team team;

  @Inject Members members;

  @Inject ProjectJson json;

  @Inject CurrentReader reader;

  /**
   * The team, with those who asked to join and those invited.
   *
   * @param slug the project
   * @return {@code {team: [...]}}
   */
  @GET
  @Operation(operationId = "getProjectTeam", summary = "A project's team")
  @APIResponse(
      responseCode = "200",
      description = "The team, leads first",
      content = @Content(schema = @Schema(ref = "ProjectTeam")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject list(@PathParam("project") String slug) {
    Project p = projects.visible(slug, reader.getCaller());
    JsonArrayBuilder list = JsonBuilders.array();
    boolean lead = access.canLead(p, reader.getCaller());
    team.of(p.getId()).stream()
        .filter(t -> lead || t.getState() == TeamMember.State.ACTIVE)
        .forEach(t -> list.add(json.place(t)));
    return JsonBuilders.object().add("team", list).build();
  }

  /**
   * Without a member, the caller asks to join (or accepts an invitation); with one, a lead invites
   * that member (or accepts their request).
   *
   * @param slug the project
   * @param body {@code {member?}}
   * @return the place
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "joinProjectTeam",
      summary = "Ask to join a project's team, or (leads) invite a member")
  @RequestBody(
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectTeamRequest")))
  @APIResponse(
      responseCode = "200",
      description = "The member's place",
      content = @Content(schema = @Schema(ref = "ProjectPlace")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject join(@PathParam("project") String slug, JsonValue body) {
    Caller caller = reader.getCaller();
    Project p = projects.visible(slug, caller);
    Member me = access.require(caller, ProjectsModule.PROPOSE);
    JsonObject o =
        body == null || body == JsonValue.NULL ? JsonValue.EMPTY_JSON_OBJECT : Bodies.object(body);
    String other = Bodies.text(o, "member");
    if (other == null || other.strip().equals(me.slug())) {
      return json.place(team.ask(p.getId(), me.id()));
    }
    access.requireLead(p, caller);
    return json.place(team.invite(p.getId(), member(other).id()));
  }

  /**
   * Accepts a member into the team: a lead accepts one who asked; a member accepts their own
   * invitation.
   *
   * @param slug the project
   * @param who the member's profile slug
   * @return the place
   */
  @POST
  @Path("{member}/accept")
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "acceptProjectMember",
      summary = "Accept one who asked to join (leads), or one's own invitation")
  @APIResponse(
      responseCode = "200",
      description = "The member's place, in the team",
      content = @Content(schema = @Schema(ref = "ProjectPlace")))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject accept(@PathParam("project") String slug, @PathParam("member") String who) {
    Caller caller = reader.getCaller();
    Project p = projects.visible(slug, caller);
    Member me = access.require(caller, ProjectsModule.PROPOSE);
    Member m = member(who);
    if (m.id() == me.id()) {
      return json.place(team.ask(p.getId(), me.id()));
    }
    access.requireLead(p, caller);
    return json.place(team.accept(p.getId(), m.id()));
  }

  /**
   * Gives a member of the team a role.
   *
   * @param slug the project
   * @param who the member's profile slug
   * @param body {@code {role}}
   * @return the place
   */
  @PUT
  @Path("{member}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "setProjectRole", summary = "Give a member of the team a role (leads)")
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectTeamChange")))
  @APIResponse(
      responseCode = "200",
      description = "The member's place",
      content = @Content(schema = @Schema(ref = "ProjectPlace")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject role(
      @PathParam("project") String slug, @PathParam("member") String who, JsonValue body) {
    Caller caller = reader.getCaller();
    Project p = projects.visible(slug, caller);
    JsonObject o = Bodies.object(body);
    TeamRole role = Bodies.choice(o, "role", TeamRole.class, null);
    if (role == null) {
      throw new ProblemException(400, "projects.error.roleMissing");
    }
    access.requireLead(p, caller);
    TeamMember t = team.role(p.getId(), member(who).id(), role);
    return json.place(t);
  }

  /**
   * Takes a member out of the team (leads), or withdraws one's request or leaves (the member).
   *
   * @param slug the project
   * @param who the member's profile slug
   * @return 204
   */
  @DELETE
  @Path("{member}")
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "removeProjectMember",
      summary = "Remove a member from the team (leads), or leave it")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response remove(@PathParam("project") String slug, @PathParam("member") String who) {
    Caller caller = reader.getCaller();
    Project p = projects.visible(slug, caller);
    Member me = access.require(caller, ProjectsModule.PROPOSE);
    Member m = member(who);
    if (m.id() != me.id()) {
      access.requireLead(p, caller);
    }
    team.remove(p.getId(), m.id());
    return Response.noContent().build();
  }

  private Member member(String slug) {
    return members
        .bySlug(slug.strip())
        .orElseThrow(() -> new ProblemException(404, "projects.error.noMember"));
  }
}
