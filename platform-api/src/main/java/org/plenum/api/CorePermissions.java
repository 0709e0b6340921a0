package org.plenum.api;

/** The permissions the core declares, for modules that guard their pages with them. */
public final class CorePermissions {

  /** Administering the site: modules, settings, members, permissions, the audit log. */
  public static final String ADMIN = "core.admin";

  /** Editing a chapter's description and places. */
  public static final String CHAPTER_EDIT = "core.chapter.edit";

  /** Creating a chapter below another. */
  public static final String CHAPTER_CREATE = "core.chapter.create";

  /** Moving a chapter in the tree. */
  public static final String CHAPTER_MOVE = "core.chapter.move";

  /** Suspending and restoring members. */
  public static final String MEMBER_STATUS = "core.member.status";

  /** Appointing and removing a chapter's coordinators. */
  public static final String CHAPTER_COORDINATORS = "core.chapter.coordinators";

  /** Founding a new chapter. */
  public static final String CHAPTER_FOUND = "core.chapter.found";

  /** Managing members' accounts. */
  public static final String MEMBERS_MANAGE = "core.members.manage";

  private CorePermissions() {}
}
