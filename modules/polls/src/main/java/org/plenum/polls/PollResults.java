package org.plenum.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.plenum.api.Chapters;

/**
 * A poll's results: counted from its ballots while it is open, frozen at its close; who may see
 * them; and the digest of a closed poll, from which anyone can recount.
 */
@ApplicationScoped
public class PollResults {

  @PersistenceContext EntityManager em;

  @Inject Chapters chapters;

  /**
   * Tells whether a poll's results are shown to a reader.
   *
   * @param poll the poll
   * @param voted true when the reader has voted in it
   * @return true when its visibility allows
   */
  public static boolean visible(Poll poll, boolean voted) {
    return switch (poll.getVisibility()) {
      case ALWAYS -> true;
      case AFTER_VOTING -> poll.isClosed() || voted;
      case AFTER_CLOSE -> poll.isClosed();
    };
  }

  /**
   * The results: frozen at the close, counted from the ballots before.
   *
   * @param poll the poll
   * @return the tally
   */
  @Transactional
  public Counted results(Poll poll) {
    if (poll.getTally() != null) {
      return Counted.fromJson(poll.getTally());
    }
    return count(poll);
  }

  /**
   * Counts a poll's ballots as they are now.
   *
   * @param poll the poll
   * @return the tally
   */
  @Transactional
  public Counted count(Poll poll) {
    // one query for the ballots with their answers, not one more per ballot
    List<Ballot> ballots =
        em.createQuery(
                "select distinct b from Ballot b"
                    + " left join fetch b.answers where b.pollId = :p",
                Ballot.class)
            .setParameter("p", poll.getId())
            .getResultList();
    List<Tally.Ballot> counted = new ArrayList<>();
    for (Ballot b : ballots) {
      counted.add(new Tally.Ballot(b.getGroupId(), b.getChosen()));
    }
    long eligible = eligible(poll);
    return Counted.of(
        Tally.count(questions(poll), counted, poll.getWeighting(), poll.getGroupSizes(), eligible),
        eligible,
        ballots.size());
  }

  /**
   * How many members may vote: as counted at the opening, or, before it, as the chapter stands.
   *
   * @param poll the poll
   * @return the eligible members
   */
  public long eligible(Poll poll) {
    return poll.getEligible() != null
        ? poll.getEligible()
        : chapters.membersWithin(poll.getChapterId()).size();
  }

  /**
   * A poll's questions as the tally takes them.
   *
   * @param poll the poll
   * @return the questions
   */
  static List<Tally.Question> questions(Poll poll) {
    List<Tally.Question> list = new ArrayList<>();
    for (Question q : poll.getQuestions()) {
      list.add(
          new Tally.Question(
              q.getId(),
              q.getChoices().stream().map(Choice::getId).toList(),
              q.isMotion(),
              q.getRule(),
              q.getQuorumPercent()));
    }
    return list;
  }

  /**
   * The digest of a closed poll, from which anyone can recount: for a secret poll each ballot's
   * receipt hash with its answers, for an open poll each voter's account with theirs.
   *
   * @param poll a closed poll
   * @return the ballots, in the order of their receipt hashes
   */
  @Transactional
  public List<Ballot> digest(Poll poll) {
    if (!poll.isClosed()) {
      return List.of();
    }
    List<Ballot> list =
        em.createQuery(
                "select distinct b from Ballot b"
                    + " left join fetch b.answers where b.pollId = :p order by b.receiptHash",
                Ballot.class)
            .setParameter("p", poll.getId())
            .getResultList();
    list.forEach(Ballot::getChosen);
    return list;
  }
}
