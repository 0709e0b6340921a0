package org.plenum.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenum.api.Rejected;

/**
 * Casts ballots when several arrive at once. A member's ballots take their turns in {@link
 * Voting#vote}; should two still meet (the database's one-ballot-per-member constraint, or the
 * ballot's version), the loser is run again, as a change, so that the member ends with one ballot
 * holding the answers of the request that came last. Such a race is expected and told in one line
 * of the log; any other failure with its stack trace.
 */
@ApplicationScoped
public class Ballots {

  static final int ATTEMPTS = 5;

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
