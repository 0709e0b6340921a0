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
import org.plenum.api.rest.Responses;
import org.plenum.projects.Discussion;
import org.plenum.projects.Message;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectQueries;
import org.plenum.projects.Threads;

/**
 * A project's discussion over HTTP: its messages in reading order (what the moderators hid, and the
 * replies to it, for the moderators only), writing and replying, editing one's own message for a
 * while, and the moderators' hiding, deleting and locking; members report messages.
 */
@Path("v1/projects/{project}/discussion")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class ProjectDiscussionResource {

  @Inject ProjectQueries projects;

  @Inject Discussion discussion;

  @Inject Members members;

  @Inject CurrentReader reader;

  @Context UriInfo uri;

  /**
   * The messages, thread by thread, each followed by its replies.
   *
   * @param slug the project
   * @return {@code {messages: [...]}}
   */
  @GET
  @Operation(operationId = "getProjectDiscussion", summary = "A project's discussion")
  @APIResponse(
      responseCode = "200",
      description = "The messages in reading order",
      content = @Content(schema = @Schema(ref = "ProjectDiscussion")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject list(@PathParam("project") String slug) {
    Project p = projects.visible(slug, reader.getCaller());
    boolean moderator = discussion.moderates(p, reader.getCaller());
    List<Message> all = discussion.of(p.getId());
    Map<Long, Member> people =
        members.byIds(all.stream().map(Message::getAuthorId).distinct().toList());
    Map<Long, Long> reports =
        moderator ? discussion.reports(all.stream().map(Message::getId).toList()) : Map.of();
    Set<Long> locked = new HashSet<>();
    all.stream().filter(Message::isLocked).forEach(m -> locked.add(m.getId()));
    Set<Long> hidden = new HashSet<>();
    JsonArrayBuilder list = JsonBuilders.array();
    for (Map.Entry<Message, Integer> e : Threads.reading(all)) {
      Message m = e.getKey();
      if (!moderator
          && (m.isHidden() || m.getParentId() != null && hidden.contains(m.getParentId()))) {
        hidden.add(m.getId());
        continue;
      }
      JsonObjectBuilder o =
          builder(m, people.get(m.getAuthorId()), locked.contains(m.getThreadId()));
      o.add("depth", e.getValue());
      if (moderator) {
        o.add("reports", reports.getOrDefault(m.getId(), 0L));
      }
      list.add(o);
    }
    return JsonBuilders.object().add("messages", list).build();
  }

  /**
   * Starts a thread, or replies to a message.
   *
   * @param slug the project
   * @param body {@code {body, parent?, quote?}}
   * @return 201 with the message
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "writeProjectMessage",
      summary = "Start a thread or reply (members; at most 5 messages in 10 minutes)")
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectMessageNew")))
  @APIResponse(
      responseCode = "201",
      description = "The message",
      content = @Content(schema = @Schema(ref = "ProjectMessage")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "429", description = "Too many messages in a short time")
  public Response write(@PathParam("project") String slug, JsonValue body) {
    JsonObject o = Bodies.object(body);
    Project p = projects.visible(slug, reader.getCaller());
    Integer parent = Bodies.integer(o, "parent");
    Message m =
        discussion.write(
            p.getId(),
            parent == null ? null : parent.longValue(),
            Bodies.text(o, "body"),
            Bodies.bool(o, "quote", false),
            reader.getCaller());
    return Responses.created(uri, message(m), "v1/projects/{p}/discussion/{m}", slug, m.getId());
  }

  /**
   * Its author changes a message, for 15 minutes after writing it.
   *
   * @param slug the project
   * @param id the message
   * @param body {@code {body}}
   * @return the message
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "editProjectMessage", summary = "Change one's message (15 minutes)")
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectMessageNew")))
  @APIResponse(
      responseCode = "200",
      description = "The message",
      content = @Content(schema = @Schema(ref = "ProjectMessage")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject edit(
      @PathParam("project") String slug, @PathParam("id") long id, JsonValue body) {
    JsonObject o = Bodies.object(body);
    Project p = projects.visible(slug, reader.getCaller());
    return message(discussion.edit(p.getId(), id, Bodies.text(o, "body"), reader.getCaller()));
  }

  /**
   * A moderator deletes a message with its replies.
   *
   * @param slug the project
   * @param id the message
   * @return 204
   */
  @DELETE
  @Path("{id}")
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "deleteProjectMessage", summary = "Delete a message and its replies")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response delete(@PathParam("project") String slug, @PathParam("id") long id) {
    Project p = projects.visible(slug, reader.getCaller());
    discussion.delete(p.getId(), id, reader.getCaller());
    return Response.noContent().build();
  }

  /**
   * A moderator hides a message or shows it, or locks a thread or opens it.
   *
   * @param slug the project
   * @param id the message
   * @param body {@code {hidden?, locked?}}
   * @return the message
   */
  @PUT
  @Path("{id}/moderation")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "moderateProjectMessage",
      summary = "Hide or show a message, lock or open a thread (leads, coordinators)")
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectModeration")))
  @APIResponse(
      responseCode = "200",
      description = "The message",
      content = @Content(schema = @Schema(ref = "ProjectMessage")))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject moderate(
      @PathParam("project") String slug, @PathParam("id") long id, JsonValue body) {
    JsonObject o = Bodies.object(body);
    Project p = projects.visible(slug, reader.getCaller());
    Message m = null;
    if (o.containsKey("hidden")) {
      m = discussion.hide(p.getId(), id, Bodies.bool(o, "hidden", false), reader.getCaller());
    }
    if (o.containsKey("locked")) {
      m = discussion.lock(p.getId(), id, Bodies.bool(o, "locked", false), reader.getCaller());
    }
    if (m == null) {
      throw new org.plenum.api.rest.ProblemException(400, "projects.error.moderation");
    }
    return message(m);
  }

  /**
   * A member reports a message to the moderators.
   *
   * @param slug the project
   * @param id the message
   * @param body {@code {reason?}}
   * @return 204
   */
  @POST
  @Path("{id}/reports")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "reportProjectMessage", summary = "Report a message (members, once)")
  @RequestBody(
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectReportNew")))
  @APIResponse(responseCode = "204", description = "Reported")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response report(
      @PathParam("project") String slug, @PathParam("id") long id, JsonValue body) {
    JsonObject o =
        body == null || body == JsonValue.NULL ? JsonValue.EMPTY_JSON_OBJECT : Bodies.object(body);
    Project p = projects.visible(slug, reader.getCaller());
    discussion.report(p.getId(), id, Bodies.text(o, "reason"), reader.getCaller());
    return Response.noContent().build();
  }

  private JsonObject message(Message m) {
    Message root = discussion.byId(m.getThreadId());
    return builder(m, members.byId(m.getAuthorId()).orElse(null), root != null && root.isLocked())
        .build();
  }

  private static JsonObjectBuilder builder(Message m, Member author, boolean locked) {
    JsonObjectBuilder o = JsonBuilders.object().add("id", m.getId()).add("thread", m.getThreadId());
    if (m.getParentId() != null) {
      o.add("parent", m.getParentId());
    }
    if (author != null) {
      o.add(
          "author",
          JsonBuilders.object().add("member", author.slug()).add("name", author.displayName()));
    }
    o.add("body", m.getBodySource())
        .add("bodyHtml", m.getBodyHtml())
        .add("hidden", m.isHidden())
        .add("locked", locked)
        .add("createdAt", m.getCreatedAt().toInstant(ZoneOffset.UTC).toString());
    if (m.getEditedAt() != null) {
      o.add("editedAt", m.getEditedAt().toInstant(ZoneOffset.UTC).toString());
    }
    return o;
  }
}
