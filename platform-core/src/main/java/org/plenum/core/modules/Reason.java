package org.plenum.core.modules;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * Why a module is off: a message key of the core bundle with its arguments, so the admin shows it
 * in the reader's language, and an English text for the log.
 *
 * @param key message key
 * @param english the English pattern, for logs
 * @param args arguments of the pattern
 */
public record Reason(String key, String english, List<String> args) {

  /**
   * A reason.
   *
   * @param key message key in the core bundle
   * @param english English MessageFormat pattern
   * @param args pattern arguments
   * @return the reason
   */
  public static Reason of(String key, String english, String... args) {
    return new Reason(key, english, List.of(args));
  }

  /**
   * The English text.
   *
   * @return the formatted reason
   */
  public String inEnglish() {
    return new MessageFormat(english, Locale.ENGLISH).format(args.toArray());
  }

  @Override
  public String toString() {
    return inEnglish();
  }
}
