package org.plenum.api;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs: lower-case ASCII letters, digits and single hyphens. */
public final class Slugs {

  /** What a slug looks like. */
  public static final Pattern FORM = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

  private Slugs() {}

  /**
   * Makes a slug from a title: accents dropped ("Été" gives "ete"), ligatures spelt out, everything
   * else turned into hyphens.
   *
   * @param title a title in any language
   * @return a slug, possibly empty when the title has no Latin letter or digit
   */
  public static String from(String title) {
    if (title == null) {
      return "";
    }
    String s =
        title
            .replace("œ", "oe")
            .replace("Œ", "OE")
            .replace("æ", "ae")
            .replace("Æ", "AE")
            .replace("ß", "ss");
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    s = NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-");
    s = s.replaceAll("^-+|-+$", "");
    if (s.length() > 120) {
      s = s.substring(0, 120).replaceAll("-+$", "");
    }
    return s;
  }

  /**
   * Tells whether a text is a valid slug.
   *
   * @param slug a candidate
   * @return true when valid
   */
  public static boolean valid(String slug) {
    return slug != null && FORM.matcher(slug).matches() && !slug.contains("--");
  }
}
