package org.plenum.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plenum.api.Chapters;

/**
 * Which polls' mails are due, each claimed once across instances, and whom each goes to; {@link
 * PollMail} writes and sends them.
 */
@ApplicationScoped
public class PollNotices {

  @PersistenceContext EntityManager em;

  @Inject Chapters chapters;

  /** What a poll's mail tells: the opening, or the close coming within a day. */
  public enum Notice {
    /** The poll has opened. */
    OPENING,
    /** The poll closes within a day. */
    REMINDER
  }

  /**
   * Claims the mails that are due: the opening of polls that opened and mail their members, and the
   * reminder of those closing within a day (only for polls open longer than a day: for shorter ones
   * the opening's mail says it all). One conditional update claims each, so that with several
   * instances each mail goes once.
   *
   * @param notice which mail
   * @param now the moment, UTC
   * @return the polls whose mail this call claimed
   */
  @Transactional
  public List<Long> claimMail(Notice notice, LocalDateTime now) {
    String flag = notice == Notice.OPENING ? "openingMailed" : "reminderMailed";
    String when =
        notice == Notice.OPENING ? "p.opened = true" : "p.opened = true and p.closesAt <= :soon";
    var q =
        em.createQuery(
                "select p from Poll p where p.notify = true and p."
                    + flag
                    + " = false and p.closedAt is null and p.closesAt > :now and "
                    + when,
                Poll.class)
            .setParameter("now", now)
            .setMaxResults(100);
    if (notice == Notice.REMINDER) {
      q.setParameter("soon", now.plusDays(1));
    }
    List<Long> claimed = new ArrayList<>();
    for (Poll p : q.getResultList()) {
      int n =
          em.createQuery(
                  "update Poll p set p."
                      + flag
                      + " = true, p.version = p.version + 1"
                      + " where p.id = :id and p."
                      + flag
                      + " = false")
              .setParameter("id", p.getId())
              .executeUpdate();
      boolean longEnough =
          notice == Notice.OPENING || p.getOpensAt().plusDays(1).isBefore(p.getClosesAt());
      if (n == 1 && longEnough) {
        claimed.add(p.getId());
      }
    }
    return claimed;
  }

  /**
   * The members a poll's mail goes to: every eligible member, or for the reminder those who have
   * not voted.
   *
   * @param poll the poll
   * @param notice which mail
   * @return their account ids
   */
  @Transactional
  public List<Long> recipients(Poll poll, Notice notice) {
    Set<Long> voted =
        notice == Notice.OPENING
            ? Set.of()
            : new HashSet<>(
                em.createQuery(
                        "select p.accountId from Participation p" + " where p.pollId = :p",
                        Long.class)
                    .setParameter("p", poll.getId())
                    .getResultList());
    return chapters.membersWithin(poll.getChapterId()).stream()
        .map(Chapters.Enrolment::memberId)
        .filter(id -> !voted.contains(id))
        .toList();
  }
}
