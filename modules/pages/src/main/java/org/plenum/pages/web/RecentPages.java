package org.plenum.pages.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.plenum.api.CurrentReader;
import org.plenum.pages.Page;
import org.plenum.pages.PageService;

/** The home-page block: the pages of the reader's language. */
@Named("recentPages")
@RequestScoped
public class RecentPages {

  @Inject PageService pages;

  @Inject CurrentReader current;

  private List<Page> list;

  /**
   * @return up to eight pages, latest changed first
   */
  public List<Page> getPages() {
    if (list == null) {
      list = pages.recent(current.getLang(), 8);
    }
    return list;
  }
}
