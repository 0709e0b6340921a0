package org.plenum.projects.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plenum.api.Texts;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectFilter;
import org.plenum.projects.ProjectQueries;
import org.plenum.projects.ProjectsModule;
import org.plenum.spi.HomeBlock;
import org.plenum.spi.MenuContribution;
import org.plenum.spi.MenuEntry;
import org.plenum.spi.SitemapContribution;

/** The projects' menu entry; the home-page block and the sitemap are nested. */
@ApplicationScoped
public class ProjectsContributions implements MenuContribution {

  @Inject Texts catalog;

  @Override
  public String moduleId() {
    return ProjectsModule.ID;
  }

  @Override
  public List<MenuEntry> menuEntries(Locale locale) {
    return List.of(
        new MenuEntry(catalog.text(locale.getLanguage(), "projects.title"), "projects", 7));
  }

  /** The home-page block "Latest projects". */
  @ApplicationScoped
  public static class LatestBlock implements HomeBlock {
    @Override
    public String moduleId() {
      return ProjectsModule.ID;
    }

    @Override
    public String blockId() {
      return "projects.latest";
    }

    @Override
    public String fragment() {
      return "/projects/blocks/latest.xhtml";
    }

    @Override
    public int defaultOrder() {
      return 14;
    }
  }

  /** The list, and every approved project in its language, for the sitemap. */
  @ApplicationScoped
  public static class Sitemap implements SitemapContribution {

    @Inject ProjectQueries projects;

    @Override
    public String moduleId() {
      return ProjectsModule.ID;
    }

    @Override
    public List<Entry> sitemap(List<String> languages) {
      List<Entry> list = new ArrayList<>();
      for (String lang : languages) {
        list.add(new Entry(lang, "projects", null));
      }
      ProjectFilter all = ProjectFilter.UNDER_WAY.withStatuses(ProjectQueries.PUBLIC);
      for (Project p : projects.list(all, 0, 50_000)) {
        String lang = languages.contains(p.getLanguage()) ? p.getLanguage() : languages.get(0);
        list.add(
            new Entry(lang, "projects/" + p.getSlug(), p.getUpdatedAt().toInstant(ZoneOffset.UTC)));
      }
      return list;
    }
  }
}
