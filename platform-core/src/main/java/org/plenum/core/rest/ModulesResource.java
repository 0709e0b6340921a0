package org.plenum.core.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.core.CoreModule;
import org.plenum.core.audit.AuditLog;
import org.plenum.core.modules.InstalledModule;
import org.plenum.core.modules.ModuleRegistry;
import org.plenum.core.permissions.Authorizer;

/** The installed modules, for administrators: list, read, enable and disable. */
@Path("v1/modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "modules")
@SecurityRequirement(name = "basic")
public class ModulesResource {

  @Inject ModuleRegistry registry;

  @Inject Authorizer authorizer;

  @Inject CallerContext caller;

  @Inject AuditLog audit;

  /**
   * Every installed module.
   *
   * @return modules with id, version, status, requirements and reason
   */
  @GET
  @Operation(operationId = "listModules", summary = "List installed modules with their state")
  @APIResponse(
      responseCode = "200",
      description = "The installed modules",
      content =
          @Content(
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = ModuleBodies.Module.class)))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public JsonValue list() {
    authorizer.require(caller.caller(), CoreModule.ADMIN);
    JsonArrayBuilder array = JsonBuilders.array();
    registry.all().forEach(m -> array.add(json(m)));
    return array.build();
  }

  /**
   * One module.
   *
   * @param id module id
   * @return the module
   */
  @GET
  @Path("{id}")
  @Operation(operationId = "getModule", summary = "Read one module's state")
  @APIResponse(
      responseCode = "200",
      description = "The module",
      content = @Content(schema = @Schema(ref = "Module")))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject get(@PathParam("id") String id) {
    authorizer.require(caller.caller(), CoreModule.ADMIN);
    return json(
        registry
            .find(id)
            .orElseThrow(() -> new ProblemException(404, "core.module.refused.unknown", id)));
  }

  /**
   * Turns a module on or off: {@code {"enabled": false}}.
   *
   * @param id module id
   * @param body the wanted state
   * @return the module after the change
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "updateModule", summary = "Enable or disable a module")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ModuleChange")))
  @APIResponse(
      responseCode = "200",
      description = "The module after the change",
      content = @Content(schema = @Schema(ref = "Module")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject put(@PathParam("id") String id, JsonValue json) {
    JsonObject body = Bodies.object(json);
    authorizer.require(caller.caller(), CoreModule.ADMIN);
    if (body == null
        || !body.containsKey("enabled")
        || !(body.get("enabled") == JsonValue.TRUE || body.get("enabled") == JsonValue.FALSE)) {
      throw new ProblemException(400, "core.problem.enabledField");
    }
    boolean on = body.getBoolean("enabled");
    String who = caller.caller().username();
    registry.setEnabled(id, on, who);
    audit.record(who, on ? "module.enable" : "module.disable", id, "api", caller.address());
    return get(id);
  }

  private static JsonObject json(InstalledModule m) {
    JsonObjectBuilder o =
        JsonBuilders.object()
            .add("id", m.id())
            .add("version", m.version())
            .add("status", m.status().name().toLowerCase(Locale.ROOT))
            .add("source", m.source());
    JsonArrayBuilder requires = JsonBuilders.array();
    m.requires()
        .forEach(
            r ->
                requires.add(
                    JsonBuilders.object()
                        .add("module", r.moduleId())
                        .add("minimumVersion", r.minimumVersion().toString())));
    o.add("requires", requires);
    JsonArrayBuilder routes = JsonBuilders.array();
    if (m.module() != null && m.descriptor() != null) {
      m.module()
          .routes()
          .forEach(
              r ->
                  routes.add(
                      JsonBuilders.object()
                          .add("pattern", r.pattern())
                          .add("open", r.access().isOpen())
                          .add(
                              "permission",
                              r.access().permission() == null ? "" : r.access().permission())));
    }
    o.add("routes", routes);
    if (m.reason() != null) {
      o.add("reason", m.reason().inEnglish());
    }
    return o.build();
  }
}
