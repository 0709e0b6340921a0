package org.plenum.polls.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.plenum.core.i18n.MessageCatalog;
import org.plenum.polls.PollsModule;
import org.plenum.spi.ChapterTab;
import org.plenum.spi.HomeBlock;
import org.plenum.spi.MenuContribution;
import org.plenum.spi.MenuEntry;

/** The polls' menu entry; the home-page block and the chapter tab are nested beans. */
@ApplicationScoped
public class PollsContributions implements MenuContribution {

  @Inject
  MessageCatalog catalog;

  @Override
  public String moduleId() {
    return PollsModule.ID;
  }

  @Override
  public List<MenuEntry> menuEntries(Locale locale) {
    return List.of(new MenuEntry(catalog.get(locale.getLanguage(), "polls.title"), "polls", 7));
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
}
