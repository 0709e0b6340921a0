package org.plenum.spi;

/**
 * A CDI bean of a module that adds a tab to every chapter's page: the chapter's events, its posts,
 * its polls. The tab is a Facelets fragment of the module's jar; it reads the chapter shown from
 * {@code #{chapterView.chapter}}. The core shows it only while the module is enabled.
 */
public interface ChapterTab {

  /**
   * The module that contributes.
   *
   * @return a module id
   */
  String moduleId();

  /**
   * A name unique across the site, such as {@code events.upcoming}.
   *
   * @return the tab id
   */
  String tabId();

  /**
   * Message key of the tab's title.
   *
   * @return a key of the module's bundle
   */
  String labelKey();

  /**
   * The Facelets fragment to include.
   *
   * @return a view path under the jar's {@code META-INF/resources}
   */
  String fragment();

  /**
   * The position among the tabs.
   *
   * @return lower first
   */
  default int order() {
    return 100;
  }
}
