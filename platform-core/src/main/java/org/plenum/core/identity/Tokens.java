package org.plenum.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Single-use links sent by mail (address verification, password reset). The token travels only in
 * the mail; the database keeps its SHA-256 hash, its purpose and its expiry. Using a token spends
 * it, and every other token of the same purpose for that account.
 */
@ApplicationScoped
public class Tokens {

  /** Confirms an address after joining. */
  public static final String VERIFY = "verify";

  /** Lets the owner choose a new password. */
  public static final String RESET = "reset";

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;

  /**
   * Issues a token.
   *
   * @param accountId the account
   * @param purpose what it is for
   * @param lifetime how long it stays valid
   * @return the token, to put in a link
   */
  @Transactional
  public String issue(long accountId, String purpose, Duration lifetime) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    em.createNativeQuery(
            "INSERT INTO plenum_token (account_id, purpose, token_hash, expires_at)"
                + " VALUES (?, ?, ?, ?)")
        .setParameter(1, accountId)
        .setParameter(2, purpose)
        .setParameter(3, hash(token))
        .setParameter(4, LocalDateTime.now(ZoneOffset.UTC).plus(lifetime))
        .executeUpdate();
    return token;
  }

  /**
   * Spends a token.
   *
   * @param token the token from the link
   * @param purpose what it must be for
   * @return the account it was issued to, when it is valid, unused and not expired
   */
  @Transactional
  public Optional<Long> spend(String token, String purpose) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return Optional.empty();
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT account_id FROM plenum_token WHERE token_hash = ?"
                    + " AND purpose = ? AND used_at IS NULL AND expires_at > ?")
            .setParameter(1, hash(token))
            .setParameter(2, purpose)
            .setParameter(3, LocalDateTime.now(ZoneOffset.UTC))
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    long accountId = ((Number) rows.get(0)).longValue();
    em.createNativeQuery(
            "UPDATE plenum_token SET used_at = ? WHERE account_id = ? AND purpose = ?"
                + " AND used_at IS NULL")
        .setParameter(1, LocalDateTime.now(ZoneOffset.UTC))
        .setParameter(2, accountId)
        .setParameter(3, purpose)
        .executeUpdate();
    return Optional.of(accountId);
  }

  /**
   * Tells whether a token would be accepted, without spending it (to show a form first).
   *
   * @param token the token
   * @param purpose its purpose
   * @return true when valid
   */
  @Transactional
  public boolean valid(String token, String purpose) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return false;
    }
    return !em.createNativeQuery(
            "SELECT id FROM plenum_token WHERE token_hash = ? AND purpose = ?"
                + " AND used_at IS NULL AND expires_at > ?")
        .setParameter(1, hash(token))
        .setParameter(2, purpose)
        .setParameter(3, LocalDateTime.now(ZoneOffset.UTC))
        .getResultList()
        .isEmpty();
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
