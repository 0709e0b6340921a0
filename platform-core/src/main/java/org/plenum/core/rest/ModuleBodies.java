package org.plenum.core.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of the modules API, as the OpenAPI document describes them. */
final class ModuleBodies {

  private ModuleBodies() {}

  @Schema(name = "Module", description = "An installed module and where it stands")
  record Module(
      @Schema(
              required = true,
              description = "The module id, or the file name when its descriptor is unreadable",
              example = "pages")
          String id,
      @Schema(required = true, description = "Empty when unknown", example = "1.4.0")
          String version,
      @Schema(
              required = true,
              enumeration = {"enabled", "disabled", "failed"},
              example = "enabled")
          String status,
      @Schema(
              required = true,
              description = "The jar or class it came from",
              example = "plenum-pages-1.4.0.jar")
          String source,
      @Schema(
              required = true,
              description = "The modules it needs",
              implementation = Requirement.class)
          List<Requirement> requires,
      @Schema(
              required = true,
              description = "Its pages; empty when it could not be read",
              implementation = Route.class)
          List<Route> routes,
      @Schema(
              description = "Why it is off; absent when it runs or an administrator turned it off",
              example = "requires module pages, which cannot start")
          String reason) {}

  @Schema(name = "ModuleRequirement", description = "A module another one needs")
  record Requirement(
      @Schema(required = true, example = "pages") String module,
      @Schema(required = true, example = "1.0.0") String minimumVersion) {}

  @Schema(name = "ModuleRoute", description = "A page a module serves")
  record Route(
      @Schema(
              required = true,
              description = "The path below the language prefix",
              example = "pages/{slug}/edit")
          String pattern,
      @Schema(
              required = true,
              description = "True when anonymous visitors may open it",
              example = "false")
          boolean open,
      @Schema(
              required = true,
              description = "The permission needed; empty when none is",
              example = "pages.page.edit")
          String permission) {}

  @Schema(name = "ModuleChange", description = "A module's wanted state")
  record Change(@Schema(required = true, example = "false") boolean enabled) {}
}
