package org.plenum.projects.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.plenum.api.TranslationForm;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectAccess;
import org.plenum.projects.ProjectQueries;
import org.plenum.projects.ProjectTranslation;
import org.plenum.projects.ProjectTranslations;

/**
 * Translating a project: its title, summary and description into another of the site's languages,
 * beside the original. Its leads translate it, and those who may approve it.
 */
@Named("projectTranslator")
@RequestScoped
public class ProjectTranslator extends TranslationForm<Project> {

  @Inject ProjectQueries projects;

  @Inject ProjectTranslations translations;

  @Inject ProjectAccess access;

  @Inject HttpServletRequest request;

  private ProjectTranslation existing;

  @Override
  protected Optional<Project> find() {
    return projects
        .bySlug(reader().param("project"))
        .filter(p -> access.canSee(p, reader().getCaller()));
  }

  @Override
  protected String languageOf(Project p) {
    return p.getLanguage();
  }

  @Override
  protected boolean mayTranslate(Project p) {
    return access.canLead(p, reader().getCaller());
  }

  @Override
  protected Optional<Wording> translation(Project p, String lang) {
    existing = translations.translation(p, lang).orElse(null);
    return Optional.ofNullable(existing)
        .map(t -> new Wording(t.getTitle(), t.getDescriptionSource()));
  }

  @Override
  protected void store(Project p, String lang, Wording wording) {
    translations.translate(
        p.getId(),
        lang,
        wording.title(),
        request.getParameter("summary"),
        wording.description(),
        reader().getCaller());
  }

  @Override
  protected void drop(Project p, String lang) {
    translations.remove(p.getId(), lang, reader().getCaller());
  }

  @Override
  protected String path(Project p) {
    return "projects/" + p.getSlug();
  }

  @Override
  protected String refusalKey() {
    return "projects.error.denied";
  }

  /**
   * @return the summary in the translation, as sent or as stored
   */
  public String getSummary() {
    String given = request.getParameter("summary");
    if (given != null) {
      return given;
    }
    return existing == null ? "" : existing.getSummary();
  }

  /**
   * @return the project, or {@code null} when the address names none
   */
  public Project getProject() {
    return original();
  }
}
