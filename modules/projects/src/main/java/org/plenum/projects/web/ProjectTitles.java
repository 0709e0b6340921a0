package org.plenum.projects.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.plenum.api.CurrentReader;
import org.plenum.api.TranslatedTitles;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectTranslations;

/**
 * Projects' titles and summaries in the reader's language where translated, for lists; read once a
 * page.
 */
@Named("projectTitles")
@RequestScoped
public class ProjectTitles extends TranslatedTitles<Project> {

  @Inject ProjectTranslations translations;

  @Inject CurrentReader current;

  private Map<Long, String> summaries;

  @Override
  protected CurrentReader reader() {
    return current;
  }

  @Override
  protected Map<Long, String> titlesIn(String lang) {
    return translations.titlesIn(lang);
  }

  @Override
  protected long id(Project p) {
    return p.getId();
  }

  @Override
  protected String language(Project p) {
    return p.getLanguage();
  }

  @Override
  protected String ownTitle(Project p) {
    return p.getTitle();
  }

  /**
   * A project's summary for the reader.
   *
   * @param p the project
   * @return its summary in the reader's language where translated, or its own
   */
  public String summary(Project p) {
    if (p.getLanguage().equals(current.getLang())) {
      return p.getSummary();
    }
    if (summaries == null) {
      summaries = translations.summariesIn(current.getLang());
    }
    return summaries.getOrDefault(p.getId(), p.getSummary());
  }
}
