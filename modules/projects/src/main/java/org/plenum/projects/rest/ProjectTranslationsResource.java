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
import org.plenum.api.CurrentReader;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectQueries;
import org.plenum.projects.ProjectTranslation;
import org.plenum.projects.ProjectTranslations;

/**
 * A project's texts in the site's other languages over HTTP: read by anyone who sees the project,
 * written and removed by its leads and those who may approve it.
 */
@Path("v1/projects/{project}/translations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class ProjectTranslationsResource {

  @Inject ProjectQueries projects;

  @Inject ProjectTranslations translations;

  @Inject CurrentReader reader;

  /**
   * The project's translations.
   *
   * @param slug the project
   * @return {@code {translations: [...]}}
   */
  @GET
  @Operation(operationId = "listProjectTranslations", summary = "A project's translations")
  @APIResponse(
      responseCode = "200",
      description = "Its translations, by language",
      content = @Content(schema = @Schema(ref = "ProjectTranslationList")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject list(@PathParam("project") String slug) {
    Project p = projects.visible(slug, reader.getCaller());
    JsonArrayBuilder list = JsonBuilders.array();
    for (String lang : translations.languages(p.getId())) {
      translations.translation(p, lang).ifPresent(t -> list.add(json(t)));
    }
    return JsonBuilders.object().add("translations", list).build();
  }

  /**
   * Writes or rewrites the project's texts in a language.
   *
   * @param slug the project
   * @param lang one of the site's languages, other than the project's
   * @param body {@code {title, summary, description?}}
   * @return the translation
   */
  @PUT
  @Path("{lang}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "translateProject", summary = "Translate a project (its leads)")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(ref = "ProjectTranslationChange")))
  @APIResponse(
      responseCode = "200",
      description = "The translation",
      content = @Content(schema = @Schema(ref = "ProjectTranslation")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject translate(
      @PathParam("project") String slug, @PathParam("lang") String lang, JsonValue body) {
    JsonObject o = Bodies.object(body);
    Project p = projects.visible(slug, reader.getCaller());
    return json(
        translations.translate(
            p.getId(),
            lang,
            Bodies.text(o, "title"),
            Bodies.text(o, "summary"),
            Bodies.text(o, "description"),
            reader.getCaller()));
  }

  /**
   * Removes the project's translation into a language.
   *
   * @param slug the project
   * @param lang the language
   * @return 204
   */
  @DELETE
  @Path("{lang}")
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "removeProjectTranslation", summary = "Remove a translation (leads)")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response remove(@PathParam("project") String slug, @PathParam("lang") String lang) {
    Project p = projects.visible(slug, reader.getCaller());
    if (!translations.remove(p.getId(), lang, reader.getCaller())) {
      throw new ProblemException(404, "projects.error.noTranslation", lang);
    }
    return Response.noContent().build();
  }

  private static JsonObject json(ProjectTranslation t) {
    JsonObjectBuilder o =
        JsonBuilders.object()
            .add("language", t.getLanguage())
            .add("title", t.getTitle())
            .add("summary", t.getSummary());
    if (t.getDescriptionSource() != null) {
      o.add("description", t.getDescriptionSource()).add("descriptionHtml", t.getDescriptionHtml());
    }
    return o.add("translatedAt", t.getTranslatedInstant().toString()).build();
  }
}
