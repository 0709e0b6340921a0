package org.plenum.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.api.Audit;
import org.plenum.api.Chapters;
import org.plenum.api.Rejected;

/**
 * The rules of voting: who may vote (members, not supporters, of the poll's chapter and of every
 * chapter beneath it), when (between opening and closing), how often (one ballot per member per
 * poll, a database constraint), what (options of the poll's own questions, no more than a question
 * allows). A refused ballot changes nothing. A secret ballot keeps the answers apart from who
 * voted: it is found again only by its receipt.
 */
@ApplicationScoped
public class Voting {

  @PersistenceContext EntityManager em;

  @Inject Chapters chapters;

  @Inject Audit audit;

  @Inject PollShapes shapes;

  /**
   * Where a member votes in a poll: their place in its chapter's subtree.
   *
   * @param poll the poll
   * @param accountId the member
   * @return their enrolment, empty when they may not vote
   */
  @Transactional
  public Optional<Chapters.Enrolment> eligibility(Poll poll, long accountId) {
    return chapters.enrolmentWithin(poll.getChapterId(), accountId);
  }

  /**
   * The group a member votes through: the direct sub-chapter of the poll's chapter their chapter
   * lies in, or the poll's chapter itself.
   *
   * @param pollChapterPath the poll's chapter's tree path
   * @param enrolment the member's place
   * @param pollChapterId the poll's chapter
   * @return the group's chapter id
   */
  static long group(String pollChapterPath, Chapters.Enrolment enrolment, long pollChapterId) {
    String rest = enrolment.treePath().substring(pollChapterPath.length());
    int slash = rest.indexOf('/');
    return slash <= 0 ? pollChapterId : Long.parseLong(rest.substring(0, slash));
  }

  /**
   * Whether a member has voted, and their ballot in an open poll.
   *
   * @param poll the poll
   * @param accountId the member
   * @return true when they took part
   */
  @Transactional
  public boolean hasVoted(Poll poll, long accountId) {
    return em.find(Participation.class, new Participation.Key(poll.getId(), accountId)) != null;
  }

  /**
   * A member's ballot in an open poll, or a ballot found by its receipt in a secret one.
   *
   * @param poll the poll
   * @param accountId the member
   * @param receipt the receipt, for a secret poll
   * @return the ballot, if any
   */
  @Transactional
  public Optional<Ballot> ballot(Poll poll, long accountId, String receipt) {
    return ballot(poll.getId(), poll.isSecret(), accountId, receipt, LockModeType.NONE);
  }

  /**
   * Saves a member's answers: the first ballot, or a change to it. When two of a member's ballots
   * meet all the same, {@link Ballots#cast} runs the loser again.
   *
   * @param pollId the poll
   * @param accountId the member
   * @param answers the options chosen, by question; questions left out stay unanswered
   * @param receipt for changing a secret ballot, the receipt given when it was cast
   * @return the receipt: a new one for a first ballot, the same one after a change
   * @throws Rejected when the member may not vote, the poll is not open, or an answer is not
   *     allowed; nothing changes
   */
  @Transactional
  public String vote(long pollId, long accountId, Map<Long, Set<Long>> answers, String receipt) {
    // the poll's state is read afresh; its questions, fixed once it opens, from memory
    Object[] state =
        em.createQuery(
                "select p.version, p.opensAt, p.closesAt, p.closedAt, p.slug"
                    + " from Poll p where p.id = :id",
                Object[].class)
            .setParameter("id", pollId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new PollNotFound(pollId));
    LocalDateTime now = Poll.now();
    if (state[3] != null || !now.isBefore((LocalDateTime) state[2])) {
      throw refuse("polls.error.closed", true);
    }
    if (now.isBefore((LocalDateTime) state[1])) {
      throw refuse("polls.error.notOpen", true);
    }
    PollShapes.Shape shape = shapes.of(pollId, (Long) state[0]);
    Chapters.Enrolment enrolment =
        chapters
            .enrolmentWithin(shape.chapterId(), accountId)
            .orElseThrow(() -> refuse("polls.error.notEligible", false));
    shape.check(answers);
    long group = group(shape.chapterPath(), enrolment, shape.chapterId());
    // a member's ballots sent at once take their turns in Ballots#cast; should one still meet
    // another (sent to another server), the database refuses the second first ballot, and a
    // change waits for the ballot's row
    Participation.Key key = new Participation.Key(pollId, accountId);
    boolean voted = em.find(Participation.class, key) != null;
    audit.recordChange("poll.vote", (String) state[4], null);
    if (voted) {
      Ballot b =
          ballot(pollId, shape.secret(), accountId, receipt, LockModeType.PESSIMISTIC_WRITE)
              .orElseThrow(() -> refuse("polls.error.receipt", true));
      b.answer(answers);
      em.flush();
      return receipt;
    }
    em.persist(new Participation(pollId, accountId));
    String code = Receipts.newReceipt();
    Ballot b = new Ballot(pollId, shape.secret() ? null : accountId, Receipts.hash(code), group);
    b.answer(answers);
    em.persist(b);
    em.flush();
    return code;
  }

  /**
   * Stores a ballot as it was cast elsewhere (an import, the demo's historical poll), whatever the
   * poll's times; the voter must be eligible and must not have voted.
   *
   * @param poll the poll
   * @param accountId the voter
   * @param answers the options chosen, by question
   * @throws Rejected when the voter may not vote or an answer is not allowed
   */
  @Transactional
  public void record(Poll poll, long accountId, Map<Long, Set<Long>> answers) {
    Chapters.Enrolment enrolment =
        eligibility(poll, accountId).orElseThrow(() -> refuse("polls.error.notEligible", false));
    shapes.of(poll.getId(), poll.getVersion()).check(answers);
    em.persist(new Participation(poll.getId(), accountId));
    Ballot b =
        new Ballot(
            poll.getId(),
            poll.isSecret() ? null : accountId,
            Receipts.hash(Receipts.newReceipt()),
            groupOf(poll, enrolment));
    b.answer(answers);
    em.persist(b);
  }

  private long groupOf(Poll poll, Chapters.Enrolment enrolment) {
    String path = chapters.byId(poll.getChapterId()).orElseThrow().getTreePath();
    return group(path, enrolment, poll.getChapterId());
  }

  private Optional<Ballot> ballot(
      long pollId, boolean secret, long accountId, String receipt, LockModeType lock) {
    if (!secret) {
      return em.createQuery(
              "select b from Ballot b where b.pollId = :p and b.accountId = :a", Ballot.class)
          .setParameter("p", pollId)
          .setParameter("a", accountId)
          .setLockMode(lock)
          .getResultStream()
          .findFirst()
          .map(Voting::touch);
    }
    if (receipt == null || receipt.isBlank() || receipt.length() > 64) {
      return Optional.empty();
    }
    return em.createQuery(
            "select b from Ballot b where b.pollId = :p and b.receiptHash = :h", Ballot.class)
        .setParameter("p", pollId)
        .setParameter("h", Receipts.hash(receipt))
        .setLockMode(lock)
        .getResultStream()
        .findFirst()
        .map(Voting::touch);
  }

  private static Ballot touch(Ballot b) {
    b.getChosen();
    return b;
  }

  static Rejected refuse(String key, boolean conflict) {
    return new Rejected(List.of(Rejected.problem("answers", key)), conflict);
  }
}
