package org.plenum.api;

import java.util.Set;

/**
 * Who may do what. A permission is a name a module declares ({@link org.plenum.spi.Permission});
 * roles hold permissions, site-wide or in a chapter, and a role held in a chapter holds there and
 * in every chapter below it. An anonymous caller holds nothing, nor does an account that must first
 * replace its one-time password.
 *
 * <p>Check on every write: a form or a link that is not shown is not a permission.
 */
public interface Permissions {

  /**
   * Tells whether a caller holds a permission site-wide.
   *
   * @param caller the caller, or {@code null} for an anonymous visitor
   * @param permission a permission name
   * @return true when granted
   */
  boolean can(Caller caller, String permission);

  /**
   * Tells whether a caller holds a permission on something that belongs to a chapter.
   *
   * @param caller the caller, or {@code null} for an anonymous visitor
   * @param permission a permission name
   * @param chapterId the chapter the thing belongs to, or {@code null} for site-wide things
   * @return true when a site-wide role, or a role held in that chapter or one above it, holds the
   *     permission
   */
  boolean can(Caller caller, String permission, Long chapterId);

  /**
   * Demands a permission site-wide.
   *
   * @param caller the caller, or {@code null}
   * @param permission a permission name
   * @throws Denied when not granted
   */
  void require(Caller caller, String permission);

  /**
   * Demands a permission on something that belongs to a chapter.
   *
   * @param caller the caller, or {@code null}
   * @param permission a permission name
   * @param chapterId the chapter, or {@code null}
   * @throws Denied when not granted
   */
  void require(Caller caller, String permission, Long chapterId);

  /**
   * The roles that hold a permission, as the enabled modules declared it and the administrators
   * changed it.
   *
   * @param permission a permission name
   * @return role names
   */
  Set<String> holders(String permission);
}
