package org.plenum.pages.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.plenum.api.CurrentReader;
import org.plenum.api.Reads;
import org.plenum.pages.Page;
import org.plenum.pages.PageService;
import org.plenum.pages.PagesModule;

/** The home-page block: the pages of the reader's language. */
@Named("recentPages")
@RequestScoped
public class RecentPages {

  @Inject PageService pages;

  @Inject Reads reads;

  @Inject CurrentReader current;

  private List<Page> list;

  /**
   * @return up to eight pages, latest changed first
   */
  public List<Page> getPages() {
    if (list == null) {
      String lang = current.getLang();
      list = reads.read("pages.recent:" + lang, PagesModule.TAGS, () -> pages.recent(lang, 8));
    }
    return list;
  }
}
