package org.plenum.pages.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.plenum.api.CurrentReader;
import org.plenum.api.Texts;
import org.plenum.pages.Page;
import org.plenum.pages.PageService;

/** The editors' list of pages, every language. */
@Named("pageList")
@RequestScoped
public class PageList {

  @Inject PageService pages;

  @Inject CurrentReader current;

  @Inject Texts texts;

  private List<Page> all;

  /**
   * @return every page: the reader's language first, then the others, each by title
   */
  public List<Page> getPages() {
    if (all == null) {
      String lang = current.getLang();
      all =
          pages.list(null).stream()
              .sorted(
                  Comparator.comparing((Page p) -> !p.getLanguage().equals(lang))
                      .thenComparing(Page::getLanguage))
              .toList();
    }
    return all;
  }

  /**
   * A language's name, to mark the pages in another language than the reader's.
   *
   * @param tag a language tag
   * @return its name in itself
   */
  public String languageName(String tag) {
    return texts.nativeName(tag);
  }
}
