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
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.plenum.api.rest.ProblemException;
import org.plenum.api.rest.Responses;
import org.plenum.projects.Need;
import org.plenum.projects.Needs;
import org.plenum.projects.Offer;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectAccess;
import org.plenum.projects.ProjectQueries;

/**
 * What a project needs, over HTTP ("we need"): its leads say what and for how many, members offer
 * to fill it, a lead accepts an offer and its member joins the team. The offers are listed for the
 * leads; other members see their own.
 */
@Path("v1/projects/{project}/needs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class ProjectNeedsResource {

  @Inject ProjectQueries projects;

  @Inject ProjectAccess access;

  @Inject Needs needs;

  @Inject Members members;

  @Inject CurrentReader reader;

  @Context UriInfo uri;

  /**
   * The needs, the open ones first.
   *
   * @param slug the project
   * @return {@code {needs: [...]}}
   */
  @GET
  @Operation(operationId = "listProjectNeeds", summary = "What a project needs people for")
  @APIResponse(
      responseCode = "200",
      description = "The needs, the open ones first",
      content = @Content(schema = @Schema(ref = "ProjectNeedList")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject list(@PathParam("project") String slug) {
    Project p = projects.visible(slug, reader.getCaller());
    boolean lead = access.canLead(p, reader.getCaller());
    Long me = access.member(reader.getCaller()).map(Member::id).orElse(null);
    List<Need> all = needs.of(p.getId());
    List<Offer> offers = needs.offers(all.stream().map(Need::getId).toList());
    Map<Long, Member> people =
        members.byIds(offers.stream().map(Offer::getAccountId).distinct().toList());
    JsonArrayBuilder list = JsonBuilders.array();
    for (Need n : all) {
      JsonArrayBuilder shown = JsonBuilders.array();
      offers.stream()
          .filter(o -> o.getNeedId() == n.getId())
          .filter(o -> lead || me != null && o.getAccountId() == me)
          .forEach(o -> shown.add(offer(o, people.get(o.getAccountId()))));
      list.add(needBuilder(n).add("offers", shown));
    }
    return JsonBuilders.object().add("needs", list).build();
  }

  /**
   * Says what the project needs.
   *
   * @param slug the project
   * @param body {@code {title, details?, places?}}
   * @return 201 with the need
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "addProjectNeed", summary = "Say what the project needs (leads)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectNeedNew")))
  @APIResponse(
      responseCode = "201",
      description = "The need",
      content = @Content(schema = @Schema(ref = "ProjectNeed")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response add(@PathParam("project") String slug, JsonValue body) {
    JsonObject o = Bodies.object(body);
    Project p = projects.visible(slug, reader.getCaller());
    Need n =
        needs.add(
            p.getId(),
            Bodies.text(o, "title"),
            Bodies.text(o, "details"),
            places(o),
            reader.getCaller());
    return Responses.created(uri, need(n), "v1/projects/{p}/needs/{n}", slug, n.getId());
  }

  /**
   * Changes a need, or closes it.
   *
   * @param slug the project
   * @param id the need
   * @param body {@code {title, details?, places?, open?}}
   * @return the need
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "changeProjectNeed", summary = "Change or close a need (leads)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectNeedNew")))
  @APIResponse(
      responseCode = "200",
      description = "The need",
      content = @Content(schema = @Schema(ref = "ProjectNeed")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject change(
      @PathParam("project") String slug, @PathParam("id") long id, JsonValue body) {
    JsonObject o = Bodies.object(body);
    Project p = projects.visible(slug, reader.getCaller());
    return need(
        needs.change(
            p.getId(),
            id,
            Bodies.text(o, "title"),
            Bodies.text(o, "details"),
            places(o),
            Bodies.bool(o, "open", true),
            reader.getCaller()));
  }

  /**
   * Removes a need and its offers.
   *
   * @param slug the project
   * @param id the need
   * @return 204
   */
  @DELETE
  @Path("{id}")
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "removeProjectNeed", summary = "Remove a need (leads)")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response remove(@PathParam("project") String slug, @PathParam("id") long id) {
    Project p = projects.visible(slug, reader.getCaller());
    needs.remove(p.getId(), id, reader.getCaller());
    return Response.noContent().build();
  }

  /**
   * The caller offers to fill a need.
   *
   * @param slug the project
   * @param id the need
   * @param body {@code {message?}}
   * @return the offer
   */
  @POST
  @Path("{id}/offers")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "offerForProjectNeed", summary = "Offer to fill a need (members)")
  @RequestBody(
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectOfferNew")))
  @APIResponse(
      responseCode = "200",
      description = "The offer",
      content = @Content(schema = @Schema(ref = "ProjectOffer")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject offer(
      @PathParam("project") String slug, @PathParam("id") long id, JsonValue body) {
    JsonObject o =
        body == null || body == JsonValue.NULL ? JsonValue.EMPTY_JSON_OBJECT : Bodies.object(body);
    Project p = projects.visible(slug, reader.getCaller());
    Offer made = needs.offer(p.getId(), id, Bodies.text(o, "message"), reader.getCaller());
    return offer(made, members.byId(made.getAccountId()).orElse(null));
  }

  /**
   * A lead accepts an offer: its member joins the team.
   *
   * @param slug the project
   * @param id the need
   * @param who the member's profile slug
   * @return the offer
   */
  @POST
  @Path("{id}/offers/{member}/accept")
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "acceptProjectOffer", summary = "Accept an offer (leads)")
  @APIResponse(
      responseCode = "200",
      description = "The offer, accepted",
      content = @Content(schema = @Schema(ref = "ProjectOffer")))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject accept(
      @PathParam("project") String slug,
      @PathParam("id") long id,
      @PathParam("member") String who) {
    Project p = projects.visible(slug, reader.getCaller());
    Member m = member(who);
    return offer(needs.accept(p.getId(), id, m.id(), reader.getCaller()), m);
  }

  /**
   * Withdraws an offer (its member) or declines it (a lead).
   *
   * @param slug the project
   * @param id the need
   * @param who the member's profile slug
   * @return 204
   */
  @DELETE
  @Path("{id}/offers/{member}")
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "withdrawProjectOffer",
      summary = "Withdraw one's offer, or decline one (leads)")
  @APIResponse(responseCode = "204", description = "Withdrawn")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response withdraw(
      @PathParam("project") String slug,
      @PathParam("id") long id,
      @PathParam("member") String who) {
    Project p = projects.visible(slug, reader.getCaller());
    needs.withdraw(p.getId(), id, member(who).id(), reader.getCaller());
    return Response.noContent().build();
  }

  private static int places(JsonObject o) {
    Integer n = Bodies.integer(o, "places");
    return n == null ? 1 : n;
  }

  private Member member(String slug) {
    return members
        .bySlug(slug.strip())
        .orElseThrow(() -> new ProblemException(404, "projects.error.noMember"));
  }

  private static JsonObject need(Need n) {
    return needBuilder(n).build();
  }

  private static JsonObjectBuilder needBuilder(Need n) {
    JsonObjectBuilder o = JsonBuilders.object().add("id", n.getId()).add("title", n.getTitle());
    if (n.getDetails() != null) {
      o.add("details", n.getDetails());
    }
    return o.add("places", n.getPlaces()).add("filled", n.getFilled()).add("open", n.isOpen());
  }

  private static JsonObject offer(Offer o, Member m) {
    JsonObjectBuilder b = JsonBuilders.object();
    if (m != null) {
      b.add("member", m.slug()).add("name", m.displayName());
    }
    if (o.getMessage() != null) {
      b.add("message", o.getMessage());
    }
    return b.add("state", o.getState().name().toLowerCase(Locale.ROOT)).build();
  }
}
