package org.plenum.projects.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.CurrentReader;
import org.plenum.api.Member;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.projects.Follower;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectAccess;
import org.plenum.projects.ProjectQueries;
import org.plenum.projects.Updates;

/** The caller's following of a project over HTTP: the mail they get about it, or none. */
@Path("v1/projects/{project}/following")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class ProjectFollowingResource {

  @Inject ProjectQueries projects;

  @Inject ProjectAccess access;

  @Inject Updates updates;

  @Inject CurrentReader reader;

  /**
   * The caller's following of the project.
   *
   * @param slug the project
   * @return {@code {updates, discussion}}
   */
  @GET
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "getProjectFollowing", summary = "The mail the caller gets about it")
  @APIResponse(
      responseCode = "200",
      description = "The caller's choice; both false when they do not follow it",
      content = @Content(schema = @Schema(ref = "ProjectFollowing")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject following(@PathParam("project") String slug) {
    Project p = projects.visible(slug, reader.getCaller());
    Member m = access.signedIn(reader.getCaller());
    return following(updates.following(p.getId(), m.id()));
  }

  /**
   * Follows the project, or stops: the mail the caller wants about it.
   *
   * @param slug the project
   * @param body {@code {updates, discussion}}; both false stops following
   * @return the choice saved
   */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "followProject", summary = "Follow a project and choose the mail")
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectFollowing")))
  @APIResponse(
      responseCode = "200",
      description = "The choice saved",
      content = @Content(schema = @Schema(ref = "ProjectFollowing")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject follow(@PathParam("project") String slug, JsonValue body) {
    JsonObject o = Bodies.object(body);
    Project p = projects.visible(slug, reader.getCaller());
    return following(
        updates.follow(
            p.getId(),
            Bodies.bool(o, "updates", false),
            Bodies.bool(o, "discussion", false),
            reader.getCaller()));
  }

  private static JsonObject following(Optional<Follower> f) {
    return JsonBuilders.object()
        .add("updates", f.map(Follower::isUpdates).orElse(false))
        .add("discussion", f.map(Follower::isDiscussion).orElse(false))
        .build();
  }
}
