package org.plenum.spi;

/** The roles the core knows; modules grant their permissions to these by default. */
public final class Roles {
  /** Runs the site: modules, settings, every permission. */
  public static final String ADMINISTRATOR = "administrator";

  /** Edits the site's content. */
  public static final String EDITOR = "editor";

  /** A signed-in member. */
  public static final String MEMBER = "member";

  private Roles() {}
}
