package org.plenum.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.plenum.api.Slugs;

/** Finding polls: one by address or id, with its questions; lists of them by state. */
@ApplicationScoped
public class PollQueries {

  @PersistenceContext EntityManager em;

  /** Which polls a list shows. */
  public enum Show {
    /** Every poll. */
    ALL,
    /** Polls taking ballots now. */
    OPEN,
    /** Polls closed and counted. */
    CLOSED
  }

  /**
   * A poll by address, with its questions.
   *
   * @param slug the address
   * @return the poll, if any
   */
  @Transactional
  public Optional<Poll> bySlug(String slug) {
    if (!Slugs.valid(slug)) {
      return Optional.empty();
    }
    Optional<Poll> poll =
        em.createQuery("select p from Poll p where p.slug = :s", Poll.class)
            .setParameter("s", slug)
            .getResultStream()
            .findFirst();
    poll.ifPresent(PollQueries::load);
    return poll;
  }

  /**
   * A poll's id by its address, without reading the poll.
   *
   * @param slug the address
   * @return the id, if there is such a poll
   */
  @Transactional
  public Optional<Long> idOf(String slug) {
    if (!Slugs.valid(slug)) {
      return Optional.empty();
    }
    return em.createQuery("select p.id from Poll p where p.slug = :s", Long.class)
        .setParameter("s", slug)
        .getResultStream()
        .findFirst();
  }

  /**
   * A poll by id, with its questions.
   *
   * @param id the id
   * @return the poll, if any
   */
  @Transactional
  public Optional<Poll> byId(long id) {
    Poll p = em.find(Poll.class, id);
    if (p != null) {
      load(p);
    }
    return Optional.ofNullable(p);
  }

  /**
   * Reads a poll's questions, their options and its groups' sizes, for use after the transaction.
   *
   * @param p a managed poll
   */
  static void load(Poll p) {
    p.getQuestions().forEach(q -> q.getChoices().size());
    p.getGroupSizes();
  }

  /**
   * Polls, the newest closing first.
   *
   * @param show which
   * @param chapterId only this chapter's (not its sub-chapters'), or {@code null}
   * @param max how many
   * @return polls
   */
  @Transactional
  public List<Poll> list(Show show, Long chapterId, int max) {
    String where =
        switch (show) {
          case ALL -> "1 = 1";
          case OPEN -> "p.closedAt is null and p.opensAt <= :now and p.closesAt > :now";
          case CLOSED -> "p.closedAt is not null";
        };
    var q =
        em.createQuery(
                "select p from Poll p where "
                    + where
                    + (chapterId == null ? "" : " and p.chapterId = :c")
                    + " order by p.closesAt desc",
                Poll.class)
            .setMaxResults(max);
    if (show == Show.OPEN) {
      q.setParameter("now", Poll.now());
    }
    if (chapterId != null) {
      q.setParameter("c", chapterId);
    }
    return q.getResultList();
  }
}
