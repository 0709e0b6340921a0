package org.plenum.core.web;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A per-session secret that state-changing requests made outside Faces forms must echo: the log-out
 * form and API calls authenticated by the session cookie.
 */
public final class CsrfToken {

  /** Session attribute holding the token. */
  public static final String ATTRIBUTE = "plenum.csrf";

  /** Header API clients send it in. */
  public static final String HEADER = "X-CSRF-Token";

  private static final SecureRandom RANDOM = new SecureRandom();

  private CsrfToken() {}

  /**
   * The session's token, made on first use.
   *
   * @param session the session
   * @return the token
   */
  public static String of(HttpSession session) {
    Object token = session.getAttribute(ATTRIBUTE);
    if (token == null) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(ATTRIBUTE, token);
    }
    return (String) token;
  }

  /**
   * Checks a token sent back, in constant time.
   *
   * @param session the session, or {@code null}
   * @param sent the token sent
   * @return true when it matches
   */
  public static boolean matches(HttpSession session, String sent) {
    if (session == null || sent == null || !(session.getAttribute(ATTRIBUTE) instanceof String t)) {
      return false;
    }
    return MessageDigest.isEqual(
        t.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
