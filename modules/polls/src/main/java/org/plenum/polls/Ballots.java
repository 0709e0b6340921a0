package org.plenum.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.Map;
import java.util.Set;
import org.plenum.core.content.Rejected;

/**
 * Casts ballots when several arrive at once: a member's two first ballots racing each other
 * meet the database's one-ballot-per-member constraint, and a change racing another meets the
 * ballot's version; the loser is run again, as a change, so that the member ends with one
 * ballot holding the answers of the request that came last.
 */
@ApplicationScoped
public class Ballots {

  static final int ATTEMPTS = 5;

  @Inject
  PollService polls;

  /**
   * Saves a member's answers, trying again when another of their requests got in between.
   *
   * @param pollId the poll
   * @param accountId the member
   * @param answers the options chosen, by question
   * @param receipt for a secret ballot being changed, its receipt
   * @return the receipt of a first ballot, or the one given
   * @throws Rejected as {@link PollService#vote} does
   */
  public String cast(long pollId, long accountId, Map<Long, Set<Long>> answers,
      String receipt) {
    RuntimeException last = null;
    for (int i = 0; i < ATTEMPTS; i++) {
      try {
        return polls.vote(pollId, accountId, answers, receipt);
      } catch (PersistenceException | TransactionalException e) {
        last = e;
      }
    }
    throw last;
  }
}
