package org.plenum.core.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API's root; resources of the core and of modules are found by scanning. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info = @Info(title = "Plenum API", version = "1"),
    components =
        @Components(
            responses = {
              @APIResponse(
                  name = "Invalid",
                  responseCode = "400",
                  description = "Invalid input; the problem lists each invalid field",
                  content =
                      @Content(
                          mediaType = "application/problem+json",
                          schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = "Unauthorized",
                  responseCode = "401",
                  description = "No credentials, or wrong ones",
                  content =
                      @Content(
                          mediaType = "application/problem+json",
                          schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = "Forbidden",
                  responseCode = "403",
                  description = "The caller may not do this",
                  content =
                      @Content(
                          mediaType = "application/problem+json",
                          schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = "NotFound",
                  responseCode = "404",
                  description = "No such thing, or not visible to the caller",
                  content =
                      @Content(
                          mediaType = "application/problem+json",
                          schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = "Conflict",
                  responseCode = "409",
                  description =
                      "Changed by someone else since it was read (version), or the name is taken",
                  content =
                      @Content(
                          mediaType = "application/problem+json",
                          schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = "TooLarge",
                  responseCode = "413",
                  description = "The body is larger than this operation takes",
                  content =
                      @Content(
                          mediaType = "application/problem+json",
                          schema = @Schema(ref = "Problem")))
            }))
@SecurityScheme(
    securitySchemeName = "basic",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "A member's user name and password")
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A personal API token (POST /api/v1/account/tokens), as Authorization: Bearer")
public class PlenumApi extends Application {

  /**
   * Jersey's generated WADL ({@code /api/application.wadl}) is off: the published description of
   * the API is the OpenAPI document, which lists what clients may use and nothing more.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
