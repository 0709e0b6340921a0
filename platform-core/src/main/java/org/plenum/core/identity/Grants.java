package org.plenum.core.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenum.api.members.MemberStatus;
import org.plenum.core.audit.AuditLog;

/**
 * The roles each account holds, and where. Read on every permission check, so kept for a few
 * seconds per account; a change made here is seen at once.
 */
@ApplicationScoped
public class Grants {

  /**
   * A role held.
   *
   * @param role the role
   * @param chapterId the chapter whose subtree it covers, or {@code null} for site-wide
   */
  public record Held(String role, Long chapterId) {}

  @PersistenceContext EntityManager em;

  @Inject AuditLog audit;

  private final Cache<String, List<Held>> cache =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(30)).maximumSize(50_000).build();

  /**
   * The roles an account holds.
   *
   * @param username the account's user name
   * @return the grants, empty for an unknown account
   */
  public List<Held> of(String username) {
    return cache.get(username.toLowerCase(Locale.ROOT), this::load);
  }

  /**
   * The roles an account holds site-wide.
   *
   * @param username the account's user name
   * @return role names
   */
  public Set<String> siteRoles(String username) {
    return of(username).stream()
        .filter(h -> h.chapterId() == null)
        .map(Held::role)
        .collect(Collectors.toUnmodifiableSet());
  }

  @Transactional
  List<Held> load(String username) {
    // one query: the account's status (a role too: members hold "member" site-wide, supporters
    // "supporter") beside each role granted, or beside nothing
    List<Object[]> rows =
        em.createQuery(
                "select a.status, g.role, g.chapterId from Account a"
                    + " left join RoleGrant g on g.accountId = a.id where a.usernameKey = :u",
                Object[].class)
            .setParameter("u", Account.key(username))
            .getResultList();
    List<Held> held = new ArrayList<>();
    for (Object[] row : rows) {
      if (row[1] != null) {
        held.add(new Held((String) row[1], (Long) row[2]));
      }
    }
    if (!rows.isEmpty()) {
      held.add(new Held(((MemberStatus) rows.get(0)[0]).name().toLowerCase(Locale.ROOT), null));
    }
    return List.copyOf(held);
  }

  /**
   * Forgets what is known of an account's roles, after its status changed.
   *
   * @param username the account
   */
  public void changed(String username) {
    cache.invalidate(username.toLowerCase(Locale.ROOT));
  }

  /**
   * Grants a role; granting one already held changes nothing.
   *
   * @param accountId the account
   * @param username its user name, to refresh the cache
   * @param role the role
   * @param chapterId the chapter whose subtree it covers, or {@code null} for site-wide
   * @param by who grants it
   * @return true when the role was new
   */
  @Transactional
  public boolean grant(long accountId, String username, String role, Long chapterId, String by) {
    String scope = chapterId == null ? RoleGrant.SITE_WIDE : chapterId.toString();
    boolean held =
        !em.createQuery(
                "select g.id from RoleGrant g where g.accountId = :a"
                    + " and g.role = :r and g.scopeKey = :s",
                Long.class)
            .setParameter("a", accountId)
            .setParameter("r", role)
            .setParameter("s", scope)
            .getResultList()
            .isEmpty();
    if (!held) {
      em.persist(new RoleGrant(accountId, role, chapterId, by));
      audit.recordChange(
          "member.grant", username, role + (chapterId == null ? "" : "@" + chapterId));
    }
    cache.invalidate(username.toLowerCase(Locale.ROOT));
    return !held;
  }

  /**
   * Takes a role back.
   *
   * @param accountId the account
   * @param username its user name
   * @param role the role
   * @param chapterId its chapter, or {@code null} for site-wide
   * @return true when it was held
   */
  @Transactional
  public boolean revoke(long accountId, String username, String role, Long chapterId) {
    int removed =
        em.createQuery(
                "delete from RoleGrant g where g.accountId = :a and g.role = :r"
                    + " and g.scopeKey = :s")
            .setParameter("a", accountId)
            .setParameter("r", role)
            .setParameter("s", chapterId == null ? RoleGrant.SITE_WIDE : chapterId.toString())
            .executeUpdate();
    cache.invalidate(username.toLowerCase(Locale.ROOT));
    if (removed > 0) {
      audit.recordChange(
          "member.revoke", username, role + (chapterId == null ? "" : "@" + chapterId));
    }
    return removed > 0;
  }
}
