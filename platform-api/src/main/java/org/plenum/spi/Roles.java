package org.plenum.spi;

/** The roles the core knows; modules grant their permissions to these by default. */
public final class Roles {
  /** Runs the site: modules, settings, every permission. */
  public static final String ADMINISTRATOR = "administrator";

  /** Edits the site's content. */
  public static final String EDITOR = "editor";

  /** Translates content. */
  public static final String TRANSLATOR = "translator";

  /** Coordinates a chapter: granted within that chapter's subtree. */
  public static final String COORDINATOR = "coordinator";

  /** A signed-in member, who votes. */
  public static final String MEMBER = "member";

  /** A signed-in supporter, who takes part but does not vote. */
  public static final String SUPPORTER = "supporter";

  private Roles() {}
}
