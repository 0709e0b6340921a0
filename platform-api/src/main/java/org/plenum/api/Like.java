package org.plenum.api;

import java.util.Locale;

/**
 * Patterns for JPQL {@code like … escape '\'} that find a text as typed, its wildcards included:
 * for searches over lower-cased columns, by the core and by modules alike.
 */
public final class Like {

  private Like() {}

  /**
   * The pattern that finds a text anywhere in a lower-cased column.
   *
   * @param words what was typed
   * @param max at most this many characters of it are used
   * @return {@code %words%}, lower-cased, with {@code \}, {@code %} and {@code _} escaped by {@code
   *     \}
   */
  public static String containing(String words, int max) {
    String w = words.strip();
    if (w.length() > max) {
      w = w.substring(0, max);
    }
    return "%"
        + w.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        + "%";
  }
}
