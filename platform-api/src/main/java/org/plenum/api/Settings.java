package org.plenum.api;

import java.util.Map;

/**
 * The site's settings that administrators change at run time, and a module's own. A module names
 * its settings {@code <module id>.<name>}.
 */
public interface Settings {

  /** The site's name. */
  String NAME = "site.name";

  /** The line under the site's name. */
  String TAGLINE = "site.tagline";

  /** The site's default language. */
  String DEFAULT_LANGUAGE = "site.defaultLanguage";

  /** The site's time zone, for readers who chose none. */
  String TIME_ZONE = "site.timeZone";

  /**
   * A setting.
   *
   * @param name the setting
   * @return its value, or its default ({@code null} for a module's setting never stored)
   */
  String get(String name);

  /**
   * Stores settings in one transaction.
   *
   * @param changes values by setting name
   */
  void update(Map<String, String> changes);
}
