package org.plenum.core.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API's root; resources of the core and of modules are found by scanning. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Plenum API", version = "1"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
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
