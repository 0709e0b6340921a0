package org.plenum.projects.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.PageGuards;
import org.plenum.api.Texts;
import org.plenum.projects.Plan;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectFilter;
import org.plenum.projects.ProjectQueries;
import org.plenum.projects.ProjectStatus;
import org.plenum.projects.ProjectWriter;

/**
 * All projects, the most recently changed first, twenty a page: those under way by default, or
 * those of one status ({@code ?status=done}); of one chapter and the chapters below it ({@code
 * ?chapter=iops-london}); written or translated in a language ({@code ?lang=fr}); with a tag
 * ({@code ?tag=benevolat}, the tag “bénévolat”); that need help ({@code ?help=true}). Kept in the
 * page cache for visitors.
 */
@Named("projectList")
@RequestScoped
public class ProjectList {

  /** Projects a page. */
  static final int PAGE = 20;

  @Inject ProjectQueries projects;

  @Inject Chapters chapters;

  @Inject CurrentReader current;

  @Inject Plan plan;

  @Inject Texts texts;

  @Inject ProjectTags projectTags;

  private Map<Long, Plan.Progress> progress = Map.of();

  private Set<ProjectStatus> statuses = ProjectQueries.UNDER_WAY;
  private String status;
  private Chapter chapter;
  private int page = 1;
  private List<Project> shown;
  private long total;
  private final Map<Long, Chapter> chapterNames = new HashMap<>();
  private boolean bad;
  private boolean help;
  private String language;
  private String tag;
  private List<String> tags = List.of();

  @PostConstruct
  void prepare() {
    String s = current.query("status");
    if (s != null && !s.isBlank()) {
      ProjectStatus found = null;
      for (ProjectStatus x : ProjectStatus.values()) {
        if (x.isPublic() && x.key().equals(s)) {
          found = x;
        }
      }
      if (found == null) {
        bad = true;
        return;
      }
      statuses = EnumSet.of(found);
      status = found.key();
    }
    String c = current.query("chapter");
    if (c != null && !c.isBlank()) {
      chapter = chapters.bySlug(c).orElse(null);
      if (chapter == null) {
        bad = true;
        return;
      }
    }
    String p = current.query("page");
    if (p != null) {
      if (!p.matches("[1-9]\\d{0,5}")) {
        bad = true;
        return;
      }
      page = Integer.parseInt(p);
    }
    String l = current.query("lang");
    if (l != null && !l.isBlank()) {
      if (!texts.languages().contains(l)) {
        bad = true;
        return;
      }
      language = l;
    }
    String t = current.query("tag");
    if (t != null && !t.isBlank()) {
      tag = projectTags.bySlug(t.strip()).orElse(null);
      if (tag == null) {
        bad = true;
        return;
      }
    }
    Long within = chapter == null ? null : chapter.getId();
    help = "true".equals(current.query("help"));
    ProjectFilter f = new ProjectFilter(statuses, within, language, tag, help);
    shown = projects.list(f, (page - 1) * PAGE, PAGE);
    total = projects.count(f);
    tags = List.copyOf(projects.tagCounts().keySet());
    progress = plan.progress(shown.stream().map(Project::getId).toList());
    chapters.tree().forEach(n -> chapterNames.put(n.chapter().getId(), n.chapter()));
    current.cache(ProjectWriter.TAG, Chapters.TAG);
  }

  /** Answers 404 for a chapter or status that does not exist, or a page out of range. */
  public void load() {
    if (bad || page > 1 && shown.isEmpty()) {
      PageGuards.notFound();
    }
  }

  /**
   * @return the projects of this page
   */
  public List<Project> getProjects() {
    return shown;
  }

  /**
   * @param p a project
   * @return its chapter, or {@code null} for the whole federation
   */
  public Chapter chapterOf(Project p) {
    return p.getChapterId() == null ? null : chapterNames.get(p.getChapterId());
  }

  /**
   * @param p a project of this page
   * @return how far its plan is
   */
  public Plan.Progress progressOf(Project p) {
    return progress.getOrDefault(p.getId(), Plan.Progress.NONE);
  }

  /**
   * @return the chapter shown, or {@code null}
   */
  public Chapter getChapter() {
    return chapter;
  }

  /**
   * @return the status shown, or {@code null} for those under way
   */
  public String getStatus() {
    return status;
  }

  /**
   * @return true when only projects that need help are shown
   */
  public boolean isHelp() {
    return help;
  }

  /**
   * @return the statuses a reader may filter by
   */
  public List<String> getStatuses() {
    return List.of("active", "paused", "done", "dropped");
  }

  /**
   * @return the page number, from 1
   */
  public int getPage() {
    return page;
  }

  /**
   * @return true when a next page exists
   */
  public boolean isMore() {
    return (long) page * PAGE < total;
  }

  /**
   * @return how many projects the list holds
   */
  public long getTotal() {
    return total;
  }

  /**
   * The query of another page of this list.
   *
   * @param n the page
   * @return such as {@code ?status=done&page=2}
   */
  public String pageQuery(int n) {
    StringBuilder q = new StringBuilder("?page=").append(n);
    if (status != null) {
      q.append("&status=").append(status);
    }
    if (chapter != null) {
      q.append("&chapter=").append(chapter.getSlug());
    }
    if (help) {
      q.append("&help=true");
    }
    if (language != null) {
      q.append("&lang=").append(language);
    }
    if (tag != null) {
      q.append("&tag=").append(projectTags.slug(tag));
    }
    return q.toString();
  }

  /**
   * @return the language shown, or {@code null} for all
   */
  public String getLanguage() {
    return language;
  }

  /**
   * @return the tag shown, or {@code null} for all
   */
  public String getTag() {
    return tag;
  }

  /**
   * @return the tags of public projects, the most used first
   */
  public List<String> getTags() {
    return tags;
  }

  /**
   * @return the site's languages
   */
  public List<String> getLanguages() {
    return texts.languages();
  }

  /**
   * @return every chapter, depth first, to filter by
   */
  public List<Chapters.Node> getChapters() {
    return chapters.tree();
  }

  /**
   * @param n a chapter of the tree
   * @return its name, indented by its depth
   */
  public String indented(Chapters.Node n) {
    return "\u00a0\u00a0".repeat(n.depth()) + n.chapter().getName();
  }
}
