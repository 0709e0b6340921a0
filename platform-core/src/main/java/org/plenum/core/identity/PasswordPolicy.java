package org.plenum.core.identity;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.List;
import java.util.Optional;

/**
 * What a password must be: 12 to 128 characters, and not easy to guess. Guessability is judged by
 * zxcvbn, whose bundled dictionaries of common passwords, names and words catch "password1234" and
 * "qwertyuiop12" alike.
 */
public final class PasswordPolicy {

  /** Shortest accepted length. */
  public static final int MIN_LENGTH = 12;

  /** Longest accepted length. */
  public static final int MAX_LENGTH = 128;

  /** The lowest zxcvbn score accepted (0–4; 3 is "safely unguessable" online). */
  static final int MIN_SCORE = 3;

  private static final Zxcvbn STRENGTH = new Zxcvbn();

  private PasswordPolicy() {}

  /**
   * Checks a password.
   *
   * @param password the candidate
   * @param context words the password must not lean on, such as the user name
   * @return the message key of the first rule broken, or empty when it is acceptable
   */
  public static Optional<String> problem(String password, List<String> context) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of("core.password.tooShort");
    }
    if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
      return Optional.of("core.password.tooLong");
    }
    if (STRENGTH.measure(password, context).getScore() < MIN_SCORE) {
      return Optional.of("core.password.guessable");
    }
    return Optional.empty();
  }
}
