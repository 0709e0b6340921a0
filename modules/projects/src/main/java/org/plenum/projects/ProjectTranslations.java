package org.plenum.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.plenum.api.Audit;
import org.plenum.api.Caller;
import org.plenum.api.Markdown;
import org.plenum.api.Rejected;
import org.plenum.api.Texts;
import org.plenum.spi.ContentChanged;
import org.plenum.spi.SearchChanged;

/**
 * A project's texts in the site's other languages. Its leads (and those who may approve it)
 * translate it; a reader reads it in their language where a translation exists, and the search
 * finds each translation under its own language.
 */
@ApplicationScoped
public class ProjectTranslations {

  @PersistenceContext EntityManager em;

  @Inject ProjectQueries projects;

  @Inject Texts texts;

  @Inject Markdown markdown;

  @Inject Audit audit;

  @Inject Event<ContentChanged> changed;

  @Inject Event<SearchChanged> searchChanged;

  /**
   * @param p a project
   * @param lang a language
   * @return its translation into it; none into its own language
   */
  @Transactional
  public Optional<ProjectTranslation> translation(Project p, String lang) {
    if (lang == null || lang.equals(p.getLanguage())) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        em.find(ProjectTranslation.class, new ProjectTranslation.Key(p.getId(), lang)));
  }

  /**
   * @param projectId a project
   * @return the languages it is translated into, sorted
   */
  @Transactional
  public List<String> languages(long projectId) {
    return em.createQuery(
            "select t.language from ProjectTranslation t where t.projectId = :p"
                + " order by t.language",
            String.class)
        .setParameter("p", projectId)
        .getResultList();
  }

  /**
   * The titles of projects translated into a language.
   *
   * @param lang the language
   * @return titles by project id
   */
  @Transactional
  public Map<Long, String> titlesIn(String lang) {
    return textsIn(lang, "title");
  }

  /**
   * The summaries of projects translated into a language.
   *
   * @param lang the language
   * @return summaries by project id
   */
  @Transactional
  public Map<Long, String> summariesIn(String lang) {
    return textsIn(lang, "summary");
  }

  private Map<Long, String> textsIn(String lang, String field) {
    Map<Long, String> map = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select t.projectId, t."
                    + field
                    + " from ProjectTranslation t where t.language = :l",
                Object[].class)
            .setParameter("l", lang)
            .getResultList()) {
      map.put((Long) row[0], (String) row[1]);
    }
    return map;
  }

  /**
   * Every translation, for the search's index.
   *
   * @param each told of each, with its project
   */
  @Transactional
  public void all(java.util.function.BiConsumer<Project, ProjectTranslation> each) {
    for (ProjectTranslation t :
        em.createQuery(
                "select t from ProjectTranslation t order by t.projectId", ProjectTranslation.class)
            .getResultList()) {
      projects.byId(t.getProjectId()).ifPresent(p -> each.accept(p, t));
    }
  }

  /**
   * Writes or rewrites a project's texts in another language.
   *
   * @param projectId the project
   * @param lang one of the site's languages, other than the project's
   * @param title the title
   * @param summary the summary
   * @param description the description (Markdown), or blank
   * @param caller a lead, or one who may approve the project
   * @return the translation
   * @throws Rejected when a text is missing or too long, or the language is wrong; nothing is
   *     written
   */
  @Transactional
  public ProjectTranslation translate(
      long projectId,
      String lang,
      String title,
      String summary,
      String description,
      Caller caller) {
    Project p = projects.ledBy(projectId, caller);
    List<Rejected.Problem> problems = new ArrayList<>();
    if (lang == null || !texts.offers(lang) || lang.equals(p.getLanguage())) {
      problems.add(Rejected.problem("language", "projects.error.translationLanguage"));
    }
    String t = title == null ? "" : title.strip();
    if (t.isEmpty() || t.length() > ProjectRules.TITLE_MAX) {
      problems.add(Rejected.problem("title", "projects.error.title", ProjectRules.TITLE_MAX));
    }
    String s = summary == null ? "" : summary.strip();
    if (s.isEmpty() || s.length() > ProjectRules.SUMMARY_MAX) {
      problems.add(Rejected.problem("summary", "projects.error.summary", ProjectRules.SUMMARY_MAX));
    }
    String d = description == null ? "" : description.strip();
    if (d.length() > ProjectRules.TEXT_MAX) {
      problems.add(
          Rejected.problem("description", "projects.error.description", ProjectRules.TEXT_MAX));
    }
    if (!problems.isEmpty()) {
      throw new Rejected(problems, false);
    }
    String html =
        d.isEmpty()
            ? null
            : ProjectRules.rendered(
                markdown.render(d),
                ProjectRules.TEXT_MAX,
                "description",
                "projects.error.description");
    ProjectTranslation tr = translation(p, lang).orElse(null);
    if (tr == null) {
      tr = new ProjectTranslation(p.getId(), lang);
      em.persist(tr);
    }
    tr.write(t, s, d.isEmpty() ? null : d, html, caller.username());
    em.flush();
    audit.recordChange("project.translate", p.getSlug(), lang);
    announce(p, lang);
    return tr;
  }

  /**
   * Removes a project's translation.
   *
   * @param projectId the project
   * @param lang the language
   * @param caller a lead, or one who may approve the project
   * @return true when there was one
   */
  @Transactional
  public boolean remove(long projectId, String lang, Caller caller) {
    Project p = projects.ledBy(projectId, caller);
    Optional<ProjectTranslation> tr = translation(p, lang);
    tr.ifPresent(em::remove);
    if (tr.isPresent()) {
      em.flush();
      audit.recordChange("project.translate.remove", p.getSlug(), lang);
      announce(p, lang);
    }
    return tr.isPresent();
  }

  /**
   * Tells the search that a project's translations changed with it.
   *
   * @param p the project
   * @param also told of each translation's search id
   */
  void each(Project p, Consumer<String> also) {
    languages(p.getId()).forEach(l -> also.accept(ProjectSearch.id(p.getId(), l)));
  }

  private void announce(Project p, String lang) {
    changed.fire(ContentChanged.of(ProjectWriter.TAG));
    searchChanged.fire(new SearchChanged(ProjectSearch.TYPE, ProjectSearch.id(p.getId(), lang)));
  }
}
