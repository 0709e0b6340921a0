package org.plenum.pages.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.plenum.api.CurrentReader;
import org.plenum.api.PageGuards;
import org.plenum.api.ReaderDates;
import org.plenum.api.Texts;
import org.plenum.pages.Page;
import org.plenum.pages.PageService;
import org.plenum.pages.PagesModule;

/** A page as visitors read it, with links to its translations. */
@Named("pageView")
@RequestScoped
public class PageView {

  @Inject PageService pages;

  @Inject CurrentReader current;

  @Inject Texts languages;

  @Inject ReaderDates dates;

  private String slug;

  /** Reads the chapter's, page's or member's slug from the route. */
  @PostConstruct
  void readRoute() {
    slug = current.param("slug");
  }

  private Page page;
  private List<Page> translations = List.of();

  /**
   * Loads the page or answers 404.
   *
   * @throws IOException when the error cannot be sent
   */
  public void load() throws IOException {
    page =
        slug == null
            ? null
            : pages
                .find(current.getLang(), slug)
                .or(() -> pages.findInAnyLanguage(slug, languages.defaultLanguage()))
                .orElse(null);
    if (page == null) {
      PageGuards.notFound();
      return;
    }
    translations = pages.translations(page);
    for (Page t : translations) {
      current.alternate(t.getLanguage(), t.getSlug());
    }
    // any change to pages drops every cached page (the menu lists them), so one tag will do
    current.cache("pages");
  }

  /**
   * @return the page
   */
  public Page getPage() {
    return page;
  }

  /**
   * @return the page in other languages
   */
  public List<Page> getTranslations() {
    return translations;
  }

  /**
   * @return true when the reader may edit
   */
  public boolean isEditable() {
    return current.can(PagesModule.EDIT);
  }

  /**
   * @return the last change, formatted for the reader
   */
  public String getUpdated() {
    return page == null ? "" : dates.date(page.getUpdatedAt());
  }

  /**
   * @return the slug from the URL
   */
  public String getSlug() {
    return slug;
  }
}
