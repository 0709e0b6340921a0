package org.plenum.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.core.audit.AuditLog;

/**
 * Personal API tokens: a member makes one per client, names it, and revokes it when done. The token
 * is shown once; the database keeps its SHA-256 hash and first characters. A request with {@code
 * Authorization: Bearer <token>} acts as the member, with no session.
 */
@ApplicationScoped
public class ApiTokens {

  /** How every token begins, so that a leaked one is easy to recognise. */
  public static final String PREFIX = "plm_";

  /** At most this many live tokens per member. */
  public static final int MAX_PER_ACCOUNT = 20;

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;

  @Inject AuditLog audit;

  @Inject TokenUses uses;

  /**
   * A token as its owner sees it later: never the token itself.
   *
   * @param id the id
   * @param name the name given
   * @param prefix its first characters
   * @param createdAt when it was made (UTC)
   * @param lastUsedAt when it was last used (UTC), or {@code null}
   */
  public record Listed(
      long id, String name, String prefix, LocalDateTime createdAt, LocalDateTime lastUsedAt) {}

  /**
   * Makes a token.
   *
   * @param accountId the owner
   * @param name a name, 1 to 100 characters
   * @return the token, to show once
   * @throws IllegalArgumentException with a message key when the name is invalid or the owner has
   *     too many tokens
   */
  @Transactional
  public String create(long accountId, String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 100) {
      throw new IllegalArgumentException("core.token.error.name");
    }
    if (list(accountId).size() >= MAX_PER_ACCOUNT) {
      throw new IllegalArgumentException("core.token.error.tooMany");
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    em.createNativeQuery(
            "INSERT INTO plenum_api_token (account_id, name, token_hash, prefix,"
                + " created_at) VALUES (?, ?, ?, ?, ?)")
        .setParameter(1, accountId)
        .setParameter(2, n)
        .setParameter(3, Tokens.hash(token))
        .setParameter(4, token.substring(0, 10))
        .setParameter(5, LocalDateTime.now(ZoneOffset.UTC))
        .executeUpdate();
    audit.recordChange("token.create", n, null);
    return token;
  }

  /**
   * The owner's live tokens.
   *
   * @param accountId the owner
   * @return tokens, newest first
   */
  @Transactional
  public List<Listed> list(long accountId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, name, prefix, created_at, last_used_at, token_hash"
                    + " FROM plenum_api_token WHERE account_id = ? AND revoked_at IS NULL"
                    + " ORDER BY created_at DESC, id DESC")
            .setParameter(1, accountId)
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(
            r ->
                new Listed(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    time(r[3]),
                    uses.waiting((String) r[5]).orElse(time(r[4]))))
        .toList();
  }

  /**
   * Revokes one of the owner's tokens; another member's token is not found.
   *
   * @param accountId the owner
   * @param id the token
   * @return true when it was live and is revoked now
   */
  @Transactional
  public boolean revoke(long accountId, long id) {
    boolean revoked =
        em.createNativeQuery(
                    "UPDATE plenum_api_token SET revoked_at = ? WHERE id = ?"
                        + " AND account_id = ? AND revoked_at IS NULL")
                .setParameter(1, LocalDateTime.now(ZoneOffset.UTC))
                .setParameter(2, id)
                .setParameter(3, accountId)
                .executeUpdate()
            > 0;
    if (revoked) {
      audit.recordChange("token.revoke", String.valueOf(id), null);
    }
    return revoked;
  }

  /**
   * The account a token acts for. Its use is noted, to the minute, by {@link TokenUses}.
   *
   * @param token the bearer token
   * @return the account's user name, when the token is live and the account may act
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> authenticate(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    String hash = Tokens.hash(token);
    List<?> rows =
        em.createNativeQuery(
                "SELECT a.username, t.last_used_at"
                    + " FROM plenum_api_token t JOIN plenum_account a ON a.id = t.account_id"
                    + " WHERE t.token_hash = ?"
                    + " AND t.revoked_at IS NULL AND a.suspended = FALSE AND a.verified_at IS NOT NULL")
            .setParameter(1, hash)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    LocalDateTime last = time(row[1]);
    if (last == null || last.isBefore(now.minusMinutes(1))) {
      uses.used(hash, now);
    }
    return Optional.of((String) row[0]);
  }

  /**
   * Writes when tokens were last used, in one transaction; a time never goes back.
   *
   * @param lastUses uses by token hash
   */
  @Transactional
  public void recordUses(Map<String, LocalDateTime> lastUses) {
    lastUses.forEach(
        (hash, at) ->
            em.createNativeQuery(
                    "UPDATE plenum_api_token SET last_used_at = ? WHERE token_hash = ?"
                        + " AND (last_used_at IS NULL OR last_used_at < ?)")
                .setParameter(1, at)
                .setParameter(2, hash)
                .setParameter(3, at)
                .executeUpdate());
  }

  private static LocalDateTime time(Object o) {
    if (o instanceof Timestamp t) {
      return t.toLocalDateTime();
    }
    return o instanceof LocalDateTime l ? l : null;
  }
}
