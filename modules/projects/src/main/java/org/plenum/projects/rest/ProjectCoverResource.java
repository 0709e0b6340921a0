package org.plenum.projects.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.CurrentReader;
import org.plenum.api.rest.ProblemException;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectCovers;
import org.plenum.projects.ProjectQueries;

/**
 * A project's cover picture over HTTP: the picture itself as the body (JPEG, PNG or GIF), checked
 * and redrawn by the site; its leads set and remove it.
 */
@Path("v1/projects/{project}/cover")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class ProjectCoverResource {

  @Inject ProjectQueries projects;

  @Inject ProjectCovers covers;

  @Inject ProjectJson json;

  @Inject CurrentReader reader;

  /**
   * Gives the project a new cover.
   *
   * @param slug the project
   * @param picture the picture's bytes
   * @return the project, with its cover's address
   */
  @PUT
  @Consumes({"image/jpeg", "image/png", "image/gif"})
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "setProjectCover",
      summary = "Give a project a cover picture (its leads): JPEG, PNG or GIF, cut to 1200 × 630")
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = "image/jpeg",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "image/png",
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "200",
      description = "The project",
      content = @Content(schema = @Schema(ref = "Project")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject set(@PathParam("project") String slug, InputStream picture) {
    Project p = projects.visible(slug, reader.getCaller());
    return json.full(covers.set(p.getId(), picture, reader.getCaller()), reader.getCaller());
  }

  /**
   * Removes the project's cover.
   *
   * @param slug the project
   * @return 204
   */
  @DELETE
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "removeProjectCover", summary = "Remove a project's cover (its leads)")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response remove(@PathParam("project") String slug) {
    Project p = projects.visible(slug, reader.getCaller());
    if (!covers.remove(p.getId(), reader.getCaller())) {
      throw new ProblemException(404, "projects.error.noCover");
    }
    return Response.noContent().build();
  }
}
