package org.plenum.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.plenum.api.Like;
import org.plenum.api.members.MemberStatus;

/** Finding members for administrators and coordinators: lists and searches. */
@ApplicationScoped
public class MemberSearch {

  @PersistenceContext EntityManager em;

  /**
   * Accounts, by display name.
   *
   * @param chapterId only the members of this chapter, or {@code null} for all
   * @return accounts
   */
  @Transactional
  public List<Account> list(Long chapterId) {
    if (chapterId == null) {
      return em.createQuery("select a from Account a order by a.displayName", Account.class)
          .setMaxResults(1000)
          .getResultList();
    }
    return em.createQuery(
            "select a from Account a, Membership m where m.accountId = a.id"
                + " and m.chapterId = :c order by a.displayName",
            Account.class)
        .setParameter("c", chapterId)
        .getResultList();
  }

  /**
   * Accounts matching a search, for the administration.
   *
   * @param text part of the name, user name or address, or blank for all
   * @param chapterId only the members of this chapter, or {@code null}
   * @param status only this status, or {@code null}
   * @param max at most this many
   * @return accounts, by name
   */
  @Transactional
  public List<Account> search(String text, Long chapterId, MemberStatus status, int max) {
    return page(new Filter(text, chapterId, status), "name", true, 0, max);
  }

  /**
   * What the administration's list of accounts is narrowed to.
   *
   * @param text part of the name, user name or address, or blank for all
   * @param chapterId only the members of this chapter, or {@code null}
   * @param status only this status, or {@code null}
   */
  public record Filter(String text, Long chapterId, MemberStatus status) {}

  private static final Map<String, String> ORDER =
      Map.of(
          "name", "a.displayName",
          "username", "a.usernameKey",
          "joined", "a.createdAt",
          "status", "a.status");

  /**
   * A page of the accounts a filter keeps.
   *
   * @param filter what to keep
   * @param sortBy {@code name}, {@code username}, {@code joined} or {@code status}; anything else
   *     is {@code name}
   * @param ascending A (or the oldest) first
   * @param first offset
   * @param max page size
   * @return accounts
   */
  @Transactional
  public List<Account> page(Filter filter, String sortBy, boolean ascending, int first, int max) {
    String direction = ascending ? " asc" : " desc";
    String order = ORDER.getOrDefault(sortBy, ORDER.get("name"));
    var query =
        em.createQuery(
            "select a from Account a"
                + where(filter)
                + " order by "
                + order
                + direction
                + ", a.id"
                + direction,
            Account.class);
    bind(query, filter);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  /**
   * How many accounts a filter keeps.
   *
   * @param filter what to keep
   * @return the count
   */
  @Transactional
  public long count(Filter filter) {
    var query = em.createQuery("select count(a) from Account a" + where(filter), Long.class);
    bind(query, filter);
    return query.getSingleResult();
  }

  private static String where(Filter f) {
    StringBuilder q = new StringBuilder(" where 1 = 1");
    if (f.text() != null && !f.text().isBlank()) {
      q.append(
          " and (lower(a.displayName) like :t escape '\\' or a.usernameKey like :t escape '\\'"
              + " or a.emailKey like :t escape '\\')");
    }
    if (f.chapterId() != null) {
      q.append(
          " and exists (select m from Membership m where m.accountId = a.id"
              + " and m.chapterId = :c)");
    }
    if (f.status() != null) {
      q.append(" and a.status = :s");
    }
    return q.toString();
  }

  private static void bind(TypedQuery<?> query, Filter f) {
    if (f.text() != null && !f.text().isBlank()) {
      query.setParameter("t", Like.containing(f.text(), 200));
    }
    if (f.chapterId() != null) {
      query.setParameter("c", f.chapterId());
    }
    if (f.status() != null) {
      query.setParameter("s", f.status());
    }
  }
}
