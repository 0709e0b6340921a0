package org.plenum.blog.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.blog.BlogRules;
import org.plenum.blog.Comment;
import org.plenum.blog.CommentReports;
import org.plenum.blog.CommentService;
import org.plenum.blog.CommentStatus;

/**
 * Moderating a comment over HTTP: approve, hide, delete (moderators of its post; its writer may
 * delete it), report (members).
 */
@Path("v1/blog/comments/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "blog")
public class CommentsResource {

  @Inject CommentService comments;

  @Inject CommentReports reports;

  @Inject BlogRules rules;

  @Inject CurrentReader caller;

  @PathParam("id")
  String idParam;

  /**
   * Shows a comment.
   *
   * @return the comment
   */
  @POST
  @Path("approve")
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "approveComment", summary = "Approve a comment (moderators of its post)")
  @APIResponse(
      responseCode = "200",
      description = "The comment",
      content = @Content(schema = @Schema(ref = "Comment")))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject approve() {
    return moderate(CommentStatus.VISIBLE);
  }

  /**
   * Hides a comment.
   *
   * @return the comment
   */
  @POST
  @Path("hide")
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "hideComment", summary = "Hide a comment (moderators of its post)")
  @APIResponse(
      responseCode = "200",
      description = "The comment",
      content = @Content(schema = @Schema(ref = "Comment")))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject hide() {
    return moderate(CommentStatus.HIDDEN);
  }

  private JsonObject moderate(CommentStatus to) {
    BlogRules.Actor actor = PostJson.actor(rules, caller);
    long id = id();
    Comment c = PostResource.found(() -> comments.moderate(actor, id, to));
    return json(c, null).build();
  }

  /**
   * Deletes a comment.
   *
   * @return 204
   */
  @DELETE
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "deleteComment",
      summary = "Delete a comment (moderators of its post, or its writer)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response delete() {
    BlogRules.Actor actor = PostJson.actor(rules, caller);
    long id = id();
    PostResource.found(
        () -> {
          comments.delete(actor, id);
          return null;
        });
    return Response.noContent().build();
  }

  /**
   * Reports a comment as abusive.
   *
   * @param body {@code {reason?}}
   * @return 202, whether or not the member had reported it before
   */
  @POST
  @Path("report")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "reportComment", summary = "Report a comment (members)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "CommentReport")))
  @APIResponse(
      responseCode = "202",
      description = "Taken, whether or not the member had reported it before",
      content = @Content(schema = @Schema(ref = "CommentReportTaken")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response report(JsonValue body) {
    JsonObject o = Bodies.object(body);
    BlogRules.Actor actor = PostJson.actor(rules, caller);
    long id = id();
    PostResource.found(() -> reports.report(actor, id, Bodies.text(o, "reason")));
    return Response.accepted(PostJson.empty()).build();
  }

  private long id() {
    if (idParam == null || !idParam.matches("\\d{1,18}")) {
      throw new ProblemException(404, "blog.error.commentNotFound");
    }
    return Long.parseLong(idParam);
  }

  /**
   * A comment as the API shows it.
   *
   * @param c the comment
   * @param writer its writer, or {@code null} when not needed
   * @return its fields
   */
  static JsonObjectBuilder json(Comment c, Chapters.Person writer) {
    JsonObjectBuilder o =
        JsonBuilders.object()
            .add("id", c.getId())
            .add("post", c.getPostId())
            .add("status", c.getStatus().name().toLowerCase(Locale.ROOT))
            .add("created", c.getCreated().toString())
            .add("html", c.getBodyHtml());
    if (writer != null) {
      o.add(
          "writer", JsonBuilders.object().add("name", writer.name()).add("member", writer.slug()));
    }
    return o;
  }
}
