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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
import org.plenum.api.rest.Responses;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectAccess;
import org.plenum.projects.ProjectQueries;
import org.plenum.projects.ProjectUpdate;
import org.plenum.projects.Updates;

/**
 * A project's news over HTTP: its updates, posted by the team and mailed to its followers ({@link
 * ProjectFollowingResource} chooses the mail).
 */
@Path("v1/projects/{project}/updates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class ProjectUpdatesResource {

  /** The most updates one read gives. */
  static final int MAX = 50;

  @Inject ProjectQueries projects;

  @Inject ProjectAccess access;

  @Inject Updates updates;

  @Inject Members members;

  @Inject CurrentReader reader;

  @Context UriInfo uri;

  /**
   * The latest updates.
   *
   * @param slug the project
   * @return {@code {updates: [...]}}
   */
  @GET
  @Operation(operationId = "listProjectUpdates", summary = "A project's updates, newest first")
  @APIResponse(
      responseCode = "200",
      description = "The updates",
      content = @Content(schema = @Schema(ref = "ProjectUpdateList")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject list(@PathParam("project") String slug) {
    Project p = projects.visible(slug, reader.getCaller());
    List<ProjectUpdate> list = updates.of(p.getId(), MAX);
    Map<Long, Member> authors =
        members.byIds(list.stream().map(ProjectUpdate::getAuthorId).distinct().toList());
    JsonArrayBuilder items = JsonBuilders.array();
    list.forEach(u -> items.add(update(u, authors.get(u.getAuthorId()))));
    return JsonBuilders.object().add("updates", items).build();
  }

  /**
   * Posts an update; the followers get it by mail.
   *
   * @param slug the project
   * @param body {@code {title, body}}
   * @return 201 with the update
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "postProjectUpdate", summary = "Post an update (the team)")
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectUpdateNew")))
  @APIResponse(
      responseCode = "201",
      description = "The update",
      content = @Content(schema = @Schema(ref = "ProjectUpdate")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response post(@PathParam("project") String slug, JsonValue body) {
    JsonObject o = Bodies.object(body);
    Project p = projects.visible(slug, reader.getCaller());
    ProjectUpdate u =
        updates.post(
            p.getId(), Bodies.text(o, "title"), Bodies.text(o, "body"), reader.getCaller());
    return Responses.created(
        uri,
        update(u, members.byId(u.getAuthorId()).orElse(null)),
        "v1/projects/{p}/updates/{u}",
        slug,
        u.getId());
  }

  /**
   * Removes an update.
   *
   * @param slug the project
   * @param id the update
   * @return 204
   */
  @DELETE
  @Path("{id}")
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "removeProjectUpdate", summary = "Remove an update (its author, leads)")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response remove(@PathParam("project") String slug, @PathParam("id") long id) {
    Project p = projects.visible(slug, reader.getCaller());
    updates.remove(p.getId(), id, reader.getCaller());
    return Response.noContent().build();
  }

  private static JsonObject update(ProjectUpdate u, Member author) {
    JsonObjectBuilder o =
        JsonBuilders.object()
            .add("id", u.getId())
            .add("title", u.getTitle())
            .add("body", u.getBodySource())
            .add("bodyHtml", u.getBodyHtml())
            .add("publishedAt", u.getPublishedAt().toInstant(ZoneOffset.UTC).toString());
    if (author != null) {
      o.add(
          "author",
          JsonBuilders.object().add("member", author.slug()).add("name", author.displayName()));
    }
    return o.build();
  }
}
