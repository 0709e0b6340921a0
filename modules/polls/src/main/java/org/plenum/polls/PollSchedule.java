package org.plenum.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenum.api.Audit;
import org.plenum.api.Chapters;
import org.plenum.api.Rejected;

/**
 * How polls open and close: at the opening the sub-chapters' sizes are taken, at the close the
 * tally is computed once and frozen; a poll may also be closed early. With several instances each
 * poll is opened and closed once, by a conditional update that claims it.
 */
@ApplicationScoped
public class PollSchedule {

  @PersistenceContext EntityManager em;

  @Inject Chapters chapters;

  @Inject Audit audit;

  @Inject PollQueries polls;

  @Inject PollResults results;

  @Inject PollChanges changes;

  /**
   * Records the opening of the polls whose time has come: the members of each direct sub-chapter
   * are counted for proportional weighting. One conditional update per poll, so that with several
   * instances each poll is opened once.
   *
   * @param now the moment, UTC
   * @return the polls opened by this call
   */
  @Transactional
  public List<Long> openDue(LocalDateTime now) {
    List<Long> done = new ArrayList<>();
    for (Poll p :
        em.createQuery(
                "select p from Poll p where p.opened = false" + " and p.opensAt <= :now",
                Poll.class)
            .setParameter("now", now)
            .setMaxResults(100)
            .getResultList()) {
      int n =
          em.createQuery(
                  "update Poll p set p.opened = true, p.version = p.version + 1"
                      + " where p.id = :id and p.opened = false")
              .setParameter("id", p.getId())
              .executeUpdate();
      if (n == 1) {
        em.refresh(p);
        String path = chapters.byId(p.getChapterId()).orElseThrow().getTreePath();
        Map<Long, Long> sizes = new LinkedHashMap<>();
        for (Chapters.Enrolment e : chapters.membersWithin(p.getChapterId())) {
          sizes.merge(Voting.group(path, e, p.getChapterId()), 1L, Long::sum);
        }
        p.open(sizes);
        done.add(p.getId());
      }
    }
    return done;
  }

  /**
   * Closes the polls whose time has come and freezes their tally. One conditional update per poll
   * claims it, so that with several instances each poll is counted once.
   *
   * @param now the moment, UTC
   * @return the polls closed by this call
   */
  @Transactional
  public List<Long> closeDue(LocalDateTime now) {
    List<Long> done = new ArrayList<>();
    for (Long id :
        em.createQuery(
                "select p.id from Poll p where p.closedAt is null" + " and p.closesAt <= :now",
                Long.class)
            .setParameter("now", now)
            .setMaxResults(100)
            .getResultList()) {
      int n =
          em.createQuery(
                  "update Poll p set p.closedAt = :now, p.version = p.version + 1"
                      + " where p.id = :id and p.closedAt is null")
              .setParameter("now", now)
              .setParameter("id", id)
              .executeUpdate();
      if (n == 1) {
        Poll p = em.find(Poll.class, id);
        em.refresh(p);
        PollQueries.load(p);
        int eligible = chapters.membersWithin(p.getChapterId()).size();
        p.freeze(null, eligible, 0, now);
        Counted c = results.count(p);
        p.freeze(c.toJson(), eligible, (int) c.voters(), now);
        done.add(id);
      }
    }
    return done;
  }

  /**
   * Ends an open poll's voting now and freezes its tally, as its closing time would.
   *
   * @param pollId the poll
   * @return the poll, closed
   * @throws Rejected when it is not open
   */
  @Transactional
  public Poll closeNow(long pollId) {
    LocalDateTime now = Poll.now();
    Poll poll = polls.byId(pollId).orElseThrow(() -> new PollNotFound(pollId));
    if (poll.isClosed() || now.isBefore(poll.getOpensAt())) {
      throw new Rejected(
          List.of(
              Rejected.problem(
                  "closesAt", poll.isClosed() ? "polls.error.closed" : "polls.error.notOpen")),
          true);
    }
    em.createQuery(
            "update Poll p set p.closesAt = :now, p.version = p.version + 1"
                + " where p.id = :id and p.closedAt is null and p.closesAt > :now")
        .setParameter("now", now)
        .setParameter("id", pollId)
        .executeUpdate();
    if (poll.isOpened()) {
      closeDue(now);
    } else {
      openDue(now);
      closeDue(now);
    }
    // the frozen tally is written before the poll is read again
    em.flush();
    em.refresh(poll);
    PollQueries.load(poll);
    changes.changed(poll);
    audit.recordChange("poll.close", poll.getSlug(), null);
    return poll;
  }
}
