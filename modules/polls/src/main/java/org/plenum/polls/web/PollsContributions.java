package org.plenum.polls.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plenum.api.Texts;
import org.plenum.polls.Poll;
import org.plenum.polls.PollQueries;
import org.plenum.polls.PollsModule;
import org.plenum.spi.ChapterTab;
import org.plenum.spi.HomeBlock;
import org.plenum.spi.MenuContribution;
import org.plenum.spi.MenuEntry;
import org.plenum.spi.SitemapContribution;

/**
 * The polls' menu entry; the home-page block, the chapter tab and the sitemap's addresses are
 * nested beans.
 */
@ApplicationScoped
public class PollsContributions implements MenuContribution {

  @Inject Texts catalog;

  @Override
  public String moduleId() {
    return PollsModule.ID;
  }

  @Override
  public List<MenuEntry> menuEntries(Locale locale) {
    return List.of(new MenuEntry(catalog.text(locale.getLanguage(), "polls.title"), "polls", 7));
  }

  /** The home-page block with the current poll. */
  @ApplicationScoped
  public static class CurrentPoll implements HomeBlock {
    @Override
    public String moduleId() {
      return PollsModule.ID;
    }

    @Override
    public String blockId() {
      return "polls.current";
    }

    @Override
    public String fragment() {
      return "/polls/blocks/current.xhtml";
    }

    @Override
    public int defaultOrder() {
      return 15;
    }
  }

  /** A chapter's polls, as a tab of its page. */
  @ApplicationScoped
  public static class PollsTab implements ChapterTab {
    @Override
    public String moduleId() {
      return PollsModule.ID;
    }

    @Override
    public String tabId() {
      return "polls";
    }

    @Override
    public String labelKey() {
      return "polls.chapter.tab";
    }

    @Override
    public String fragment() {
      return "/polls/tabs/chapter.xhtml";
    }

    @Override
    public int order() {
      return 30;
    }
  }

  /**
   * The polls a visitor reads, for the sitemap: the list in every language, every poll in its
   * language (polls are open to all), and the published digest of each closed one.
   */
  @ApplicationScoped
  public static class Sitemap implements SitemapContribution {

    @Inject PollQueries polls;

    @Override
    public String moduleId() {
      return PollsModule.ID;
    }

    @Override
    public List<Entry> sitemap(List<String> languages) {
      List<Entry> list = new ArrayList<>();
      for (String lang : languages) {
        list.add(new Entry(lang, "polls", null));
      }
      for (Poll p : polls.list(PollQueries.Show.ALL, null, 50_000)) {
        String lang = languages.contains(p.getLanguage()) ? p.getLanguage() : languages.get(0);
        Instant closed = p.getClosedAt() == null ? null : p.getClosedAt().toInstant(ZoneOffset.UTC);
        list.add(new Entry(lang, "polls/" + p.getSlug(), closed));
        if (p.isClosed()) {
          list.add(new Entry(lang, "polls/" + p.getSlug() + "/digest", closed));
        }
      }
      return list;
    }
  }
}
