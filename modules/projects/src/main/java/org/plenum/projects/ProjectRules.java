package org.plenum.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.plenum.api.Rejected;
import org.plenum.api.Slugs;

/**
 * The rules a project's texts keep, checked whole before anything is written: every problem is
 * named with its field. Knows nothing of the database: what it must look up (the languages the site
 * offers, the chapters) it is given.
 */
public final class ProjectRules {

  /** The longest title. */
  public static final int TITLE_MAX = 200;

  /** The longest summary. */
  public static final int SUMMARY_MAX = 300;

  /** The longest description. */
  public static final int TEXT_MAX = 20_000;

  /** The longest tag. */
  public static final int TAG_MAX = 50;

  /** The most tags a project carries. */
  public static final int TAGS_MAX = 10;

  /** The longest reason given for sending a proposal back or dropping a project. */
  public static final int REASON_MAX = 1_000;

  /** How many times longer than what was written a text may grow once rendered. */
  public static final int RENDERED_GROWTH = 10;

  /** Addresses the module's own pages and API take: no project has them. */
  static final Set<String> RESERVED = Set.of("new", "mine", "waiting");

  private final Predicate<String> languages;
  private final Function<String, Long> chapters;

  /**
   * @param languages tells whether the site offers a language
   * @param chapters a chapter's id by its address, or {@code null} when there is none
   */
  public ProjectRules(Predicate<String> languages, Function<String, Long> chapters) {
    this.languages = languages;
    this.chapters = chapters;
  }

  /**
   * Markdown rendered, refused when it outgrows the room kept for it ({@link #RENDERED_GROWTH}
   * times what may be written) — a text of nothing but links and entities, not one a person writes.
   *
   * @param html the rendered text
   * @param max the most that may be written
   * @param field the field it came from
   * @param key the message that says how long the field may be
   * @return the rendered text
   * @throws Rejected when it does not fit
   */
  public static String rendered(String html, int max, String field, String key) {
    if (html != null && html.length() > max * RENDERED_GROWTH) {
      throw new Rejected(List.of(Rejected.problem(field, key, max)), false);
    }
    return html;
  }

  /**
   * Checks a draft.
   *
   * @param d the draft
   * @return the draft checked
   * @throws Rejected with every problem found
   */
  public ProjectDraft.Checked check(ProjectDraft d) {
    List<Rejected.Problem> problems = new ArrayList<>();
    String title = clean(d.title());
    if (title == null || title.length() > TITLE_MAX) {
      problems.add(Rejected.problem("title", "projects.error.title", TITLE_MAX));
    }
    String summary = clean(d.summary());
    if (summary == null || summary.length() > SUMMARY_MAX) {
      problems.add(Rejected.problem("summary", "projects.error.summary", SUMMARY_MAX));
    }
    String description = clean(d.description());
    if (description != null && description.length() > TEXT_MAX) {
      problems.add(Rejected.problem("description", "projects.error.description", TEXT_MAX));
    }
    String slug = clean(d.slug());
    if (slug == null && title != null) {
      slug = Slugs.from(title);
    }
    if (slug == null || !Slugs.valid(slug) || RESERVED.contains(slug)) {
      problems.add(Rejected.problem("slug", "projects.error.slug"));
    }
    String language = clean(d.language());
    if (language == null || !languages.test(language)) {
      problems.add(Rejected.problem("language", "projects.error.language"));
    }
    Long chapterId = null;
    String chapter = clean(d.chapterSlug());
    if (chapter != null) {
      chapterId = chapters.apply(chapter);
      if (chapterId == null) {
        problems.add(Rejected.problem("chapter", "projects.error.chapter"));
      }
    }
    Set<String> tags = d.tags() == null ? null : tags(d.tags(), problems);
    if (!problems.isEmpty()) {
      throw new Rejected(problems, false);
    }
    return new ProjectDraft.Checked(
        title, slug, summary, description, language, chapterId, d.startsOn(), tags);
  }

  /**
   * Tags as written, spaces made single; blank ones left out.
   *
   * @param given the tags written
   * @param problems where a tag too long, without a letter or digit, or too many are told
   * @return the tags, in alphabetical order
   */
  static Set<String> tags(List<String> given, List<Rejected.Problem> problems) {
    Set<String> tags = new TreeSet<>();
    for (String raw : given) {
      String t = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
      if (t.isEmpty()) {
        continue;
      }
      if (t.length() > TAG_MAX) {
        problems.add(Rejected.problem("tags", "projects.error.tagLong", TAG_MAX));
        return tags;
      }
      if (Slugs.from(t).isEmpty()) {
        problems.add(Rejected.problem("tags", "projects.error.tagEmpty", t));
        return tags;
      }
      tags.add(t);
    }
    if (tags.size() > TAGS_MAX) {
      problems.add(Rejected.problem("tags", "projects.error.tagsMany", TAGS_MAX));
    }
    return tags;
  }

  /**
   * Checks a step from one status to another, and the reason it needs.
   *
   * @param from where the project stands
   * @param to where it is asked to go
   * @param reason the reason given, may be {@code null}
   * @return the reason, trimmed, or {@code null}
   * @throws Rejected for a step that does not exist, a proposal sent back without a reason, or a
   *     reason too long
   */
  public static String step(ProjectStatus from, ProjectStatus to, String reason) {
    if (!from.leadsTo(to)) {
      throw new Rejected(List.of(Rejected.problem("status", "projects.error.step")), true);
    }
    String why = clean(reason);
    if (why != null && why.length() > REASON_MAX) {
      throw new Rejected(
          List.of(Rejected.problem("reason", "projects.error.reasonLength", REASON_MAX)), false);
    }
    if (to == ProjectStatus.RETURNED && why == null) {
      throw new Rejected(List.of(Rejected.problem("reason", "projects.error.reason")), false);
    }
    return why;
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
