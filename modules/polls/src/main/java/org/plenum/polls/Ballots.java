package org.plenum.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenum.api.Rejected;

/**
 * Casts ballots when several arrive at once. On one server a member's ballots to one poll take
 * their turns (a lock per member and poll, held until the ballot is committed), while different
 * members' ballots go on side by side; should two of a member's ballots still meet (sent to two
 * servers of a cluster: the database's one-ballot-per-member constraint, or the ballot's version),
 * the loser is run again, as a change, so that the member ends with one ballot holding the answers
 * of the request that came last. Such a race is expected and told in one line of the log; any other
 * failure with its stack trace.
 */
@ApplicationScoped
public class Ballots {

  static final int ATTEMPTS = 5;

  /** Locks striped by member and poll: two members rarely share one, and never wait long. */
  private final ReentrantLock[] turns = new ReentrantLock[512];

  {
    for (int i = 0; i < turns.length; i++) {
      turns[i] = new ReentrantLock();
    }
  }

  private static final Logger LOG = Logger.getLogger(Ballots.class.getName());

  @Inject Voting voting;

  /**
   * Saves a member's answers, trying again when another of their requests got in between.
   *
   * @param pollId the poll
   * @param accountId the member
   * @param answers the options chosen, by question
   * @param receipt for a secret ballot being changed, its receipt
   * @return the receipt of a first ballot, or the one given
   * @throws Rejected as {@link Voting#vote} does
   */
  public String cast(long pollId, long accountId, Map<Long, Set<Long>> answers, String receipt) {
    ReentrantLock turn = turn(pollId, accountId);
    turn.lock();
    try {
      return attempt(pollId, accountId, answers, receipt);
    } finally {
      turn.unlock();
    }
  }

  /** The lock a member's ballots to a poll share. */
  ReentrantLock turn(long pollId, long accountId) {
    return turns[Math.floorMod(Long.hashCode(pollId * 1_000_003L + accountId), turns.length)];
  }

  private String attempt(
      long pollId, long accountId, Map<Long, Set<Long>> answers, String receipt) {
    RuntimeException last = null;
    for (int i = 0; i < ATTEMPTS; i++) {
      try {
        return voting.vote(pollId, accountId, answers, receipt);
      } catch (PersistenceException | TransactionalException e) {
        last = e;
        if (race(e)) {
          LOG.info(
              () ->
                  "Polls: a ballot of member "
                      + accountId
                      + " in poll "
                      + pollId
                      + " met another of theirs at the same time; cast again");
        } else {
          LOG.log(
              Level.WARNING,
              "Polls: casting a ballot of member "
                  + accountId
                  + " in poll "
                  + pollId
                  + " failed; trying again",
              e);
        }
      }
    }
    LOG.log(
        Level.WARNING,
        "Polls: a ballot of member "
            + accountId
            + " in poll "
            + pollId
            + " failed "
            + ATTEMPTS
            + " times; given up",
        last);
    throw last;
  }

  /**
   * Tells whether a failure is the race: the ballot's version changed meanwhile, or the database
   * refused a second ballot of the member (a constraint, SQL state class 23).
   */
  static boolean race(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      // the provider's own optimistic-lock failure too, when it comes unwrapped
      if (t instanceof OptimisticLockException
          || t.getClass().getSimpleName().equals("OptimisticLockException")
          || t instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }
}
