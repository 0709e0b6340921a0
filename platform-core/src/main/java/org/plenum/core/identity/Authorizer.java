package org.plenum.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.plenum.core.modules.InstalledModule;
import org.plenum.core.modules.ModuleRegistry;
import org.plenum.spi.Permission;
import org.plenum.spi.Roles;

/**
 * The one place that decides whether a caller may do something. Every write, from a page or
 * the REST API, asks here. Administrators hold every permission; other roles hold the
 * permissions that enabled modules grant them by default. A caller who must still replace a
 * one-time password holds none.
 */
@ApplicationScoped
public class Authorizer {

  @Inject
  ModuleRegistry registry;

  /**
   * Tells whether a caller holds a permission.
   *
   * @param caller the caller, or {@code null} for an anonymous visitor
   * @param permission a permission name
   * @return true when granted
   */
  public boolean can(Caller caller, String permission) {
    if (caller == null || caller.mustChangePassword()) {
      return false;
    }
    if (caller.roles().contains(Roles.ADMINISTRATOR)) {
      return true;
    }
    for (InstalledModule m : registry.enabled()) {
      for (Permission p : m.module().permissions()) {
        if (p.name().equals(permission)
            && p.defaultRoles().stream().anyMatch(caller.roles()::contains)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Demands a permission.
   *
   * @param caller the caller, or {@code null}
   * @param permission a permission name
   * @throws Denied when not granted
   */
  public void require(Caller caller, String permission) {
    if (!can(caller, permission)) {
      throw new Denied(caller == null, permission);
    }
  }

  /** A refused action. */
  public static class Denied extends RuntimeException {
    private final boolean anonymous;

    /**
     * A denial.
     *
     * @param anonymous true when nobody is logged in (401 rather than 403)
     * @param permission the permission missing
     */
    public Denied(boolean anonymous, String permission) {
      super("permission " + permission + " denied");
      this.anonymous = anonymous;
    }

    /** @return true when nobody is logged in */
    public boolean anonymous() {
      return anonymous;
    }
  }
}
