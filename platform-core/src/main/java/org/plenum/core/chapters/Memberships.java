package org.plenum.core.chapters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.api.members.MemberStatus;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.Accounts;
import org.plenum.spi.ContentChanged;
import org.plenum.spi.Roles;

/**
 * Who belongs where: members joining and leaving chapters, a chapter's members and coordinators,
 * the chapters of a member.
 */
@ApplicationScoped
public class Memberships {

  @PersistenceContext EntityManager em;

  @Inject Event<ContentChanged> contentChanged;

  @Inject Accounts accounts;

  /**
   * Creates a member's account, given by an administrator, and places it in a chapter: both or
   * neither.
   *
   * @param username log-in name
   * @param displayName shown name
   * @param password the password, already checked against the policy
   * @param status member or supporter
   * @param chapterId the chapter to join, or {@code null}
   * @param email the address, already checked and free, or {@code null}; it counts as verified
   * @return the account
   */
  @Transactional
  public Account newMember(
      String username,
      String displayName,
      String password,
      MemberStatus status,
      Long chapterId,
      String email) {
    Account account = accounts.createMember(username, displayName, password, status, email);
    if (chapterId != null) {
      join(chapterId, account.id());
    }
    return account;
  }

  /**
   * Makes an account a member of a chapter; joining twice changes nothing.
   *
   * @param chapterId the chapter
   * @param accountId the account
   * @return true when the membership is new
   */
  @Transactional
  public boolean join(long chapterId, long accountId) {
    if (isMember(chapterId, accountId)) {
      return false;
    }
    em.persist(new Membership(chapterId, accountId));
    contentChanged.fire(ContentChanged.of(ChapterService.CHAPTERS));
    return true;
  }

  /**
   * Ends a membership.
   *
   * @param chapterId the chapter
   * @param accountId the account
   * @return true when there was one
   */
  @Transactional
  public boolean leave(long chapterId, long accountId) {
    contentChanged.fire(ContentChanged.of(ChapterService.CHAPTERS));
    return em.createQuery("delete from Membership m where m.chapterId = :c and m.accountId = :a")
            .setParameter("c", chapterId)
            .setParameter("a", accountId)
            .executeUpdate()
        > 0;
  }

  /**
   * Tells whether an account belongs to a chapter.
   *
   * @param chapterId the chapter
   * @param accountId the account
   * @return true when it does
   */
  @Transactional
  public boolean isMember(long chapterId, long accountId) {
    return !em.createQuery(
            "select m.accountId from Membership m where m.chapterId = :c" + " and m.accountId = :a",
            Long.class)
        .setParameter("c", chapterId)
        .setParameter("a", accountId)
        .getResultList()
        .isEmpty();
  }

  /**
   * A member's place in a chapter.
   *
   * @param accountId the member
   * @param chapterId the chapter
   * @param treePath the chapter's path in the tree, such as {@code /1/5/12/}
   */
  public record Enrolment(long accountId, long chapterId, String treePath) {}

  /**
   * The members (not supporters) of a chapter and of every chapter beneath it who may take part:
   * verified, not suspended. A member of several of these chapters comes once, in the chapter
   * nearest the top of the tree.
   *
   * @param chapterId the chapter
   * @return the members, by account id
   */
  @Transactional
  public List<Enrolment> membersWithin(long chapterId) {
    Chapter top = em.find(Chapter.class, chapterId);
    if (top == null) {
      return List.of();
    }
    Map<Long, Enrolment> first = new LinkedHashMap<>();
    for (Object[] row :
        em.createQuery(
                "select m.accountId, c.id, c.treePath"
                    + " from Membership m, Chapter c, Account a where m.chapterId = c.id"
                    + " and a.id = m.accountId and c.treePath like :p and a.suspended = false"
                    + " and a.status = :s and a.verifiedAt is not null order by m.accountId, c.treePath",
                Object[].class)
            .setParameter("p", top.getTreePath() + "%")
            .setParameter("s", MemberStatus.MEMBER)
            .getResultList()) {
      Enrolment e = new Enrolment((Long) row[0], (Long) row[1], (String) row[2]);
      first.merge(
          e.accountId(), e, (a, b) -> a.treePath().length() <= b.treePath().length() ? a : b);
    }
    return List.copyOf(first.values());
  }

