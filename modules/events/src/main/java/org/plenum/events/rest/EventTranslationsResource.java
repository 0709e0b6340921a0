package org.plenum.events.rest;

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
import org.plenum.events.Event;
import org.plenum.events.EventQueries;
import org.plenum.events.EventTranslations;
import org.plenum.events.EventsModule;

/**
 * An event's title and description in another language over HTTP: its organisers write and remove
 * them; everyone reads them with the event ({@code ?lang=}). Times, places and answers stay the
 * event's own.
 */
@Path("v1/events/{event}/translations/{lang}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events")
public class EventTranslationsResource {

  @Inject EventQueries events;

  @Inject EventTranslations translations;

  @Inject EventJson eventJson;

  @Inject Permissions authorizer;

  @Inject CurrentReader caller;

  /**
   * Writes an event's title and description in another of the site's languages.
   *
   * @param slug the event
   * @param lang the language
   * @param json {@code {title, description?}}
   * @return the event, read in that language
   */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "translateEvent", summary = "Translate an event (its organisers)")
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "EventTranslationNew")))
  @APIResponse(
      responseCode = "200",
      description = "The event, read in that language",
      content = @Content(schema = @Schema(ref = "Event")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject translate(
      @PathParam("event") String slug, @PathParam("lang") String lang, JsonValue json) {
    JsonObject o = Bodies.object(json);
    Event e = events.require(slug);
    authorizer.require(caller.getCaller(), EventsModule.MANAGE, e.getChapterId());
    translations.translate(
        e.getId(),
        lang,
        Bodies.text(o, "title"),
        Bodies.text(o, "description"),
        caller.getCaller().username());
    return eventJson.full(events.require(slug), lang);
  }

  /**
   * Removes an event's translation.
   *
   * @param slug the event
   * @param lang the language
   * @return 204, or 404 when there was none
   */
  @DELETE
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "deleteEventTranslation", summary = "Remove an event's translation")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response untranslate(@PathParam("event") String slug, @PathParam("lang") String lang) {
    Event e = events.require(slug);
    authorizer.require(caller.getCaller(), EventsModule.MANAGE, e.getChapterId());
    if (!translations.removeTranslation(e.getId(), lang)) {
      throw new ProblemException(404, "events.error.noTranslation");
    }
    return Response.noContent().build();
  }
}
