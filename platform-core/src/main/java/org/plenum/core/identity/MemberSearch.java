package org.plenum.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
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
    StringBuilder q = new StringBuilder("select a from Account a where 1 = 1");
    if (text != null && !text.isBlank()) {
      q.append(
          " and (lower(a.displayName) like :t or lower(a.username) like :t"
              + " or lower(a.email) like :t)");
    }
    if (chapterId != null) {
      q.append(
          " and exists (select m from Membership m where m.accountId = a.id"
              + " and m.chapterId = :c)");
    }
    if (status != null) {
      q.append(" and a.status = :s");
    }
    var query = em.createQuery(q.append(" order by a.displayName").toString(), Account.class);
    if (text != null && !text.isBlank()) {
      query.setParameter("t", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
    }
    if (chapterId != null) {
      query.setParameter("c", chapterId);
    }
    if (status != null) {
      query.setParameter("s", status);
    }
    return query.setMaxResults(max).getResultList();
  }
}
