package org.plenum.core;

import java.util.List;
import org.plenum.api.CorePermissions;
import org.plenum.api.PlenumApi;
import org.plenum.spi.Module;
import org.plenum.spi.ModuleDescriptor;
import org.plenum.spi.Permission;
import org.plenum.spi.Roles;
import org.plenum.spi.Route;

/** The core, described as a module like any other: its routes, permissions and entities. */
public class CoreModule implements Module {

  /** Permission to use the administration. */
  public static final String ADMIN = CorePermissions.ADMIN;

  /** The core's module id. */
  public static final String ID = PlenumApi.CORE;

  /** Permission to edit a chapter (within a subtree for coordinators). */
  public static final String CHAPTER_EDIT = CorePermissions.CHAPTER_EDIT;

  /** Permission to found a sub-chapter (within a subtree for coordinators). */
  public static final String CHAPTER_CREATE = CorePermissions.CHAPTER_CREATE;

  /** Permission to move a chapter, with everything below it, elsewhere in the tree. */
  public static final String CHAPTER_MOVE = CorePermissions.CHAPTER_MOVE;

  /** Permission to make a member a supporter or back (within a subtree for coordinators). */
  public static final String MEMBER_STATUS = CorePermissions.MEMBER_STATUS;

  /** Permission to appoint and remove coordinators (within a subtree for coordinators). */
  public static final String CHAPTER_COORDINATORS = CorePermissions.CHAPTER_COORDINATORS;

  /** Permission to found a local chapter where there is none yet. */
  public static final String CHAPTER_FOUND = CorePermissions.CHAPTER_FOUND;

  /** Permission to manage accounts and their roles. */
  public static final String MEMBERS_MANAGE = CorePermissions.MEMBERS_MANAGE;

  @Override
  public String stylesheet() {
    return "core/css/work.css";
  }

  @Override
  public ModuleDescriptor descriptor() {
    return ModuleDescriptor.of(ID, "0.1.0").api(PlenumApi.VERSION).build();
  }

  @Override
  public List<String> entityClassNames() {
    return List.of(
        "org.plenum.core.identity.Account",
        "org.plenum.core.modules.ModuleState",
        "org.plenum.core.settings.Setting",
        "org.plenum.core.audit.AuditEvent",
        "org.plenum.core.chapters.Chapter",
        "org.plenum.core.chapters.Membership",
        "org.plenum.core.identity.RoleGrant");
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.open("", "/core/home.xhtml"),
        Route.openForm("login", "/core/account/login.xhtml"),
        signedIn("account/password", "/core/account/password.xhtml"),
        signedIn("account/profile", "/core/account/profile.xhtml"),
        Route.guarded("admin", "/core/admin/index.xhtml", ADMIN),
        Route.guarded("admin/modules", "/core/admin/modules.xhtml", ADMIN),
        Route.guarded("admin/settings", "/core/admin/settings.xhtml", ADMIN),
        Route.guarded("admin/audit", "/core/admin/audit.xhtml", ADMIN),
        Route.guarded("admin/members", "/core/admin/members.xhtml", MEMBERS_MANAGE),
        Route.guarded("admin/permissions", "/core/admin/permissions.xhtml", ADMIN),
        Route.openForm("join", "/core/account/join/join.xhtml"),
        Route.open("join/sent", "/core/account/join/sent.xhtml"),
        Route.open("join/verify", "/core/account/join/verify.xhtml"),
        Route.openForm("password/forgot", "/core/account/join/forgot.xhtml"),
        Route.open("password/sent", "/core/account/join/forgot-sent.xhtml"),
        Route.openForm("password/reset", "/core/account/join/reset.xhtml"),
        Route.open("chapters", "/core/chapters/directory.xhtml"),
        Route.open("chapters/{slug}", "/core/chapters/chapter.xhtml"),
        signedIn("chapters/{slug}/edit", "/core/chapters/edit.xhtml"),
        signedIn("chapters/{slug}/new", "/core/chapters/edit.xhtml"),
        signedIn("chapters/{slug}/membership", "/core/chapters/membership.xhtml"),
        signedIn("chapters/{slug}/coordinators", "/core/chapters/coordinators.xhtml"),
        signedIn("chapters/{slug}/members", "/core/chapters/members.xhtml"),
        Route.guarded("chapters/found", "/core/chapters/found.xhtml", CHAPTER_FOUND),
        signedIn("members/{slug}", "/core/members/profile.xhtml"));
  }

  /** A route for logged-in readers whose view checks the permission on the chapter itself. */
  private static Route signedIn(String pattern, String view) {
    return new Route(pattern, view, Route.Access.member(), 100, true);
  }

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.of(ADMIN, Roles.ADMINISTRATOR),
        Permission.of(CHAPTER_EDIT, Roles.COORDINATOR, Roles.ADMINISTRATOR),
        Permission.of(CHAPTER_CREATE, Roles.COORDINATOR, Roles.ADMINISTRATOR),
        Permission.of(CHAPTER_MOVE, Roles.ADMINISTRATOR),
        Permission.of(MEMBER_STATUS, Roles.COORDINATOR, Roles.ADMINISTRATOR),
        Permission.of(CHAPTER_COORDINATORS, Roles.COORDINATOR, Roles.ADMINISTRATOR),
        Permission.of(CHAPTER_FOUND, Roles.MEMBER, Roles.ADMINISTRATOR),
        Permission.of(MEMBERS_MANAGE, Roles.ADMINISTRATOR));
  }

  @Override
  public String messageBundle() {
    return "org.plenum.core.messages";
  }
}
