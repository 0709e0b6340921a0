package org.plenum.core.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.core.CoreModule;
import org.plenum.core.audit.AuditLog;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.ChapterDraft;
import org.plenum.core.chapters.ChapterKind;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.chapters.Memberships;
import org.plenum.core.chapters.governance.Coordinators;
import org.plenum.core.permissions.Authorizer;

/**
 * The federation's chapters: the public tree, one chapter, and for those allowed (an administrator,
 * or a coordinator within their subtree) founding and editing chapters.
 */
@Path("v1/chapters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "chapters")
public class ChaptersResource {

  @Inject ChapterService chapters;

  @Inject Memberships memberships;

  @Inject Authorizer authorizer;

  @Inject CallerContext caller;

  @Inject AuditLog audit;

  @Inject Coordinators coordinators;

  /**
   * The tree, depth first, each chapter with its parent's slug, depth and member count.
   *
   * @return chapters
   */
  @GET
  @Operation(operationId = "listChapters", summary = "The chapter tree")
  @APIResponse(
      responseCode = "200",
      description = "The chapters, depth first",
      content =
          @Content(
              schema = @Schema(type = SchemaType.ARRAY, implementation = ChapterBodies.Node.class)))
  public JsonValue tree() {
    JsonArrayBuilder array = JsonBuilders.array();
    List<ChapterService.Node> nodes = chapters.tree();
    Map<Long, String> slugs = new HashMap<>();
    nodes.forEach(n -> slugs.put(n.chapter().getId(), n.chapter().getSlug()));
    for (ChapterService.Node n : nodes) {
      array.add(json(n.chapter(), slugs::get).add("depth", n.depth()).add("members", n.members()));
    }
    return array.build();
  }

  /**
   * One chapter.
   *
   * @param slug its slug
   * @return the chapter with its description
   */
  @GET
  @Path("{slug}")
  @Operation(operationId = "getChapter", summary = "Read a chapter")
  @APIResponse(
      responseCode = "200",
      description = "The chapter",
      content = @Content(schema = @Schema(ref = "Chapter")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject get(@PathParam("slug") String slug) {
    Chapter c = find(slug);
    return json(c, id -> chapters.byId(id).map(Chapter::getSlug).orElse(null))
        .add("description", c.getDescriptionMarkdown())
        .add("html", c.getDescriptionHtml())
        .add("members", memberships.memberCount(c.getId()))
        .build();
  }

  /**
   * Founds a chapter within another: {@code {parent, kind, name, slug?, city?, region?, country?,
   * foundedOn?, description?}}.
   *
   * @param json the chapter
   * @return 201 with the chapter
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "createChapter",
      summary = "Found a chapter (administrators; coordinators within their chapter)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ChapterNew")))
  @APIResponse(
      responseCode = "201",
      description = "The chapter founded",
      content = @Content(schema = @Schema(ref = "Chapter")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response create(JsonValue json) {
    JsonObject body = Bodies.object(json);
    Chapter parent = find(Bodies.text(body, "parent"));
    authorizer.require(caller.caller(), CoreModule.CHAPTER_CREATE, parent.getId());
    Chapter c = chapters.create(draft(body), parent.getId());
    return Response.status(201).entity(get(c.getSlug())).build();
  }

  /**
   * Changes a chapter; the body carries the {@code version} read and the fields to change (a field
   * left out keeps its value; {@code null} clears it).
   *
   * @param slug the chapter
   * @param json the chapter's new description
   * @return the chapter
   */
  @PUT
  @Path("{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "updateChapter",
      summary = "Change a chapter (administrators; coordinators within their chapter)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ChapterChange")))
  @APIResponse(
      responseCode = "200",
      description = "The chapter changed",
      content = @Content(schema = @Schema(ref = "Chapter")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response update(@PathParam("slug") String slug, JsonValue json) {
    JsonObject body = Bodies.object(json);
    Chapter c = find(slug);
    authorizer.require(caller.caller(), CoreModule.CHAPTER_EDIT, c.getId());
    if (!(body.get("version") instanceof JsonNumber version)) {
      throw new ProblemException(400, "core.problem.missingField", "version");
    }
    Chapter saved = chapters.update(c.getId(), version.longValue(), merged(c, body));
    return Response.ok(get(saved.getSlug())).build();
  }

  /**
   * Moves a chapter, with everything below it, under another: {@code {"parent": "slug"}}.
   *
   * @param slug the chapter
   * @param json the new parent
   * @return the chapter
   */
  @PUT
  @Path("{slug}/parent")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "moveChapter", summary = "Move a chapter in the tree (administrators)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ChapterMove")))
  @APIResponse(
      responseCode = "200",
      description = "The chapter moved",
      content = @Content(schema = @Schema(ref = "Chapter")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response move(@PathParam("slug") String slug, JsonValue json) {
    JsonObject body = Bodies.object(json);
    authorizer.require(caller.caller(), CoreModule.CHAPTER_MOVE);
    Chapter c = find(slug);
    Chapter parent = find(Bodies.text(body, "parent"));
    chapters.move(c.getId(), parent.getId());
    return Response.ok(get(c.getSlug())).build();
  }

  /**
   * A chapter's coordinators.
   *
   * @param slug the chapter
   * @return name and profile address of each
   */
  @GET
  @Path("{slug}/coordinators")
  @Operation(operationId = "listChapterCoordinators", summary = "A chapter's coordinators")
  @APIResponse(
      responseCode = "200",
      description = "The coordinators, by name",
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = ChapterBodies.Coordinator.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonValue coordinators(@PathParam("slug") String slug) {
    JsonArrayBuilder array = JsonBuilders.array();
    memberships
        .coordinators(find(slug).getId())
        .forEach(
            p -> array.add(JsonBuilders.object().add("name", p.name()).add("member", p.slug())));
    return array.build();
  }

  /**
   * Appoints a coordinator: a member of the chapter or of a chapter below it, named by their
   * profile address.
   *
   * @param slug the chapter
   * @param member the member's profile address
   * @return 201 when appointed, 200 when they already were, with the coordinators
   */
  @PUT
  @Path("{slug}/coordinators/{member}")
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "appointChapterCoordinator",
      summary = "Appoint a coordinator (administrators; coordinators within their" + " chapter)")
  @APIResponse(
      responseCode = "200",
      description = "They already were; the coordinators",
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = ChapterBodies.Coordinator.class)))
  @APIResponse(
      responseCode = "201",
      description = "Appointed; the coordinators",
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = ChapterBodies.Coordinator.class)))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response appoint(@PathParam("slug") String slug, @PathParam("member") String member) {
    Chapter c = find(slug);
    boolean added = coordinators.appoint(caller.caller(), caller.address(), c, member);
    return Response.status(added ? 201 : 200).entity(coordinators(slug)).build();
  }

  /**
   * Removes a coordinator.
   *
   * @param slug the chapter
   * @param member the member's profile address
   * @return 204, or 404 when they did not coordinate the chapter
   */
  @DELETE
  @Path("{slug}/coordinators/{member}")
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "removeChapterCoordinator",
      summary = "Remove a coordinator (administrators; coordinators within their" + " chapter)")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response removeCoordinator(
      @PathParam("slug") String slug, @PathParam("member") String member) {
    Chapter c = find(slug);
    if (!coordinators.remove(caller.caller(), caller.address(), c, member)) {
      throw new ProblemException(404, "core.coordinators.error.notCoordinator");
    }
    return Response.noContent().build();
  }

  private Chapter find(String slug) {
    return chapters
        .bySlug(slug == null ? "" : slug)
        .orElseThrow(() -> new ProblemException(404, "core.chapter.error.notFound"));
  }

  private static ChapterDraft draft(JsonObject body) {
    ChapterKind kind = null;
    String k = Bodies.text(body, "kind");
    if (k != null) {
      try {
        kind = ChapterKind.valueOf(k.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ProblemException(400, "core.chapter.error.kind");
      }
    }
    LocalDate founded = null;
    String date = Bodies.text(body, "foundedOn");
    if (date != null && !date.isBlank()) {
      try {
        founded = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw new ProblemException(400, "core.chapter.error.date");
      }
    }
    return new ChapterDraft(
        kind,
        Bodies.text(body, "name"),
        Bodies.text(body, "slug"),
        Bodies.text(body, "city"),
        Bodies.text(body, "region"),
        Bodies.text(body, "country"),
        founded,
        Bodies.text(body, "description"));
  }

  /** The chapter as it is, changed by the fields the body gives; absent fields stay. */
  private static ChapterDraft merged(Chapter c, JsonObject body) {
    ChapterDraft d = draft(body);
    return new ChapterDraft(
        body.containsKey("kind") ? d.kind() : c.getKind(),
        body.containsKey("name") ? d.name() : c.getName(),
        body.containsKey("slug") ? d.slug() : c.getSlug(),
        body.containsKey("city") ? d.city() : c.getCity(),
        body.containsKey("region") ? d.region() : c.getRegion(),
        body.containsKey("country") ? d.country() : c.getCountry(),
        body.containsKey("foundedOn") ? d.foundedOn() : c.getFoundedOn(),
        body.containsKey("description") ? d.description() : c.getDescriptionMarkdown());
  }

  private static JsonObjectBuilder json(Chapter c, Function<Long, String> slugOf) {
    JsonObjectBuilder o =
        JsonBuilders.object()
            .add("id", c.getId())
            .add("slug", c.getSlug())
            .add("name", c.getName())
            .add("kind", c.getKind().name().toLowerCase(Locale.ROOT))
            .add("version", c.getVersion());
    if (c.getParentId() != null && slugOf.apply(c.getParentId()) != null) {
      o.add("parent", slugOf.apply(c.getParentId()));
    }
    addIfPresent(o, "city", c.getCity());
    addIfPresent(o, "region", c.getRegion());
    addIfPresent(o, "country", c.getCountry());
    if (c.getFoundedOn() != null) {
      o.add("foundedOn", c.getFoundedOn().toString());
    }
    return o;
  }

  private static void addIfPresent(JsonObjectBuilder o, String name, String value) {
    if (value != null) {
      o.add(name, value);
    }
  }
}
