package org.plenum.projects;

import java.util.Set;

/**
 * What a list of public projects shows: statuses (those under way when empty), a chapter with the
 * chapters below it, a language, a tag, only those that need help.
 *
 * @param statuses the statuses; public ones only are ever shown, those under way when none is
 * @param chapterId a chapter, or {@code null} for every project
 * @param language the language a project is written or translated in, or {@code null}
 * @param tag a tag, or {@code null}
 * @param help true: only those with a need still open
 */
public record ProjectFilter(
    Set<ProjectStatus> statuses, Long chapterId, String language, String tag, boolean help) {

  /** Those under way, everywhere. */
  public static final ProjectFilter UNDER_WAY =
      new ProjectFilter(ProjectQueries.UNDER_WAY, null, null, null, false);

  /**
   * @param statuses other statuses
   * @return the same filter for them
   */
  public ProjectFilter withStatuses(Set<ProjectStatus> statuses) {
    return new ProjectFilter(statuses, chapterId, language, tag, help);
  }
}
