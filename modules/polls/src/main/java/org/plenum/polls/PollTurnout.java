package org.plenum.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The turnout of a poll over time: how many ballots were cast in each hour (a poll of two days or
 * less), day (up to four months) or week, and the running total, from the opening to the close or
 * now. Only counts: in a secret poll nothing says who voted when.
 */
@ApplicationScoped
public class PollTurnout {

  /** How a poll's time is cut. */
  public enum Step {
    /** An hour a step. */
    HOUR,
    /** A day a step (in the reader's time zone). */
    DAY,
    /** A week a step. */
    WEEK
  }

  /**
   * One step of time.
   *
   * @param start its beginning
   * @param cast the ballots first cast in it
   * @param total the ballots cast from the opening to its end
   */
  public record Point(ZonedDateTime start, long cast, long total) {}

  /**
   * A poll's turnout.
   *
   * @param step how the time is cut
   * @param points the steps, the first holding the opening
   * @param eligible the members who may vote
   */
  public record Turnout(Step step, List<Point> points, long eligible) {

    /**
     * @return the ballots cast so far
     */
    public long total() {
      return points.isEmpty() ? 0 : points.get(points.size() - 1).total();
    }
  }

  @PersistenceContext EntityManager em;

  @Inject PollResults results;

  /**
   * The turnout of a poll that has opened.
   *
   * @param poll the poll
   * @param zone the reader's time zone, in which days begin
   * @return its turnout; no step before the opening
   */
  public Turnout of(Poll poll, ZoneId zone) {
    Instant opens = poll.getOpens();
    Instant now = Instant.now();
    Instant end = poll.getCloses().isBefore(now) ? poll.getCloses() : now;
    Duration span = Duration.between(opens, end);
    Step step =
        span.compareTo(Duration.ofDays(2)) <= 0
            ? Step.HOUR
            : span.compareTo(Duration.ofDays(120)) <= 0 ? Step.DAY : Step.WEEK;
    List<ZonedDateTime> starts = new ArrayList<>();
    ZonedDateTime first = first(opens.atZone(zone), step);
    for (ZonedDateTime t = first;
        !t.toInstant().isAfter(end) || starts.isEmpty();
        t = next(t, step)) {
      starts.add(t);
    }
    long[] cast = new long[starts.size()];
    for (LocalDateTime at :
        em.createQuery("select b.castAt from Ballot b where b.pollId = :p", LocalDateTime.class)
            .setParameter("p", poll.getId())
            .getResultList()) {
      cast[slot(starts, at.toInstant(ZoneOffset.UTC))]++;
    }
    List<Point> points = new ArrayList<>(starts.size());
    long total = 0;
    for (int i = 0; i < starts.size(); i++) {
      total += cast[i];
      points.add(new Point(starts.get(i), cast[i], total));
    }
    return new Turnout(step, points, results.eligible(poll));
  }

  private static ZonedDateTime first(ZonedDateTime opens, Step step) {
    return switch (step) {
      case HOUR -> opens.truncatedTo(ChronoUnit.HOURS);
      case DAY, WEEK -> opens.truncatedTo(ChronoUnit.DAYS);
    };
  }

  private static ZonedDateTime next(ZonedDateTime t, Step step) {
    return switch (step) {
      case HOUR -> t.plusHours(1);
      case DAY -> t.plusDays(1);
      case WEEK -> t.plusWeeks(1);
    };
  }

  /** The step a ballot falls in: the last that began at or before it (the first for earlier). */
  private static int slot(List<ZonedDateTime> starts, Instant at) {
    int low = 0;
    int high = starts.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (starts.get(mid).toInstant().isAfter(at)) {
        high = mid - 1;
      } else {
        low = mid;
      }
    }
    return low;
  }
}
