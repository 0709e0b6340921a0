package org.plenum.search.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.plenum.api.Texts;
import org.plenum.search.SearchModule;
import org.plenum.spi.HeaderTool;
import org.plenum.spi.MenuContribution;
import org.plenum.spi.MenuEntry;

/** The search's menu entry; the header's search box is a nested bean. */
@ApplicationScoped
public class SearchContributions implements MenuContribution {

  @Inject Texts catalog;

  @Override
  public String moduleId() {
    return SearchModule.ID;
  }

  @Override
  public List<MenuEntry> menuEntries(Locale locale) {
    return List.of(new MenuEntry(catalog.text(locale.getLanguage(), "search.title"), "search", 90));
  }

  /** The search box in every page's header. */
  @ApplicationScoped
  public static class Box implements HeaderTool {
    @Override
    public String moduleId() {
      return SearchModule.ID;
    }

    @Override
    public String fragment() {
      return "/search/parts/box.xhtml";
    }
  }
}
