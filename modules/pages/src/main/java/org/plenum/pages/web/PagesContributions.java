package org.plenum.pages.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.plenum.api.Reads;
import org.plenum.pages.Page;
import org.plenum.pages.PageService;
import org.plenum.pages.PagesModule;
import org.plenum.spi.AdminPage;
import org.plenum.spi.HomeBlock;
import org.plenum.spi.MenuContribution;
import org.plenum.spi.MenuEntry;
import org.plenum.spi.SitemapContribution;

/** The pages placed in the menu, in the reader's language. */
@ApplicationScoped
public class PagesContributions implements MenuContribution {

  @Inject PageService pages;

  @Inject Reads reads;

  @Override
  public String moduleId() {
    return PagesModule.ID;
  }

  @Override
  public List<MenuEntry> menuEntries(Locale locale) {
    String lang = locale.getLanguage();
    return reads.read(
        "pages.menu:" + lang,
        PagesModule.TAGS,
        () ->
            pages.menu(lang).stream()
                .map((Page p) -> new MenuEntry(p.getTitle(), p.getSlug(), p.getMenuOrder()))
                .toList());
  }

  /** The admin's link to the list of pages. */
  @ApplicationScoped
  public static class ManagePages implements AdminPage {
    @Override
    public String moduleId() {
      return PagesModule.ID;
    }

    @Override
    public String labelKey() {
      return "pages.admin.link";
    }

    @Override
    public String path() {
      return "pages";
    }

    @Override
    public String permission() {
      return PagesModule.EDIT;
    }
  }

  /** The home-page block listing pages. */
  @ApplicationScoped
  public static class PagesBlock implements HomeBlock {
    @Override
    public String moduleId() {
      return PagesModule.ID;
    }

    @Override
    public String blockId() {
      return "pages.recent";
    }

    @Override
    public String fragment() {
      return "/pages/blocks/recent.xhtml";
    }
  }

  /** Every page, in its language, for the sitemap. */
  @ApplicationScoped
  public static class Sitemap implements SitemapContribution {

    @Inject PageService pages;

    @Override
    public String moduleId() {
      return PagesModule.ID;
    }

    @Override
    public List<Entry> sitemap(List<String> languages) {
      return pages.list(null).stream()
          .filter(p -> languages.contains(p.getLanguage()))
          .map(p -> new Entry(p.getLanguage(), p.getSlug(), p.getUpdatedAt()))
          .toList();
    }
  }
}
