package org.plenum.core.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.Caller;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.core.audit.AuditLog;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.Accounts;
import org.plenum.core.identity.ApiTokens;
import org.plenum.core.identity.PasswordPolicy;
import org.plenum.core.identity.Passwords;
import org.plenum.core.identity.Sessions;
import org.plenum.core.web.CsrfToken;
import org.plenum.core.web.PlenumAuthentication;

/** The caller's own account. */
@Path("v1/account")
@RequestScoped
@Tag(name = "account")
@SecurityRequirement(name = "basic")
public class AccountResource {

  @Inject CallerContext caller;

  @Inject Accounts accounts;

  @Inject Passwords passwords;

  @Inject AuditLog audit;

  @Inject ApiTokens apiTokens;

  @Inject Sessions sessions;

  @Context HttpServletRequest request;

  /**
   * Who the caller is. A client authenticated by the session cookie also gets the token its writes
   * must carry in {@code X-CSRF-Token}.
   *
   * @return user name, roles and, for a session, the CSRF token
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "getAccount", summary = "The caller's account")
  @APIResponse(
      responseCode = "200",
      description = "The caller",
      content = @Content(schema = @Schema(ref = "Account")))
  public JsonObject account() {
    return me();
  }

  private JsonObject me() {
    Caller c = caller.caller();
    if (c == null) {
      throw new ProblemException(401, "core.problem.authenticate");
    }
    JsonArrayBuilder roles = JsonBuilders.array();
    c.roles().stream().sorted().forEach(roles::add);
    JsonObjectBuilder o =
        JsonBuilders.object()
            .add("username", c.username())
            .add("roles", roles)
            .add("mustChangePassword", c.mustChangePassword());
    accounts
        .byUsername(c.username())
        .ifPresent(
            a -> {
              o.add("member", a.slug()).add("displayName", a.displayName());
              if (a.avatar() != null) {
                o.add("avatar", request.getContextPath() + "/media/avatars/" + a.avatar());
              }
            });
    if (c.viaSession()) {
      o.add("csrfToken", CsrfToken.of(request.getSession()));
    }
    return o.build();
  }

  /**
   * The caller's personal API tokens (never the tokens themselves).
   *
   * @return id, name, first characters, creation and last use of each
   */
  @GET
  @Path("tokens")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "listAccountTokens", summary = "List the caller's API tokens")
  @APIResponse(
      responseCode = "200",
      description = "The live tokens, newest first",
      content =
          @Content(
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = AccountBodies.Token.class)))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public JsonValue tokens() {
    long id = self().id();
    JsonArrayBuilder array = JsonBuilders.array();
    for (ApiTokens.Listed t : apiTokens.list(id)) {
      JsonObjectBuilder o =
          JsonBuilders.object()
              .add("id", t.id())
              .add("name", t.name())
              .add("prefix", t.prefix())
              .add("createdAt", t.createdAt().toString());
      if (t.lastUsedAt() != null) {
        o.add("lastUsedAt", t.lastUsedAt().toString());
      }
      array.add(o);
    }
    return array.build();
  }

  /**
   * Makes a personal API token: {@code {"name": "my laptop"}}. The token is in this answer only. A
   * client that came with a token cannot make more.
   *
   * @param json the name
   * @return 201 with the token
   */
  @POST
  @Path("tokens")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createAccountToken", summary = "Make an API token")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "AccountTokenNew")))
  @APIResponse(
      responseCode = "201",
      description = "The token made, shown this once",
      content = @Content(schema = @Schema(ref = "AccountTokenMade")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public Response createToken(JsonValue json) {
    if (Boolean.TRUE.equals(request.getAttribute(PlenumAuthentication.BY_TOKEN))) {
      throw new ProblemException(403, "core.token.error.byToken");
    }
    Account a = self();
    JsonObject body = Bodies.object(json);
    String name = Bodies.text(body, "name");
    String token;
    try {
      token = apiTokens.create(a.id(), name);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(400, e.getMessage(), ApiTokens.MAX_PER_ACCOUNT);
    }
    return Response.status(201)
        .entity(JsonBuilders.object().add("name", name.strip()).add("token", token).build())
        .build();
  }

  /**
   * Revokes one of the caller's tokens.
   *
   * @param id the token's id
   * @return 204, or 404 when the caller has no such live token
   */
  @DELETE
  @Path("tokens/{id}")
  @Operation(operationId = "revokeAccountToken", summary = "Revoke an API token")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response revokeToken(@PathParam("id") long id) {
    Account a = self();
    if (!apiTokens.revoke(a.id(), id)) {
      throw new ProblemException(404, "core.token.error.notFound");
    }
    return Response.noContent().build();
  }

  /**
   * Where the caller is signed in: each session of the browser log-in (never its key).
   *
   * @return id, device, address, start, last use and whether it is the asking session
   */
  @GET
  @Path("sessions")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "listAccountSessions", summary = "List the caller's open sessions")
  @APIResponse(
      responseCode = "200",
      description = "The open sessions",
      content =
          @Content(
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = AccountBodies.Session.class)))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public JsonValue sessions() {
    refuseTokens();
    long id = self().id();
    JsonArrayBuilder array = JsonBuilders.array();
    for (Sessions.Open o : sessions.of(id, sessionKey())) {
      JsonObjectBuilder b =
          JsonBuilders.object()
              .add("id", o.id())
              .add("createdAt", o.createdAt().toString())
              .add("lastUsedAt", o.lastUsedAt().toString())
              .add("current", o.current());
      if (o.device() != null) {
        b.add("device", o.device());
      }
      if (o.address() != null) {
        b.add("address", o.address());
      }
      array.add(b);
    }
    return array.build();
  }

  /**
   * Ends one of the caller's sessions.
   *
   * @param id the session's id
   * @return 204, or 404 when the caller has no such session
   */
  @DELETE
  @Path("sessions/{id}")
  @Operation(operationId = "endAccountSession", summary = "End one of the caller's sessions")
  @APIResponse(responseCode = "204", description = "Ended")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response endSession(@PathParam("id") long id) {
    refuseTokens();
    Account a = self();
    if (!sessions.end(a.id(), id)) {
      throw new ProblemException(404, "core.sessions.error.notFound");
    }
    return Response.noContent().build();
  }

  /**
   * Ends every session of the caller but the asking one (all of them for a client that sends its
   * credentials with each request).
   *
   * @return 200 with the number ended
   */
  @DELETE
  @Path("sessions")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "endOtherAccountSessions",
      summary = "End every other session of the caller")
  @APIResponse(
      responseCode = "200",
      description = "How many were ended",
      content = @Content(schema = @Schema(ref = "AccountSessionsEnded")))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public JsonObject endOtherSessions() {
    refuseTokens();
    Account a = self();
    int ended = sessions.endOthers(a.id(), sessionKey());
    return JsonBuilders.object().add("ended", ended).build();
  }

  /** A program acting with a personal token does not see nor end the member's sessions. */
  private void refuseTokens() {
    if (Boolean.TRUE.equals(request.getAttribute(PlenumAuthentication.BY_TOKEN))) {
      throw new ProblemException(403, "core.sessions.error.byToken");
    }
  }

  /** The asking session's key, when the caller came with the session cookie. */
  private String sessionKey() {
    Caller c = caller.caller();
    HttpSession session = request.getSession(false);
    return c == null || !c.viaSession() || session == null
        ? null
        : (String) session.getAttribute(Sessions.KEY_ATTRIBUTE);
  }

  private Account self() {
    Caller c = caller.caller();
    if (c == null) {
      throw new ProblemException(401, "core.problem.authenticate");
    }
    if (c.mustChangePassword()) {
      throw new ProblemException(403, "core.problem.changePasswordFirst");
    }
    return accounts
        .byUsername(c.username())
        .orElseThrow(() -> new ProblemException(401, "core.problem.authenticate"));
  }

  /**
   * Replaces the caller's password: {@code {"current": "…", "replacement": "…"}}. Also the way an
   * API client replaces a one-time password. Every other session of the caller ends (all of them
   * when the caller did not come with a session).
   *
   * @param body current and new password
   * @return 204
   */
  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "changeAccountPassword", summary = "Change the caller's password")
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "AccountPasswordChange")))
  @APIResponse(responseCode = "204", description = "Changed")
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public Response changePassword(JsonValue json) {
    JsonObject body = Bodies.object(json);
    Caller c = caller.caller();
    if (c == null) {
      throw new ProblemException(401, "core.problem.denied");
    }
    String current = Bodies.requiredText(body, "current");
    String replacement = Bodies.requiredText(body, "replacement");
    try {
      passwords.changePassword(c.username(), current, replacement, sessionKey());
    } catch (Passwords.PasswordRejected e) {
      throw new ProblemException(
          400, e.key(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
    }
    return Response.noContent().build();
  }
}
