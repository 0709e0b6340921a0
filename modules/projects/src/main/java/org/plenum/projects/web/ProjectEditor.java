package org.plenum.projects.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.Denied;
import org.plenum.api.FormMessages;
import org.plenum.api.PageGuards;
import org.plenum.api.Rejected;
import org.plenum.api.Texts;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectAccess;
import org.plenum.projects.ProjectDraft;
import org.plenum.projects.ProjectNotFound;
import org.plenum.projects.ProjectQueries;
import org.plenum.projects.ProjectWriter;

/**
 * Proposing a project, or changing one (its leads; its initiator while it waits or was sent back):
 * title, summary, description in Markdown, language, chapter — one of the federation's, or the
 * whole federation — and the day it starts.
 */
@Named("projectEditor")
@RequestScoped
public class ProjectEditor {

  /** The form's fields, as a refusal names them. */
  private static final Function<String, String> FIELDS =
      FormMessages.fields(
          "project",
          "title",
          "slug",
          "summary",
          "description",
          "language",
          "chapter",
          "startsOn",
          "tags");

  @Inject ProjectQueries projects;

  @Inject ProjectWriter writer;

  @Inject ProjectAccess access;

  @Inject Chapters chapters;

  @Inject CurrentReader current;

  @Inject Texts msg;

  @Inject HttpServletRequest request;

  private Project project;
  private boolean missing;
  private String title;
  private String slug;
  private String summary;
  private String description;
  private String language;
  private String chapter;
  private LocalDate startsOn;
  private List<String> tags = new ArrayList<>();

  @PostConstruct
  void prepare() {
    String s = current.param("project");
    if (s != null) {
      project = projects.bySlug(s).filter(p -> access.canSee(p, current.getCaller())).orElse(null);
      missing = project == null;
    }
    if (project == null) {
      language = current.getLang();
      chapter = current.query("chapter");
    } else {
      title = project.getTitle();
      slug = project.getSlug();
      summary = project.getSummary();
      description = project.getDescriptionSource();
      language = project.getLanguage();
      chapter =
          project.getChapterId() == null
              ? null
              : chapters.byId(project.getChapterId()).map(Chapter::getSlug).orElse(null);
      startsOn = project.getStartsOn();
      tags = new ArrayList<>(project.getTags());
    }
  }

  /** Answers 404 for a project unknown or hidden, 403 to those who may not change it. */
  public void load() {
    if (missing) {
      PageGuards.notFound();
    } else if (project != null && !mayChange()) {
      PageGuards.forbidden();
    }
  }

  private boolean mayChange() {
    if (access.canLead(project, current.getCaller())) {
      return true;
    }
    return !project.isPublic()
        && access
            .member(current.getCaller())
            .map(m -> m.id() == project.getInitiatorId())
            .orElse(false);
  }

  /**
   * Saves the project and shows it, or shows what is wrong.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String save() throws IOException {
    if (missing) {
      // deleted or hidden meanwhile: never a new project from an edit form
      PageGuards.notFound();
      return null;
    }
    ProjectDraft draft =
        new ProjectDraft(
            title,
            slug,
            summary,
            description,
            language,
            chapter,
            startsOn,
            tags == null ? List.of() : tags);
    try {
      Project saved;
      if (project == null) {
        saved = writer.propose(draft, current.getCaller());
      } else {
        String version = request.getParameter("version");
        saved =
            writer.update(
                project.getId(),
                version != null && version.matches("\\d{1,18}") ? Long.parseLong(version) : -1,
                draft,
                current.getCaller());
      }
      PageGuards.redirect(current.link("projects/" + saved.getSlug()));
    } catch (Rejected e) {
      FormMessages.show(e, msg, FIELDS);
    } catch (Denied e) {
      FormMessages.error(null, msg.text("projects.error.denied"));
    } catch (ProjectNotFound e) {
      PageGuards.notFound();
    }
    return null;
  }

  /**
   * @return the chapters a project may belong to, in the tree's order
   */
  public List<Chapter> getChapters() {
    List<Chapter> list = new ArrayList<>();
    chapters.tree().forEach(n -> list.add(n.chapter()));
    return list;
  }

  /**
   * @return the languages offered
   */
  public List<String> getLanguages() {
    return msg.languages();
  }

  /**
   * @return the project changed, or {@code null} for a proposal
   */
  public Project getProject() {
    return project;
  }

  /**
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * @param title the title
   */
  public void setTitle(String title) {
    this.title = title;
  }

  /**
   * @return the address
   */
  public String getSlug() {
    return slug;
  }

  /**
   * @param slug the address
   */
  public void setSlug(String slug) {
    this.slug = slug;
  }

  /**
   * @return the summary
   */
  public String getSummary() {
    return summary;
  }

  /**
   * @param summary the summary
   */
  public void setSummary(String summary) {
    this.summary = summary;
  }

  /**
   * @return the description (Markdown)
   */
  public String getDescription() {
    return description;
  }

  /**
   * @param description the description
   */
  public void setDescription(String description) {
    this.description = description;
  }

  /**
   * @return the language
   */
  public String getLanguage() {
    return language;
  }

  /**
   * @param language the language
   */
  public void setLanguage(String language) {
    this.language = language;
  }

  /**
   * @return the chapter's address, or {@code null} for the whole federation
   */
  public String getChapter() {
    return chapter;
  }

  /**
   * @param chapter the chapter's address, or empty
   */
  public void setChapter(String chapter) {
    this.chapter = chapter == null || chapter.isBlank() ? null : chapter;
  }

  /**
   * @return the day it starts
   */
  public LocalDate getStartsOn() {
    return startsOn;
  }

  /**
   * @param startsOn the day it starts
   */
  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  /**
   * Tags already used that contain what was typed, for the tags' field.
   *
   * @param typed what was typed
   * @return up to ten tags
   */
  public List<String> completeTag(String typed) {
    return projects.tagsContaining(typed, 10);
  }

  /**
   * @return the tags
   */
  public List<String> getTags() {
    return tags;
  }

  /**
   * @param tags the tags
   */
  public void setTags(List<String> tags) {
    this.tags = tags;
  }
}
