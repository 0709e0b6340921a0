package org.plenum.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A project as its initiator or a lead wrote it, before it is checked.
 *
 * @param title the title
 * @param slug the address asked for, or {@code null} to make one from the title
 * @param summary what it is and what it needs, in a sentence or two
 * @param description the description (Markdown), or {@code null}
 * @param language the language it is written in
 * @param chapterSlug its chapter's address, or {@code null} for the whole federation
 * @param startsOn the day it starts, or {@code null}
 * @param tags its tags, or {@code null} to keep those it has (none for a new project)
 */
public record ProjectDraft(
    String title,
    String slug,
    String summary,
    String description,
    String language,
    String chapterSlug,
    LocalDate startsOn,
    List<String> tags) {

  /**
   * A draft once checked: trimmed, its address made, its chapter found.
   *
   * @param title the title
   * @param slug the address
   * @param summary the summary
   * @param description the description, or {@code null}
   * @param language the language
   * @param chapterId the chapter, or {@code null}
   * @param startsOn the day it starts, or {@code null}
   * @param tags its tags, or {@code null} to keep those it has
   */
  public record Checked(
      String title,
      String slug,
      String summary,
      String description,
      String language,
      Long chapterId,
      LocalDate startsOn,
      Set<String> tags) {}
}
