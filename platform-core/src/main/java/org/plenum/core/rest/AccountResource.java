package org.plenum.core.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonString;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.core.audit.AuditLog;
import org.plenum.core.identity.Accounts;
import org.plenum.core.identity.Caller;
import org.plenum.core.identity.PasswordPolicy;
import org.plenum.core.web.CsrfToken;

/** The caller's own account. */
@Path("v1/account")
@RequestScoped
@Tag(name = "account")
@SecurityRequirement(name = "basic")
public class AccountResource {

  @Inject
  CallerContext caller;

  @Inject
  Accounts accounts;

  @Inject
  AuditLog audit;

  @Context
  HttpServletRequest request;

  /**
   * Who the caller is. A client authenticated by the session cookie also gets the token its
   * writes must carry in {@code X-CSRF-Token}.
   *
   * @return user name, roles and, for a session, the CSRF token
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The caller's account")
  public JsonObject account() {
    return me();
  }

  private JsonObject me() {
    Caller c = caller.caller();
    if (c == null) {
      throw new ProblemException(401, "core.problem.authenticate");
    }
    JsonArrayBuilder roles = Json.createArrayBuilder();
    c.roles().stream().sorted().forEach(roles::add);
    JsonObjectBuilder o = Json.createObjectBuilder()
        .add("username", c.username())
        .add("roles", roles)
        .add("mustChangePassword", c.mustChangePassword());
    if (c.viaSession()) {
      o.add("csrfToken", CsrfToken.of(request.getSession()));
    }
    return o.build();
  }

  /**
   * Replaces the caller's password: {@code {"current": "…", "replacement": "…"}}. Also the
   * way an API client replaces a one-time password.
   *
   * @param body current and new password
   * @return 204
   */
  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the caller's password")
  public Response changePassword(JsonValue json) {
    JsonObject body = Bodies.object(json);
    Caller c = caller.caller();
    if (c == null) {
      throw new ProblemException(401, "core.problem.denied");
    }
    String current = text(body, "current");
    String replacement = text(body, "replacement");
    try {
      accounts.changePassword(c.username(), current, replacement);
    } catch (Accounts.PasswordRejected e) {
      throw new ProblemException(400, e.key(), PasswordPolicy.MIN_LENGTH,
          PasswordPolicy.MAX_LENGTH);
    }
    audit.record(c.username(), "account.password", c.username(), "api", caller.address());
    return Response.noContent().build();
  }

  private static String text(JsonObject body, String field) {
    if (body == null || !(body.get(field) instanceof JsonString s)) {
      throw new ProblemException(400, "core.problem.missingField", field);
    }
    return s.getString();
  }
}
