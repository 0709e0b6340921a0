package org.plenum.core.chapters.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.i18n.MessageCatalog;
import org.plenum.core.modules.ModuleRegistry;
import org.plenum.spi.HomeBlock;
import org.plenum.spi.MenuContribution;
import org.plenum.spi.MenuEntry;
import org.plenum.spi.SitemapContribution;

/** The core's own entry in the main menu: the chapter directory. */
@ApplicationScoped
public class CoreContributions implements MenuContribution {

  @Inject MessageCatalog catalog;

  @Override
  public String moduleId() {
    return ModuleRegistry.CORE;
  }

  @Override
  public List<MenuEntry> menuEntries(Locale locale) {
    return List.of(
        new MenuEntry(catalog.get(locale.getLanguage(), "core.chapters.menu"), "chapters", 70));
  }

  /** The home-page block "New chapters", as the organisation's first site had it. */
  @ApplicationScoped
  public static class NewChapters implements HomeBlock {
    @Override
    public String moduleId() {
      return ModuleRegistry.CORE;
    }

    @Override
    public String blockId() {
      return "core.newChapters";
    }

    @Override
    public String fragment() {
      return "/core/chapters/block.xhtml";
    }

    @Override
    public int defaultOrder() {
      return 50;
    }
  }

  /** The home page and the chapters, in every language, for the sitemap. */
  @ApplicationScoped
  public static class Sitemap implements SitemapContribution {

    @Inject ChapterService chapters;

    @Override
    public String moduleId() {
      return "core";
    }

    @Override
    public List<Entry> sitemap(List<String> languages) {
      List<Entry> list = new ArrayList<>();
      List<ChapterService.Node> tree = chapters.tree();
      for (String lang : languages) {
        list.add(new Entry(lang, "", null));
        list.add(new Entry(lang, "chapters", null));
        tree.forEach(n -> list.add(new Entry(lang, "chapters/" + n.chapter().getSlug(), null)));
      }
      return list;
    }
  }
}
