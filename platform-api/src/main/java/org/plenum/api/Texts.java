package org.plenum.api;

import java.util.List;

/**
 * The site's texts: every module's bundles ({@link org.plenum.spi.ModuleDescriptor#bundles()}) and
 * the locale packs, in every language the site offers. A text missing in a language falls back to
 * the site's default language, then to English.
 *
 * <p>Methods without a language speak the current reader's language and need a request; the others
 * work anywhere (mails, feeds, scheduled work).
 */
public interface Texts {

  /**
   * A text in the current reader's language.
   *
   * @param key the key, such as {@code blog.title}
   * @return the text, or {@code ???key???} when no bundle has it
   */
  String text(String key);

  /**
   * A text in the current reader's language, with its {@link java.text.MessageFormat} arguments.
   *
   * @param key the key
   * @param args the arguments
   * @return the text
   */
  String format(String key, Object... args);

  /**
   * Tells whether a bundle has a text.
   *
   * @param key the key
   * @return true when some bundle has it
   */
  boolean has(String key);

  /**
   * A text in a language.
   *
   * @param lang a language tag
   * @param key the key
   * @return the text
   */
  String text(String lang, String key);

  /**
   * A text in a language, with its arguments.
   *
   * @param lang a language tag
   * @param key the key
   * @param args the arguments
   * @return the text
   */
  String formatIn(String lang, String key, Object... args);

  /**
   * The languages the site offers, its default first.
   *
   * @return language tags
   */
  List<String> languages();

  /**
   * Tells whether the site offers a language.
   *
   * @param lang a language tag
   * @return true when offered
   */
  boolean offers(String lang);

  /**
   * The site's default language.
   *
   * @return a language tag
   */
  String defaultLanguage();

  /**
   * A language's name in itself.
   *
   * @param lang a language tag
   * @return such as "Français"
   */
  String nativeName(String lang);

  /**
   * The language to write to a member in: theirs when the site offers it, else the site's.
   *
   * @param member the member
   * @return a language tag
   */
  default String languageOf(Member member) {
    String lang = member == null ? null : member.preferredLanguage();
    return lang != null && offers(lang) ? lang : defaultLanguage();
  }
}