  /**
   * One member's place within a chapter's subtree, as {@link #membersWithin} would list it, without
   * listing the others.
   *
   * @param chapterId the chapter
   * @param accountId the member
   * @return their enrolment nearest the top, empty when they are not a member who may take part
   */
  @Transactional
  public Optional<Enrolment> enrolmentWithin(long chapterId, long accountId) {
    Chapter top = em.find(Chapter.class, chapterId);
    if (top == null) {
      return Optional.empty();
    }
    return em
        .createQuery(
            "select m.accountId, c.id, c.treePath"
                + " from Membership m, Chapter c, Account a where m.chapterId = c.id"
                + " and a.id = m.accountId and m.accountId = :a and c.treePath like :p"
                + " and a.suspended = false and a.status = :s and a.verifiedAt is not null",
            Object[].class)
        .setParameter("a", accountId)
        .setParameter("p", top.getTreePath() + "%")
        .setParameter("s", MemberStatus.MEMBER)
        .getResultList()
        .stream()
        .map(row -> new Enrolment((Long) row[0], (Long) row[1], (String) row[2]))
        .min(Comparator.comparingInt(e -> e.treePath().length()));
  }

  /**
   * The chapters an account belongs to.
   *
   * @param accountId the account
   * @return chapters, by name
   */
  @Transactional
  public List<Chapter> chaptersOf(long accountId) {
    return em.createQuery(
            "select c from Chapter c, Membership m where m.chapterId = c.id"
                + " and m.accountId = :a order by c.name",
            Chapter.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  /**
   * Someone shown in a list of people: name, profile address, avatar.
   *
   * @param name display name
   * @param slug profile address
   * @param avatar avatar file name, or {@code null}
   */
  public record Person(String name, String slug, String avatar) {}

  /**
   * A chapter's members, for other members; suspended accounts are left out.
   *
   * @param chapterId the chapter
   * @return people, by name
   */
  @Transactional
  public List<Person> members(long chapterId) {
    return em
        .createQuery(
            "select a.displayName, a.slug, a.avatar from Account a, Membership m"
                + " where m.accountId = a.id and m.chapterId = :c and a.suspended = false"
                + " order by a.displayName",
            Object[].class)
        .setParameter("c", chapterId)
        .getResultList()
        .stream()
        .map(Memberships::person)
        .toList();
  }

  private static Person person(Object[] row) {
    return new Person((String) row[0], (String) row[1], (String) row[2]);
  }

  /**
   * Counts a chapter's own members.
   *
   * @param chapterId the chapter
   * @return the count
   */
  @Transactional
  public long memberCount(long chapterId) {
    return em.createQuery("select count(m) from Membership m where m.chapterId = :c", Long.class)
        .setParameter("c", chapterId)
        .getSingleResult();
  }

  /**
   * The coordinators of a chapter: accounts holding the coordinator role there.
   *
   * @param chapterId the chapter
   * @return people, by name
   */
  @Transactional
  public List<Person> coordinators(long chapterId) {
    return em
        .createQuery(
            "select a.displayName, a.slug, a.avatar from Account a, RoleGrant g"
                + " where g.accountId = a.id and g.chapterId = :c and g.role = :r"
                + " order by a.displayName",
            Object[].class)
        .setParameter("c", chapterId)
        .setParameter("r", Roles.COORDINATOR)
        .getResultList()
        .stream()
        .map(Memberships::person)
        .toList();
  }

  /**
   * The chapters an account coordinates.
   *
   * @param accountId the account
   * @return chapters, by name
   */
  @Transactional
  public List<Chapter> coordinatedBy(long accountId) {
    return em.createQuery(
            "select c from Chapter c, RoleGrant g where g.chapterId = c.id"
                + " and g.accountId = :a and g.role = :r order by c.name",
            Chapter.class)
        .setParameter("a", accountId)
        .setParameter("r", Roles.COORDINATOR)
        .getResultList();
  }
}
