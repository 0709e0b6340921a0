package org.plenum.spi;

import java.util.Objects;

/**
 * An entry of the site's main menu.
 *
 * @param label the text shown, already in the reader's language
 * @param path the path below the language prefix, such as {@code about}
 * @param order lower first
 */
public record MenuEntry(String label, String path, int order) {
  /**
   * Rejects null parts.
   *
   * @param label see the record component
   * @param path see the record component
   * @param order see the record component
   */
  public MenuEntry {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(path, "path");
  }
}
