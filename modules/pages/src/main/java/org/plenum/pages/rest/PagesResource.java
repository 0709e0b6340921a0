package org.plenum.pages.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.CurrentReader;
import org.plenum.api.Permissions;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.api.rest.Responses;
import org.plenum.pages.Page;
import org.plenum.pages.PageDraft;
import org.plenum.pages.PageService;
import org.plenum.pages.PagesModule;

/**
 * Pages over HTTP: anyone reads, editors write. A write answers 400 with every invalid field, 409
 * for a taken slug or a stale version, and writes nothing in either case.
 */
@Path("v1/pages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "pages")
public class PagesResource {

  @Inject PageService pages;

  @Inject Permissions authorizer;

  @Inject CurrentReader caller;

  @Context UriInfo uri;

  /**
   * Pages, optionally of one language.
   *
   * @param lang a language tag, or none for all
   * @return summaries
   */
  @GET
  @Operation(operationId = "listPages", summary = "List pages")
  @APIResponse(
      responseCode = "200",
      description = "The pages",
      content =
          @Content(
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = PageBodies.PageSummary.class)))
  public JsonValue list(@QueryParam("lang") String lang) {
    JsonArrayBuilder array = JsonBuilders.array();
    pages.list(lang).forEach(p -> array.add(summary(p)));
    return array.build();
  }

  /**
   * One page.
   *
   * @param lang its language
   * @param slug its slug
   * @return the page with its Markdown and HTML body
   */
  @GET
  @Path("{lang}/{slug}")
  @Operation(operationId = "getPage", summary = "Read a page")
  @APIResponse(
      responseCode = "200",
      description = "The page",
      content = @Content(schema = @Schema(ref = "Page")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject get(@PathParam("lang") String lang, @PathParam("slug") String slug) {
    Page p =
        pages.find(lang, slug).orElseThrow(() -> new ProblemException(404, "pages.error.notFound"));
    return full(p);
  }

  /**
   * Creates a page.
   *
   * @param body {@code {language, title, slug?, body, menuOrder?, translationOf?}}
   * @return 201 with the page
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "createPage", summary = "Create a page (editors)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "PageNew")))
  @APIResponse(
      responseCode = "201",
      description = "The page made; Location names it",
      content = @Content(schema = @Schema(ref = "Page")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response create(JsonValue json) {
    JsonObject body = Bodies.object(json);
    authorizer.require(caller.getCaller(), PagesModule.EDIT);
    Page p = pages.create(draft(body), caller.getCaller().username());
    return Responses.created(uri, full(p), "v1/pages/{l}/{s}", p.getLanguage(), p.getSlug());
  }

  /**
   * Changes a page; the body must carry the {@code version} read.
   *
   * @param id the page id
   * @param body {@code {version, title, slug?, body, menuOrder?}}
   * @return the page
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "updatePage", summary = "Change a page (editors)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "PageChange")))
  @APIResponse(
      responseCode = "200",
      description = "The page changed",
      content = @Content(schema = @Schema(ref = "Page")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response update(@PathParam("id") long id, JsonValue json) {
    JsonObject body = Bodies.object(json);
    authorizer.require(caller.getCaller(), PagesModule.EDIT);
    long version = Bodies.version(body);
    try {
      Page p = pages.update(id, version, draft(body), caller.getCaller().username());
      return Response.ok(full(p)).build();
    } catch (PageService.PageNotFound e) {
      throw new ProblemException(404, "pages.error.notFound");
    }
  }

  /**
   * Deletes a page.
   *
   * @param id the page id
   * @return 204, or 404
   */
  @DELETE
  @Path("{id}")
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "deletePage", summary = "Delete a page (editors)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response delete(@PathParam("id") long id) {
    authorizer.require(caller.getCaller(), PagesModule.EDIT);
    if (!pages.delete(id)) {
      throw new ProblemException(404, "pages.error.notFound");
    }
    return Response.noContent().build();
  }

  private static PageDraft draft(JsonObject body) {
    if (body == null) {
      throw new ProblemException(400, "core.problem.malformed");
    }
    Integer menu = null;
    if (body.containsKey("menuOrder") && !body.isNull("menuOrder")) {
      if (!(body.get("menuOrder") instanceof JsonNumber n) || !n.isIntegral()) {
        throw new ProblemException(400, "pages.error.menuOrder", 999);
      }
      menu = n.intValue();
    }
    Long translationOf = null;
    if (body.get("translationOf") instanceof JsonNumber n) {
      translationOf = n.longValue();
    }
    return new PageDraft(
        Bodies.text(body, "language"),
        Bodies.text(body, "slug"),
        Bodies.text(body, "title"),
        Bodies.text(body, "body"),
        menu,
        translationOf);
  }

  private static JsonObjectBuilder base(Page p) {
    JsonObjectBuilder o =
        JsonBuilders.object()
            .add("id", p.getId())
            .add("language", p.getLanguage())
            .add("slug", p.getSlug())
            .add("title", p.getTitle())
            .add("version", p.getVersion())
            .add("updatedAt", String.valueOf(p.getUpdatedAt()));
    if (p.getMenuOrder() != null) {
      o.add("menuOrder", p.getMenuOrder());
    }
    return o;
  }

  private static JsonObject summary(Page p) {
    return base(p).build();
  }

  private JsonObject full(Page p) {
    JsonArrayBuilder translations = JsonBuilders.array();
    List<Page> others = pages.translations(p);
    others.forEach(
        t ->
            translations.add(
                JsonBuilders.object().add("language", t.getLanguage()).add("slug", t.getSlug())));
    return base(p)
        .add("body", p.getBodyMarkdown())
        .add("html", p.getBodyHtml())
        .add("translations", translations)
        .build();
  }
}
