package org.plenum.projects.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.plenum.api.CurrentReader;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectTranslation;
import org.plenum.projects.ProjectTranslations;

/**
 * The shown project's texts as the reader reads them: title, summary and description in the
 * reader's language where a translation gives them, and the other languages it is read in.
 */
@Named("projectTexts")
@RequestScoped
public class ProjectTexts {

  @Inject ProjectView view;

  @Inject ProjectTranslations translations;

  @Inject CurrentReader current;

  private boolean read;
  private ProjectTranslation translation;
  private List<String> languages;

  private ProjectTranslation translation() {
    Project p = view.getProject();
    if (!read && p != null) {
      read = true;
      translation = translations.translation(p, current.getLang()).orElse(null);
    }
    return translation;
  }

  /**
   * @return the title, translated where it is
   */
  public String getTitle() {
    return translation() == null ? view.getProject().getTitle() : translation.getTitle();
  }

  /**
   * @return the summary, translated where it is
   */
  public String getSummary() {
    return translation() == null ? view.getProject().getSummary() : translation.getSummary();
  }

  /**
   * @return the description rendered, translated where it is; or {@code null}
   */
  public String getDescriptionHtml() {
    if (translation() == null || translation.getDescriptionHtml() == null) {
      return view.getProject().getDescriptionHtml();
    }
    return translation.getDescriptionHtml();
  }

  /**
   * @return the language the texts are shown in
   */
  public String getLang() {
    return translation() == null ? view.getProject().getLanguage() : translation.getLanguage();
  }

  /**
   * @return true when the texts are a translation
   */
  public boolean isTranslated() {
    return translation() != null;
  }

  /**
   * @return the other languages the project is read in: its own and its translations'
   */
  public List<String> getLanguages() {
    if (languages == null) {
      languages = new ArrayList<>();
      Project p = view.getProject();
      if (p != null) {
        languages.add(p.getLanguage());
        languages.addAll(translations.languages(p.getId()));
        languages.remove(current.getLang());
      }
    }
    return languages;
  }
}
