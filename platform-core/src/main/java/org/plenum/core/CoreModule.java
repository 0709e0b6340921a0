package org.plenum.core;

import java.util.List;
import org.plenum.spi.Module;
import org.plenum.spi.ModuleDescriptor;
import org.plenum.spi.Permission;
import org.plenum.spi.Roles;
import org.plenum.spi.Route;

/** The core, described as a module like any other: its routes, permissions and entities. */
public class CoreModule implements Module {

  /** Permission to use the administration. */
  public static final String ADMIN = "core.admin";

  @Override
  public ModuleDescriptor descriptor() {
    return ModuleDescriptor.of("core", "0.1.0").build();
  }

  @Override
  public List<String> entityClassNames() {
    return List.of(
        "org.plenum.core.identity.Account",
        "org.plenum.core.modules.ModuleState",
        "org.plenum.core.settings.Setting",
        "org.plenum.core.audit.AuditEvent");
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.open("", "/core/home.xhtml"),
        Route.openForm("login", "/core/login.xhtml"),
        new Route("account/password", "/core/password.xhtml", Route.Access.member(), 100, true),
        Route.guarded("admin", "/core/admin/index.xhtml", ADMIN),
        Route.guarded("admin/modules", "/core/admin/modules.xhtml", ADMIN),
        Route.guarded("admin/settings", "/core/admin/settings.xhtml", ADMIN),
        Route.guarded("admin/audit", "/core/admin/audit.xhtml", ADMIN));
  }

  @Override
  public List<Permission> permissions() {
    return List.of(Permission.of(ADMIN, Roles.ADMINISTRATOR));
  }

  @Override
  public String messageBundle() {
    return "org.plenum.core.messages";
  }
}
