package org.plenum.events.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plenum.api.Settings;
import org.plenum.api.Texts;
import org.plenum.events.Event;
import org.plenum.events.EventQueries;
import org.plenum.events.EventsModule;
import org.plenum.spi.ChapterTab;
import org.plenum.spi.FeedLink;
import org.plenum.spi.HomeBlock;
import org.plenum.spi.MenuContribution;
import org.plenum.spi.MenuEntry;
import org.plenum.spi.SitemapContribution;

/** The events' menu entry; the home-page block, the chapter tab and the sitemap are nested. */
@ApplicationScoped
public class EventsContributions implements MenuContribution {

  @Inject Texts catalog;

  @Override
  public String moduleId() {
    return EventsModule.ID;
  }

  @Override
  public List<MenuEntry> menuEntries(Locale locale) {
    return List.of(new MenuEntry(catalog.text(locale.getLanguage(), "events.title"), "events", 6));
  }

  /** The home-page block "Upcoming events". */
  @ApplicationScoped
  public static class UpcomingBlock implements HomeBlock {
    @Override
    public String moduleId() {
      return EventsModule.ID;
    }

    @Override
    public String blockId() {
      return "events.upcoming";
    }

    @Override
    public String fragment() {
      return "/events/blocks/upcoming.xhtml";
    }

    @Override
    public int defaultOrder() {
      return 12;
    }

    @Override
    public List<FeedLink> feeds(String lang) {
      return List.of(
          new FeedLink(
              FeedLink.CALENDAR,
              catalog.formatIn(lang, "events.feed.site", settings.get(Settings.NAME)),
              "/feeds/events/all.ics"));
    }

    @Inject Texts catalog;

    @Inject Settings settings;
  }

  /** A chapter's coming events, with those of the chapters below it, as a tab of its page. */
  @ApplicationScoped
  public static class EventsTab implements ChapterTab {
    @Override
    public String moduleId() {
      return EventsModule.ID;
    }

    @Override
    public String tabId() {
      return "events";
    }

    @Override
    public String labelKey() {
      return "events.chapter.tab";
    }

    @Override
    public String fragment() {
      return "/events/tabs/chapter.xhtml";
    }

    @Override
    public int order() {
      return 25;
    }
  }

  /** The lists, and every event in its language, for the sitemap. */
  @ApplicationScoped
  public static class Sitemap implements SitemapContribution {

    @Inject EventQueries events;

    @Override
    public String moduleId() {
      return EventsModule.ID;
    }

    @Override
    public List<Entry> sitemap(List<String> languages) {
      List<Entry> list = new ArrayList<>();
      for (String lang : languages) {
        list.add(new Entry(lang, "events", null));
        list.add(new Entry(lang, "events/calendar", null));
      }
      for (Event e : events.list(null, 50_000)) {
        String lang = languages.contains(e.getLanguage()) ? e.getLanguage() : languages.get(0);
        list.add(
            new Entry(lang, "events/" + e.getSlug(), e.getUpdatedAt().toInstant(ZoneOffset.UTC)));
      }
      return list;
    }
  }
}
