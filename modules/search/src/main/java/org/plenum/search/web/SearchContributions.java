package org.plenum.search.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.plenum.core.i18n.MessageCatalog;
import org.plenum.search.SearchModule;
import org.plenum.spi.MenuContribution;
import org.plenum.spi.MenuEntry;

/** The search's menu entry. */
@ApplicationScoped
public class SearchContributions implements MenuContribution {

  @Inject
  MessageCatalog catalog;

  @Override
  public String moduleId() {
    return SearchModule.ID;
  }

  @Override
  public List<MenuEntry> menuEntries(Locale locale) {
    return List.of(new MenuEntry(catalog.get(locale.getLanguage(), "search.title"), "search",
        90));
  }
}
