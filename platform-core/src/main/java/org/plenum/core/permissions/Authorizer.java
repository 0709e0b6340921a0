package org.plenum.core.permissions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.plenum.api.Caller;
import org.plenum.api.Denied;
import org.plenum.api.Permissions;
import org.plenum.core.chapters.ChapterTree;
import org.plenum.core.identity.Grants;
import org.plenum.core.identity.PermissionMatrix;
import org.plenum.spi.Roles;

/**
 * The one place that decides whether a caller may do something. Every write, from a page or the
 * REST API, asks here. A role is held site-wide or within a chapter's subtree: the coordinator of
 * London may act on London and the chapters below it, not on Vienna. Administrators (site-wide)
 * hold every permission; other roles hold the permissions that the enabled modules grant them by
 * default. A caller who must still replace a one-time password holds none.
 */
@ApplicationScoped
public class Authorizer implements Permissions {

  @Inject Grants grants;

  @Inject ChapterTree tree;

  @Inject PermissionMatrix matrix;

  /**
   * Tells whether a caller holds a permission.
   *
   * @param caller the caller, or {@code null} for an anonymous visitor
   * @param permission a permission name
   * @return true when granted
   */
  public boolean can(Caller caller, String permission) {
    return can(caller, permission, null);
  }

  /**
   * Tells whether a caller holds a permission on something that belongs to a chapter.
   *
   * @param caller the caller, or {@code null} for an anonymous visitor
   * @param permission a permission name
   * @param chapterId the chapter the thing belongs to, or {@code null} for site-wide things
   * @return true when a site-wide role, or a role granted in that chapter or one above it, holds
   *     the permission
   */
  public boolean can(Caller caller, String permission, Long chapterId) {
    if (caller == null || caller.mustChangePassword()) {
      return false;
    }
    Set<String> holders = holders(permission);
    for (Grants.Held held : grants.of(caller.username())) {
      boolean applies =
          held.chapterId() == null || chapterId != null && tree.within(chapterId, held.chapterId());
      if (applies
          && (Roles.ADMINISTRATOR.equals(held.role()) && held.chapterId() == null
              || holders.contains(held.role()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The roles that hold a permission: the enabled modules' declarations as the administrators'
   * permission matrix changed them.
   *
   * @param permission a permission name
   * @return role names
   */
  public Set<String> holders(String permission) {
    return matrix.holders(permission);
  }

  /**
   * Demands a permission.
   *
   * @param caller the caller, or {@code null}
   * @param permission a permission name
   * @throws org.plenum.api.Denied when not granted
   */
  public void require(Caller caller, String permission) {
    require(caller, permission, null);
  }

  /**
   * Demands a permission on something that belongs to a chapter.
   *
   * @param caller the caller, or {@code null}
   * @param permission a permission name
   * @param chapterId the chapter, or {@code null}
   * @throws org.plenum.api.Denied when not granted
   */
  public void require(Caller caller, String permission, Long chapterId) {
    if (!can(caller, permission, chapterId)) {
      throw new Denied(caller == null, permission);
    }
  }
}
