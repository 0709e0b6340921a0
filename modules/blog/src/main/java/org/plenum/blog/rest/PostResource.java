package org.plenum.blog.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.CurrentReader;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.blog.BlogRules;
import org.plenum.blog.CommentService;
import org.plenum.blog.People;
import org.plenum.blog.Post;
import org.plenum.blog.PostDesk;
import org.plenum.blog.PostDraft;
import org.plenum.blog.PostNotFound;
import org.plenum.blog.PostWorkflow;
import org.plenum.blog.PostWriter;
import org.plenum.blog.PublishedPosts;
import org.plenum.blog.Revision;
import org.plenum.blog.Revisions;

/**
 * One post over HTTP: read it (published posts for anyone, others for their authors and
 * publishers), change it with the version read ({@code version} in the body, or {@code If-Match}
 * with its ETag), move it through the workflow, delete it, read its revisions ({@link
 * PostCommentsResource} has its comments). Every write asks the blog's rules; a stale version is a
 * 409 conflict (412 with {@code If-Match}), never an overwrite.
 */
@Path("v1/blog/posts/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "blog")
public class PostResource {

  @Inject PublishedPosts published;

  @Inject PostDesk desk;

  @Inject PostWriter writer;

  @Inject PostWorkflow workflow;

  @Inject Revisions history;

  @Inject People people;

  @Inject CommentService comments;

  @Inject BlogRules rules;

  @Inject CurrentReader caller;

  @Inject PostJson json;

  @Context Request request;

  @Context HttpHeaders headers;

  @Context UriInfo uri;

  @PathParam("id")
  String idParam;

  /**
   * One post.
   *
   * @return the post with its body and source, or 304 when the client's copy is current
   */
  @GET
  @Operation(
      operationId = "getPost",
      summary = "Read a post (published, or one's own and those one may publish)")
  @APIResponse(
      responseCode = "200",
      description = "The post, with its ETag and Last-Modified",
      content = @Content(schema = @Schema(ref = "Post")))
  @APIResponse(responseCode = "304", description = "The client's copy is current")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get() {
    long id = id();
    Post post = published.publishedById(id).orElse(null);
    boolean open = post != null;
    if (post == null) {
      BlogRules.Actor actor = rules.actor(caller.getCaller()).orElse(null);
      post = actor == null ? null : found(() -> desk.visible(actor, id).post());
    }
    if (post == null) {
      throw new ProblemException(404, "blog.error.postNotFound");
    }
    EntityTag tag = etag(post);
    Date modified = Date.from(post.getUpdated());
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(modified, tag);
    if (unchanged != null) {
      return unchanged.tag(tag).build();
    }
    JsonObject full =
        json.summary(post)
            .add("body", post.getBodyHtml())
            .add("source", post.getBodySource())
            .build();
    Response.ResponseBuilder ok = Response.ok(full).tag(tag).lastModified(modified);
    if (!open) {
      ok.header("Cache-Control", "private, no-store");
    }
    return ok.build();
  }

  /**
   * Changes a post.
   *
   * @param body {@code {version, title, slug?, summary?, body, authors?, tags?}}
   * @return the post
   */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "updatePost",
      summary = "Change a post; the version read must be the stored one")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "PostChange")))
  @APIResponse(
      responseCode = "200",
      description = "The post changed, with its new ETag",
      content = @Content(schema = @Schema(ref = "PostSaved")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(
      responseCode = "412",
      description = "If-Match names an older version than the stored one",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public Response update(JsonValue body) {
    JsonObject o = Bodies.object(body);
    BlogRules.Actor actor = actor();
    long id = id();
    Post current = found(() -> desk.visible(actor, id).post());
    long version;
    if (headers.getHeaderString("If-Match") != null
        && (!o.containsKey("version") || o.isNull("version"))) {
      if (request.evaluatePreconditions(etag(current)) != null) {
        throw new ProblemException(
            412, "blog.error.conflict", current.getUpdatedBy(), current.getUpdated());
      }
      version = current.getVersion();
    } else {
      version = Bodies.version(o);
    }
    PostDraft draft = PostJson.draft(o, current.getLanguage());
    Post p = found(() -> writer.update(actor, id, version, draft));
    return Response.ok(json.summary(p).add("source", p.getBodySource()).build())
        .tag(etag(p))
        .build();
  }

  /**
   * Submits a draft for review.
   *
   * @return the post
   */
  @POST
  @Path("submit")
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "submitPost", summary = "Submit a draft for review")
  @APIResponse(
      responseCode = "200",
      description = "The post",
      content = @Content(schema = @Schema(ref = "PostSummary")))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject submit() {
    return step(workflow::submit);
  }

  /**
   * Publishes a post now, or at a later time.
   *
   * @param body {@code {}} or {@code {"at": "2027-01-01T09:00:00Z"}}
   * @return the post, published or scheduled
   */
  @POST
  @Path("publish")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "publishPost",
      summary = "Publish a post now or schedule it (publishers of its blog)")
  @RequestBody(
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "PostPublish")))
  @APIResponse(
      responseCode = "200",
      description = "The post, published or scheduled",
      content = @Content(schema = @Schema(ref = "PostSummary")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject publish(JsonValue body) {
    Instant at = null;
    if (body instanceof JsonObject o && o.get("at") instanceof JsonString s) {
      try {
        at = Instant.parse(s.getString());
      } catch (DateTimeParseException e) {
        throw new ProblemException(400, "blog.error.publishAt");
      }
    } else if (body instanceof JsonObject o && o.containsKey("at") && !o.isNull("at")) {
      throw new ProblemException(400, "blog.error.publishAt");
    }
    Instant when = at;
    return step((who, post) -> workflow.publish(who, post, when));
  }

  /**
   * Takes a post back to draft.
   *
   * @return the post
   */
  @POST
  @Path("draft")
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "returnPostToDraft", summary = "Take a post back to draft")
  @APIResponse(
      responseCode = "200",
      description = "The post",
      content = @Content(schema = @Schema(ref = "PostSummary")))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject backToDraft() {
    return step(workflow::backToDraft);
  }

  /**
   * Archives a post.
   *
   * @return the post
   */
  @POST
  @Path("archive")
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "archivePost", summary = "Archive a post (publishers of its blog)")
  @APIResponse(
      responseCode = "200",
      description = "The post",
      content = @Content(schema = @Schema(ref = "PostSummary")))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject archive() {
    return step(workflow::archive);
  }

  /** A step of the workflow, as the caller (the workflow records it in the audit log). */
  private JsonObject step(BiFunction<BlogRules.Actor, Long, Post> call) {
    BlogRules.Actor actor = actor();
    long id = id();
    Post p = found(() -> call.apply(actor, id));
    return json.summary(p).build();
  }

  /**
   * Deletes a post with its revisions and comments.
   *
   * @return 204
   */
  @DELETE
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "deletePost",
      summary = "Delete a post (publishers of its blog, or authors of a draft)")
  @APIResponse(responseCode = "204", description = "Deleted, with its revisions and comments")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response delete() {
    BlogRules.Actor actor = actor();
    long id = id();
    found(
        () -> {
          writer.delete(actor, id);
          return null;
        });
    return Response.noContent().build();
  }

  /**
   * The revisions of a post, newest first.
   *
   * @return {@code {revisions: [...]}}
   */
  @GET
  @Path("revisions")
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "listPostRevisions",
      summary = "List a post's revisions (those who may see it unpublished)")
  @APIResponse(
      responseCode = "200",
      description = "The revisions, newest first",
      content = @Content(schema = @Schema(ref = "PostRevisionList")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject revisions() {
    BlogRules.Actor actor = actor();
    long id = id();
    PostDesk.Located at = found(() -> desk.visible(actor, id));
    if (!rules.maySee(actor, at.blog(), at.post())) {
      throw new ProblemException(404, "blog.error.postNotFound");
    }
    JsonArrayBuilder list = JsonBuilders.array();
    for (Revision r : history.revisions(id)) {
      list.add(
          JsonBuilders.object()
              .add("number", r.getNumber())
              .add("title", r.getTitle())
              .add("slug", r.getSlug())
              .add("saved", r.getSaved().toString())
              .add("savedBy", r.getSavedBy() == null ? "" : r.getSavedBy())
              .add("body", r.getBodySource()));
    }
    return JsonBuilders.object().add("revisions", list).build();
  }

  private long id() {
    return postId(idParam);
  }

  /**
   * A post's id from its address, or 404.
   *
   * @param param the {@code {id}} of the address
   * @return the id
   */
  static long postId(String param) {
    if (param == null || !param.matches("\\d{1,18}")) {
      throw new ProblemException(404, "blog.error.postNotFound");
    }
    return Long.parseLong(param);
  }

  private BlogRules.Actor actor() {
    return PostJson.actor(rules, caller);
  }

  static EntityTag etag(Post post) {
    return new EntityTag(post.getId() + "-" + post.getVersion());
  }

  /**
   * Runs a service call, turning a missing post or comment into a 404 problem.
   *
   * @param call the call
   * @param <T> what it returns
   * @return its result
   */
  static <T> T found(Supplier<T> call) {
    try {
      return call.get();
    } catch (PostNotFound e) {
      throw new ProblemException(404, "blog.error.postNotFound");
    } catch (CommentService.CommentNotFound e) {
      throw new ProblemException(404, "blog.error.commentNotFound");
    }
  }
}
