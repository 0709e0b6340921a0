package org.plenum.polls.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.polls.Ballot;
import org.plenum.polls.Ballots;
import org.plenum.polls.Poll;
import org.plenum.polls.PollQueries;
import org.plenum.polls.Voting;

/**
 * One's ballot in a poll over HTTP ({@code v1/polls/<poll>/ballot}): cast it, change it until the
 * close, read it (a secret poll's with its receipt).
 */
@Path("v1/polls/{poll}/ballot")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "polls")
public class BallotResource {

  @Inject PollQueries polls;

  @Inject Voting voting;

  @Inject Ballots ballots;

  @Inject PollViews views;

  @Inject CurrentReader caller;

  /**
   * The caller's ballot: in an open poll, their answers; in a secret poll, the answers of the
   * ballot whose receipt they give in the {@code Plenum-Receipt} header.
   *
   * @param slug the poll
   * @param receipt for a secret poll, the receipt
   * @return {@code {voted, secret, answers?}}
   */
  @GET
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "getPollBallot",
      summary = "Read one's ballot (a secret poll's with its receipt)")
  @APIResponse(
      responseCode = "200",
      description = "One's ballot",
      content = @Content(schema = @Schema(ref = "PollBallot")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject myBallot(
      @PathParam("poll") String slug, @HeaderParam("Plenum-Receipt") String receipt) {
    Poll p = views.poll(slug);
    Member me = views.me(true);
    boolean voted = voting.hasVoted(p, me.id());
    JsonObjectBuilder out = JsonBuilders.object().add("voted", voted).add("secret", p.isSecret());
    if (!voted || p.isSecret() && receipt == null) {
      return out.build();
    }
    Ballot b =
        voting
            .ballot(p, me.id(), receipt)
            .orElseThrow(() -> new ProblemException(409, "polls.error.receipt"));
    return out.add("answers", PollJson.answers(b)).build();
  }

  /**
   * Casts or changes the caller's ballot.
   *
   * @param slug the poll
   * @param body {@code {answers: {"<question id>": [<option id>…]}, receipt?}}
   * @return {@code {receipt?}}: a new receipt for a first ballot
   */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "castPollBallot", summary = "Cast or change one's ballot")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "PollBallotCast")))
  @APIResponse(
      responseCode = "200",
      description = "Cast",
      content = @Content(schema = @Schema(ref = "PollBallotReceipt")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject vote(@PathParam("poll") String slug, JsonValue body) {
    JsonObject o = Bodies.object(body);
    long pollId =
        polls.idOf(slug).orElseThrow(() -> new ProblemException(404, "polls.error.notFound"));
    Member me = views.me(true);
    Map<Long, Set<Long>> answers = PollBodies.answers(o);
    String receipt = ballots.cast(pollId, me.id(), answers, Bodies.text(o, "receipt"));
    JsonObjectBuilder out = JsonBuilders.object();
    if (receipt != null) {
      out.add("receipt", receipt);
    }
    return out.build();
  }

  /** The member calling, who must be signed in. */
}
