package org.plenum.polls.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.plenum.api.Permissions;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.ProblemException;
import org.plenum.polls.Poll;
import org.plenum.polls.PollTranslations;
import org.plenum.polls.PollsModule;

/**
 * A poll's texts in another language over HTTP: those who may create polls in its chapter write and
 * remove them; everyone reads them with the poll ({@code ?lang=}).
 */
@Path("v1/polls/{poll}/translations/{lang}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "polls")
public class PollTranslationsResource {

  @Inject PollTranslations translations;

  @Inject PollViews views;

  @Inject Permissions authorizer;

  @Inject CurrentReader caller;

  /**
   * Writes a poll's translation: {@code {title, description?, questions: {"<id>": text}, options:
   * {"<id>": text}}}; texts left out are read in the poll's language.
   *
   * @param slug the poll
   * @param lang the language
   * @param body the texts
   * @return the poll in that language
   */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "translatePoll", summary = "Translate a poll's texts")
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "PollTranslationTexts")))
  @APIResponse(
      responseCode = "200",
      description = "The poll in that language",
      content = @Content(schema = @Schema(ref = "Poll")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject translate(
      @PathParam("poll") String slug, @PathParam("lang") String lang, JsonValue body) {
    JsonObject o = Bodies.object(body);
    Poll p = views.poll(slug);
    authorizer.require(caller.getCaller(), PollsModule.CREATE, p.getChapterId());
    translations.translate(
        p.getId(),
        lang,
        Bodies.text(o, "title"),
        Bodies.text(o, "description"),
        PollBodies.texts(o, "questions"),
        PollBodies.texts(o, "options"),
        caller.getCaller().username());
    return views.seen(slug, lang);
  }

  /**
   * Removes a poll's translation.
   *
   * @param slug the poll
   * @param lang the language
   * @return 204, or 404 when there was none
   */
  @DELETE
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "deletePollTranslation", summary = "Remove a poll's translation")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response untranslate(@PathParam("poll") String slug, @PathParam("lang") String lang) {
    Poll p = views.poll(slug);
    authorizer.require(caller.getCaller(), PollsModule.CREATE, p.getChapterId());
    if (!translations.removeTranslation(p.getId(), lang)) {
      throw new ProblemException(404, "polls.error.noTranslation");
    }
    return Response.noContent().build();
  }
}
