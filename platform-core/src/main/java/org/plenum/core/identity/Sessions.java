package org.plenum.core.identity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.plenum.core.audit.AuditLog;

/**
 * The signed-in sessions of members. Each log-in records its session (a random key kept in the
 * server's session, its hash here, with the device and address it came from); every request of the
 * session checks that its record still stands, so ending a session here ends it wherever it is
 * used. A member lists their sessions and ends any or all of them, and a changed password ends
 * every session but the one that changed it.
 *
 * <p>A session known to stand is trusted for {@value #TRUST_MILLIS} ms before the record is read
 * again (sessions ended on this instance stop at once; on another instance sharing the database,
 * within that time). The last use is written at most once a minute.
 */
@ApplicationScoped
public class Sessions {

  /** The server session's attribute that holds the session's key. */
  public static final String KEY_ATTRIBUTE = "plenum.session.key";

  static final long TRUST_MILLIS = 3000;

  /**
   * A record unused this long belongs to a session the server has let expire (sessions end after 60
   * idle minutes): it is not listed, and it is removed when its member logs in.
   */
  static final Duration IDLE = Duration.ofHours(2);

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Key hash → when its record was last seen standing. */
  private final Map<String, Long> standing = new ConcurrentHashMap<>();

  @PersistenceContext EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  /**
   * Forgets that sessions stand, now and again once the transaction that ends them has committed (a
   * request checking meanwhile still reads their rows).
   */
  private void forget(List<?> hashes) {
    hashes.forEach(standing::remove);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            hashes.forEach(standing::remove);
          }
        });
  }

  /**
   * A session as its member sees it.
   *
   * @param id the id
   * @param device the browser or client it came from, as it named itself
   * @param address the address it last came from
   * @param createdAt when it began (UTC)
   * @param lastUsedAt when it was last used (UTC), to the minute
   * @param current true for the session asking
   */
  public record Open(
      long id,
      String device,
      String address,
      LocalDateTime createdAt,
      LocalDateTime lastUsedAt,
      boolean current) {}

  /**
   * Records a new session.
   *
   * @param accountId the member
   * @param userAgent the client's {@code User-Agent}, or {@code null}
   * @param address the client's address
   * @return the session's key, to keep in the server's session
   */
  @Transactional
  public String open(long accountId, String userAgent, String address) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    LocalDateTime now = now();
    em.createNativeQuery("DELETE FROM plenum_session WHERE account_id = ? AND last_used_at < ?")
        .setParameter(1, accountId)
        .setParameter(2, now.minus(IDLE))
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO plenum_session (account_id, key_hash, user_agent, address,"
                + " created_at, last_used_at) VALUES (?, ?, ?, ?, ?, ?)")
        .setParameter(1, accountId)
        .setParameter(2, Tokens.hash(key))
        .setParameter(3, clip(userAgent, 300))
        .setParameter(4, clip(address, 64))
        .setParameter(5, now)
        .setParameter(6, now)
        .executeUpdate();
    standing.put(Tokens.hash(key), System.currentTimeMillis());
    return key;
  }

  /**
   * Whether a session still stands; notes its use.
   *
   * @param key the session's key, or {@code null} for a session from before sessions were recorded
   * @param address the client's address now
   * @return false when the session was ended
   */
  public boolean stands(String key, String address) {
    if (key == null) {
      return false;
    }
    String hash = Tokens.hash(key);
    Long seen = standing.get(hash);
    if (seen != null && System.currentTimeMillis() - seen < TRUST_MILLIS) {
      // the hot path of every signed-in request: no transaction, no query
      return true;
    }
    return self.reread(hash, address);
  }

  /** This bean through its proxy, so that a reading of the record has its transaction. */
  @Inject Sessions self;

  @Inject AuditLog audit;

  /**
   * Reads a session's record again and notes its use. Public because the server's CDI intercepts
   * public methods only: called through {@link #self}, it has its transaction.
   *
   * @param hash the hash of the session's key
   * @param address the client's address now
   * @return false when the session was ended
   */
  @Transactional
  public boolean reread(String hash, String address) {
    long nowMillis = System.currentTimeMillis();
    List<?> rows =
        em.createNativeQuery(
                "SELECT last_used_at, address FROM plenum_session" + " WHERE key_hash = ?")
            .setParameter(1, hash)
            .getResultList();
    if (rows.isEmpty()) {
      standing.remove(hash);
      return false;
    }
    Object[] row = (Object[]) rows.get(0);
    LocalDateTime now = now();
    LocalDateTime last = time(row[0]);
    String a = clip(address, 64);
    if (last == null || last.isBefore(now.minusMinutes(1)) || a != null && !a.equals(row[1])) {
      em.createNativeQuery(
              "UPDATE plenum_session SET last_used_at = ?, address = ?" + " WHERE key_hash = ?")
          .setParameter(1, now)
          .setParameter(2, a)
          .setParameter(3, hash)
          .executeUpdate();
    }
    standing.put(hash, nowMillis);
    return true;
  }

  /**
   * A member's sessions, in the order they began (an order that a session's use does not change, so
   * that a row's buttons keep pointing at the same session).
   *
   * @param accountId the member
   * @param currentKey the key of the session asking, or {@code null}
   * @return the sessions
   */
  @Transactional
  public List<Open> of(long accountId, String currentKey) {
    String current = currentKey == null ? null : Tokens.hash(currentKey);
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, user_agent, address, created_at,"
                    + " last_used_at, key_hash FROM plenum_session WHERE account_id = ?"
                    + " AND last_used_at >= ? ORDER BY id")
            .setParameter(1, accountId)
            .setParameter(2, now().minus(IDLE))
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(
            r ->
                new Open(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    time(r[3]),
                    time(r[4]),
                    r[5].equals(current)))
        .toList();
  }

  /**
   * Ends one of a member's sessions; another member's session is not found.
   *
   * @param accountId the member
   * @param id the session
   * @return true when it stood and is ended now
   */
  @Transactional
  public boolean end(long accountId, long id) {
    List<?> hashes =
        em.createNativeQuery(
                "SELECT key_hash FROM plenum_session WHERE id = ?" + " AND account_id = ?")
            .setParameter(1, id)
            .setParameter(2, accountId)
            .getResultList();
    forget(hashes);
    boolean ended =
        em.createNativeQuery("DELETE FROM plenum_session WHERE id = ? AND account_id = ?")
                .setParameter(1, id)
                .setParameter(2, accountId)
                .executeUpdate()
            > 0;
    if (ended) {
      audit.recordChange("session.end", String.valueOf(id), null);
    }
    return ended;
  }

  /**
   * Ends the session of a key, as logging out does.
   *
   * @param key the session's key, or {@code null}
   */
  @Transactional
  public void end(String key) {
    if (key != null) {
      String hash = Tokens.hash(key);
      forget(List.of(hash));
      em.createNativeQuery("DELETE FROM plenum_session WHERE key_hash = ?")
          .setParameter(1, hash)
          .executeUpdate();
    }
  }

  /**
   * Ends every session of a member but one.
   *
   * @param accountId the member
   * @param keptKey the key of the session to keep, or {@code null} to end them all
   * @return how many were ended
   */
  @Transactional
  public int endOthers(long accountId, String keptKey) {
    String kept = keptKey == null ? "" : Tokens.hash(keptKey);
    List<?> hashes =
        em.createNativeQuery(
                "SELECT key_hash FROM plenum_session" + " WHERE account_id = ? AND key_hash <> ?")
            .setParameter(1, accountId)
            .setParameter(2, kept)
            .getResultList();
    forget(hashes);
    int ended =
        em.createNativeQuery(
                "DELETE FROM plenum_session WHERE account_id = ?" + " AND key_hash <> ?")
            .setParameter(1, accountId)
            .setParameter(2, kept)
            .executeUpdate();
    if (ended > 0) {
      audit.recordChange("session.endOthers", String.valueOf(ended), null);
    }
    return ended;
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC).withNano(0);
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private static LocalDateTime time(Object o) {
    if (o instanceof Timestamp t) {
      return t.toLocalDateTime();
    }
    return o instanceof LocalDateTime l ? l : null;
  }
}
