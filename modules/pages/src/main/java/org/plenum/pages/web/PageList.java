package org.plenum.pages.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.plenum.pages.Page;
import org.plenum.pages.PageService;

/** The editors' list of pages, every language. */
@Named("pageList")
@RequestScoped
public class PageList {

  @Inject
  PageService pages;

  private List<Page> all;

  /** @return every page, by language and title */
  public List<Page> getPages() {
    if (all == null) {
      all = pages.list(null);
    }
    return all;
  }
}
