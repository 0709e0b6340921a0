package org.plenum.spi;

import java.util.List;

/**
 * A CDI bean of a module that contributes a block to the home page, such as "Latest posts". The
 * block is a Facelets fragment of the module's jar, included in the home page of every language
 * while the module is enabled; the site setting {@code home.blocks} orders them.
 */
public interface HomeBlock {

  /**
   * The module that contributes.
   *
   * @return a module id
   */
  String moduleId();

  /**
   * A name unique across the site, such as {@code pages.recent}; used to order blocks.
   *
   * @return the block id
   */
  String blockId();

  /**
   * The Facelets fragment to include, such as {@code /pages/blocks/recent.xhtml}.
   *
   * @return a view path under the jar's {@code META-INF/resources}
   */
  String fragment();

  /**
   * The position when the site setting does not name this block.
   *
   * @return lower first
   */
  default int defaultOrder() {
    return 100;
  }

  /**
   * The feeds of what the block shows, offered in the home page's head so that feed readers and
   * browsers find them (feed autodiscovery). Optional.
   *
   * @param lang the page's language
   * @return the feeds, none by default
   */
  default List<FeedLink> feeds(String lang) {
    return List.of();
  }
}
