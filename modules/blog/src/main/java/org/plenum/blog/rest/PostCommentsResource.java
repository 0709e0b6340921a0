package org.plenum.blog.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashSet;
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
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.api.rest.Responses;
import org.plenum.blog.BlogRules;
import org.plenum.blog.Comment;
import org.plenum.blog.CommentService;
import org.plenum.blog.People;
import org.plenum.blog.PublishedPosts;

/**
 * The comments under a published post over HTTP: anyone reads those shown, members write (held for
 * moderation when the blog says so). {@link CommentsResource} moderates them.
 */
@Path("v1/blog/posts/{id}/comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "blog")
public class PostCommentsResource {

  @Inject PublishedPosts published;

  @Inject People people;

  @Inject CommentService comments;

  @Inject BlogRules rules;

  @Inject CurrentReader caller;

  @Context UriInfo uri;

  @PathParam("id")
  String idParam;

  /**
   * The comments shown under a published post, oldest first.
   *
   * @return {@code {comments: [...]}}
   */
  @GET
  @Operation(operationId = "listPostComments", summary = "List the comments of a published post")
  @APIResponse(
      responseCode = "200",
      description = "The comments shown, oldest first",
      content = @Content(schema = @Schema(ref = "CommentList")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject listComments() {
    long id = id();
    if (published.publishedById(id).isEmpty()) {
      throw new ProblemException(404, "blog.error.postNotFound");
    }
    List<Comment> shown = comments.visible(id);
    Set<Long> writers = new LinkedHashSet<>();
    shown.forEach(c -> writers.add(c.getAccountId()));
    Map<Long, Chapters.Person> writing = people.peopleById(writers);
    JsonArrayBuilder list = JsonBuilders.array();
    shown.forEach(c -> list.add(CommentsResource.json(c, writing.get(c.getAccountId())).build()));
    return JsonBuilders.object().add("comments", list).build();
  }

  /**
   * Writes a comment.
   *
   * @param body {@code {text}}
   * @return 201 with the comment, {@code visible} or {@code pending}
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "createPostComment", summary = "Comment on a published post (members)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "CommentNew")))
  @APIResponse(
      responseCode = "201",
      description = "The comment, visible or pending; Location names it",
      content = @Content(schema = @Schema(ref = "Comment")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response comment(JsonValue body) {
    JsonObject o = Bodies.object(body);
    BlogRules.Actor actor = actor();
    long id = id();
    String text = Bodies.requiredText(o, "text");
    Comment c = PostResource.found(() -> comments.write(actor, id, text));
    return Responses.created(
        uri,
        CommentsResource.json(
                c, people.peopleById(List.of(actor.accountId())).get(actor.accountId()))
            .build(),
        "v1/blog/comments/{c}",
        c.getId());
  }

  private long id() {
    return PostResource.postId(idParam);
  }

  private BlogRules.Actor actor() {
    return PostJson.actor(rules, caller);
  }
}
