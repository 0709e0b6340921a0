package org.plenum.examples.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.plenum.api.CurrentReader;
import org.plenum.api.Texts;
import org.plenum.spi.ChapterTab;
import org.plenum.spi.HomeBlock;
import org.plenum.spi.MenuContribution;
import org.plenum.spi.MenuEntry;

/** The board's notices in the reader's language, and its menu entry. */
@Named("noticeBoard")
@RequestScoped
public class NoticeBoard {

  @PersistenceContext EntityManager em;

  @Inject CurrentReader current;

  /**
   * @return the notices, newest first
   */
  @Transactional
  public List<Notice> getNotices() {
    return em.createQuery(
            "select n from Notice n where n.language = :l order by n.postedAt desc", Notice.class)
        .setParameter("l", current.getLang())
        .setMaxResults(50)
        .getResultList();
  }

  /** The entry "Notices" in the main menu. */
  @ApplicationScoped
  public static class Menu implements MenuContribution {
    @Inject Texts texts;

    @Override
    public String moduleId() {
      return NoticesModule.ID;
    }

    @Override
    public List<MenuEntry> menuEntries(Locale locale) {
      return List.of(
          new MenuEntry(texts.text(locale.getLanguage(), "notices.menu"), "notices", 80));
    }
  }

  /** The home-page block with the latest notices. */
  @ApplicationScoped
  public static class Latest implements HomeBlock {
    @Override
    public String moduleId() {
      return NoticesModule.ID;
    }

    @Override
    public String blockId() {
      return "notices.latest";
    }

    @Override
    public String fragment() {
      return "/notices/block.xhtml";
    }
  }

  /** A tab on every chapter's page with the board's latest notices. */
  @ApplicationScoped
  public static class Tab implements ChapterTab {
    @Override
    public String moduleId() {
      return NoticesModule.ID;
    }

    @Override
    public String tabId() {
      return "notices.board";
    }

    @Override
    public String labelKey() {
      return "notices.title";
    }

    @Override
    public String fragment() {
      return "/notices/tab.xhtml";
    }
  }
}
