package org.plenum.core.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.api.Like;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.members.MemberStatus;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.Accounts;
import org.plenum.core.identity.ApiTokens;

/** The members, copied out of the core's accounts. */
@ApplicationScoped
public class CoreMembers implements Members {

  @Inject Accounts accounts;

  @Inject ApiTokens tokens;

  @PersistenceContext EntityManager em;

  /**
   * A member as modules see them.
   *
   * @param a the account
   * @return its copy
   */
  public static Member view(Account a) {
    return new Member(
        a.id(),
        a.username(),
        a.displayName(),
        a.slug(),
        a.avatar(),
        a.email(),
        a.preferredLanguage(),
        a.timeZone(),
        a.status(),
        a.suspended());
  }

  @Override
  public Optional<Member> byUsername(String username) {
    return accounts.byUsername(username).map(CoreMembers::view);
  }

  @Override
  public Optional<Member> byId(long id) {
    return accounts.byId(id).map(CoreMembers::view);
  }

  @Override
  public Optional<Member> bySlug(String slug) {
    return accounts.bySlug(slug).map(CoreMembers::view);
  }

  @Override
  @Transactional
  public Map<Long, Member> byIds(Collection<Long> ids) {
    Map<Long, Member> found = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("select a from Account a where a.id in :ids", Account.class)
          .setParameter("ids", List.copyOf(ids))
          .getResultList()
          .forEach(a -> found.put(a.id(), view(a)));
    }
    return found;
  }

  @Override
  @Transactional
  public List<Member> find(String text, int max) {
    if (text == null || text.isBlank() || max <= 0) {
      return List.of();
    }
    return em
        .createQuery(
            "select a from Account a where a.suspended = false and (lower(a.displayName) like :t"
                + " escape '\\' or a.usernameKey like :t escape '\\' or a.slug like :t escape"
                + " '\\') order by a.displayName, a.id",
            Account.class)
        .setParameter("t", Like.containing(text, 100))
        .setMaxResults(Math.min(max, 50))
        .getResultList()
        .stream()
        .map(CoreMembers::view)
        .toList();
  }

  @Override
  @Transactional
  public List<Member> active(int first, int max) {
    return em
        .createQuery(
            "select a from Account a where a.suspended = false order by a.id", Account.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(0, max))
        .getResultList()
        .stream()
        .map(CoreMembers::view)
        .toList();
  }

  @Override
  public List<Member> withSiteRoles(Set<String> roles) {
    return accounts.withSiteRoles(roles).stream().map(CoreMembers::view).toList();
  }

  @Override
  public Member createWithoutPassword(String username, String displayName, MemberStatus status) {
    return view(accounts.createWithoutPassword(username, displayName, status));
  }

  @Override
  public String issueToken(long memberId, String name) {
    return tokens.create(memberId, name);
  }
}
