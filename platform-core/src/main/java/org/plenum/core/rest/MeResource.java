package org.plenum.core.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller, at the short address clients expect: {@code /api/v1/me}. */
@Path("v1/me")
@RequestScoped
@Tag(name = "account")
@SecurityRequirement(name = "basic")
public class MeResource {

  @Inject AccountResource account;

  /**
   * Who the caller is; the same as {@code GET /api/v1/account}.
   *
   * @return user name, roles and, for a session, the CSRF token
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "getMe", summary = "The caller")
  @APIResponse(
      responseCode = "200",
      description = "The caller",
      content = @Content(schema = @Schema(ref = "Account")))
  public JsonObject me() {
    return account.account();
  }
}
