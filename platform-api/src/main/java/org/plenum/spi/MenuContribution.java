package org.plenum.spi;

import java.util.List;
import java.util.Locale;

/**
 * A CDI bean of a module that adds entries to the main menu. The core shows them only while the
 * module is enabled.
 */
public interface MenuContribution {

  /**
   * The module that contributes.
   *
   * @return a module id
   */
  String moduleId();

  /**
   * The entries for a reader.
   *
   * @param locale the reader's language
   * @return entries, in any order
   */
  List<MenuEntry> menuEntries(Locale locale);
}
