package org.plenum.projects;

/** What a member is in a project's team. */
public enum TeamRole {
  /** Leads it: accepts members, gives roles, changes the project and its status. */
  LEAD,
  /** Works in it. */
  MEMBER;

  /**
   * @return the role as the API and pages name it, such as {@code lead}
   */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
