package org.plenum.core.chapters.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.plenum.api.Caller;
import org.plenum.api.CorePermissions;
import org.plenum.api.Rejected;
import org.plenum.core.audit.AuditLog;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.Memberships;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.Accounts;
import org.plenum.core.identity.Grants;
import org.plenum.core.permissions.Authorizer;
import org.plenum.spi.Roles;

/**
 * Appointing and removing a chapter's coordinators. Administrators may do it anywhere, a
 * coordinator within their own subtree: the coordinator of London names a co-coordinator for London
 * or for Hackney, never for Vienna. Only a member of the chapter or of a chapter below it can be
 * appointed. Members are named by their profile address, never their log-in name.
 */
@ApplicationScoped
public class Coordinators {

  @PersistenceContext EntityManager em;

  @Inject Accounts accounts;

  @Inject Grants grants;

  @Inject Authorizer authorizer;

  @Inject AuditLog audit;

  /**
   * Who could be appointed: active members of the chapter or of a chapter below it who do not
   * coordinate it yet.
   *
   * @param chapter the chapter
   * @return people, by name
   */
  @Transactional
  public List<Memberships.Person> candidates(Chapter chapter) {
    return em
        .createQuery(
            "select distinct a.displayName, a.slug, a.avatar from Account a,"
                + " Membership m, Chapter c where m.accountId = a.id and m.chapterId = c.id"
                + " and c.treePath like :p and a.suspended = false and a.verifiedAt is not null"
                + " and not exists (select g.id from RoleGrant g where g.accountId = a.id"
                + " and g.role = :r and g.chapterId = :c) order by a.displayName",
            Object[].class)
        .setParameter("p", chapter.getTreePath() + "%")
        .setParameter("r", Roles.COORDINATOR)
        .setParameter("c", chapter.getId())
        .getResultList()
        .stream()
        .map(row -> new Memberships.Person((String) row[0], (String) row[1], (String) row[2]))
        .toList();
  }

  /**
   * Appoints a coordinator.
   *
   * @param by who appoints
   * @param address where from, for the audit log
   * @param chapter the chapter
   * @param memberSlug the member's profile address
   * @return true when the member was not a coordinator of the chapter yet
   * @throws org.plenum.api.Denied when the caller may not manage this chapter's coordinators
   * @throws Rejected when the member is unknown, suspended or not in the chapter's subtree
   */
  @Transactional
  public boolean appoint(Caller by, String address, Chapter chapter, String memberSlug) {
    authorizer.require(by, CorePermissions.CHAPTER_COORDINATORS, chapter.getId());
    Account a =
        accounts
            .bySlug(memberSlug)
            .filter(x -> !x.suspended() && x.isVerified())
            .orElseThrow(() -> refuse("core.coordinators.error.unknown"));
    boolean inSubtree =
        !em.createQuery(
                "select m.accountId from Membership m, Chapter c"
                    + " where m.chapterId = c.id and m.accountId = :a and c.treePath like :p",
                Long.class)
            .setParameter("a", a.id())
            .setParameter("p", chapter.getTreePath() + "%")
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (!inSubtree) {
      throw refuse("core.coordinators.error.notMember", chapter.getName());
    }
    boolean added =
        grants.grant(a.id(), a.username(), Roles.COORDINATOR, chapter.getId(), by.username());
    if (added) {
      audit.record(
          by.username(), "chapter.coordinator.appoint", chapter.getSlug(), a.slug(), address);
    }
    return added;
  }

  /**
   * Removes a coordinator; a coordinator may step down.
   *
   * @param by who removes
   * @param address where from, for the audit log
   * @param chapter the chapter
   * @param memberSlug the member's profile address
   * @return true when the member coordinated the chapter
   * @throws org.plenum.api.Denied when the caller may not manage this chapter's coordinators
   */
  @Transactional
  public boolean remove(Caller by, String address, Chapter chapter, String memberSlug) {
    authorizer.require(by, CorePermissions.CHAPTER_COORDINATORS, chapter.getId());
    Account a = accounts.bySlug(memberSlug).orElse(null);
    if (a == null) {
      return false;
    }
    boolean removed = grants.revoke(a.id(), a.username(), Roles.COORDINATOR, chapter.getId());
    if (removed) {
      audit.record(
          by.username(), "chapter.coordinator.remove", chapter.getSlug(), a.slug(), address);
    }
    return removed;
  }

  private static Rejected refuse(String key, Object... args) {
    return new Rejected(List.of(Rejected.problem("member", key, args)), false);
  }
}
