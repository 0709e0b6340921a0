package org.plenum.polls;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts a poll: for each question, how many voters chose each option, the share each option gets
 * under the poll's weighting, how many answered, and for a motion whether it carried and why. Pure
 * arithmetic on what it is given, so that it can be checked on worked examples and run again on a
 * published digest to recount.
 *
 * <p>Weighting: with {@link Weighting#ONE_MEMBER_ONE_VOTE} a share is the option's count over the
 * voters who answered. With {@link Weighting#PROPORTIONAL} and {@link Weighting#EQUAL_CHAPTERS},
 * voters are grouped by the direct sub-chapter of the poll's chapter they belong to (members of the
 * poll's chapter itself form a group of their own); each group's shares are computed as above and
 * the poll's share is their weighted mean, the weight of a group being its member count at opening
 * (proportional) or one (equal). Groups in which nobody answered a question take no part in that
 * question's mean.
 *
 * <p>Motions: For, Against and Abstain. A simple majority carries when For outweighs Against; two
 * thirds when For is at least two thirds of For and Against; abstentions count for the quorum only.
 * The quorum is met when the voters who answered (abstentions included) are at least the given
 * share of the eligible members.
 */
public final class Tally {

  private static final MathContext MATH = MathContext.DECIMAL64;

  private Tally() {}

  /** How votes are weighted. */
  public enum Weighting {
    /** Every voter counts the same. */
    ONE_MEMBER_ONE_VOTE,
    /** Each sub-chapter counts in proportion to its members at opening. */
    PROPORTIONAL,
    /** Each sub-chapter counts the same. */
    EQUAL_CHAPTERS
  }

  /** What a motion needs to carry. */
  public enum Rule {
    /** More For than Against. */
    MAJORITY,
    /** For at least two thirds of For and Against. */
    TWO_THIRDS
  }

  /** Why a motion carried or not. */
  public enum Reason {
    /** For outweighed Against (or reached two thirds). */
    CARRIED,
    /** Not enough For. */
    NOT_ENOUGH_FOR,
    /** Too few voters answered. */
    NO_QUORUM
  }

  /**
   * A question as counted.
   *
   * @param id its id
   * @param options its options' ids, in order; for a motion: For, Against, Abstain
   * @param motion true for a motion
   * @param rule what a motion needs, or {@code null}
   * @param quorumPercent the share of eligible members who must answer, 0 for none
   */
  public record Question(
      long id, List<Long> options, boolean motion, Rule rule, int quorumPercent) {}

  /**
   * A ballot as counted.
   *
   * @param group the voter's group: the direct sub-chapter they vote through
   * @param answers the options chosen, by question id
   */
  public record Ballot(long group, Map<Long, Set<Long>> answers) {}

  /**
   * The result of a question.
   *
   * @param question its id
   * @param counts how many voters chose each option, in the options' order
   * @param shares each option's share, 0 to 1, under the weighting
   * @param answered how many voters answered it
   * @param turnout answered over eligible, 0 to 1
   * @param outcome for a motion, whether it carried and why; {@code null} otherwise
   */
  public record Result(
      long question,
      Map<Long, Long> counts,
      Map<Long, BigDecimal> shares,
      long answered,
      BigDecimal turnout,
      Reason outcome) {

    /**
     * @return true for a carried motion
     */
    public boolean carried() {
      return outcome == Reason.CARRIED;
    }
  }

  /**
   * Counts.
   *
   * @param questions the questions
   * @param ballots every ballot
   * @param weighting how to weigh
   * @param groupMembers members of each group at opening (for proportional weighting)
   * @param eligible how many members could vote
   * @return a result per question, in order
   */
  public static List<Result> count(
      List<Question> questions,
      List<Ballot> ballots,
      Weighting weighting,
      Map<Long, Long> groupMembers,
      long eligible) {
    List<Result> results = new ArrayList<>();
    for (Question q : questions) {
      results.add(count(q, ballots, weighting, groupMembers, eligible));
    }
    return results;
  }

  private static Result count(
      Question q,
      List<Ballot> ballots,
      Weighting weighting,
      Map<Long, Long> groupMembers,
      long eligible) {
    Map<Long, Long> counts = new LinkedHashMap<>();
    q.options().forEach(o -> counts.put(o, 0L));
    Map<Long, Map<Long, Long>> byGroup = new HashMap<>();
    Map<Long, Long> answeredByGroup = new HashMap<>();
    long answered = 0;
    for (Ballot b : ballots) {
      Set<Long> chosen = b.answers().get(q.id());
      if (chosen == null || chosen.isEmpty()) {
        continue;
      }
      answered++;
      answeredByGroup.merge(b.group(), 1L, Long::sum);
      for (Long o : chosen) {
        if (counts.containsKey(o)) {
          counts.merge(o, 1L, Long::sum);
          byGroup.computeIfAbsent(b.group(), g -> new HashMap<>()).merge(o, 1L, Long::sum);
        }
      }
    }
    Map<Long, BigDecimal> shares = new LinkedHashMap<>();
    if (weighting == Weighting.ONE_MEMBER_ONE_VOTE) {
      for (Long o : q.options()) {
        shares.put(o, ratio(counts.get(o), answered));
      }
    } else {
      BigDecimal totalWeight = BigDecimal.ZERO;
      Map<Long, BigDecimal> weighted = new LinkedHashMap<>();
      q.options().forEach(o -> weighted.put(o, BigDecimal.ZERO));
      for (Map.Entry<Long, Long> g : answeredByGroup.entrySet()) {
        BigDecimal w =
            weighting == Weighting.EQUAL_CHAPTERS
                ? BigDecimal.ONE
                : BigDecimal.valueOf(groupMembers.getOrDefault(g.getKey(), 0L));
        totalWeight = totalWeight.add(w);
        Map<Long, Long> groupCounts = byGroup.getOrDefault(g.getKey(), Map.of());
        for (Long o : q.options()) {
          weighted.merge(
              o, w.multiply(ratio(groupCounts.getOrDefault(o, 0L), g.getValue())), BigDecimal::add);
        }
      }
      for (Long o : q.options()) {
        shares.put(
            o,
            totalWeight.signum() == 0
                ? BigDecimal.ZERO
                : weighted.get(o).divide(totalWeight, MATH));
      }
    }
    BigDecimal turnout = ratio(answered, eligible);
    Reason outcome = null;
    if (q.motion()) {
      // decided on exact fractions: a two-thirds vote is not lost to a rounding
      List<long[]> groups = new ArrayList<>();
      if (weighting == Weighting.ONE_MEMBER_ONE_VOTE) {
        groups.add(
            new long[] {
              1, counts.get(q.options().get(0)), counts.get(q.options().get(1)), answered
            });
      } else {
        for (Map.Entry<Long, Long> g : answeredByGroup.entrySet()) {
          Map<Long, Long> c = byGroup.getOrDefault(g.getKey(), Map.of());
          long w =
              weighting == Weighting.EQUAL_CHAPTERS ? 1 : groupMembers.getOrDefault(g.getKey(), 0L);
          groups.add(
              new long[] {
                w,
                c.getOrDefault(q.options().get(0), 0L),
                c.getOrDefault(q.options().get(1), 0L),
                g.getValue()
              });
        }
      }
      outcome = outcome(q, groups, answered, eligible);
    }
    return new Result(q.id(), counts, shares, answered, turnout, outcome);
  }

  private static Reason outcome(Question q, List<long[]> groups, long answered, long eligible) {
    if (q.quorumPercent() > 0 && answered * 100 < (long) q.quorumPercent() * eligible) {
      return Reason.NO_QUORUM;
    }
    int sign =
        q.rule() == Rule.TWO_THIRDS
            // For / (For + Against) >= 2/3  <=>  For - 2 Against >= 0, For > 0
            ? weightedSign(groups, 1, 2)
            : weightedSign(groups, 1, 1);
    boolean anyFor = weightedSign(groups, 1, 0) > 0;
    boolean carried = q.rule() == Rule.TWO_THIRDS ? anyFor && sign >= 0 : sign > 0;
    return carried ? Reason.CARRIED : Reason.NOT_ENOUGH_FOR;
  }

  /**
   * The sign of the sum over groups of weight × (a × For − b × Against) / answered, computed
   * exactly with a common denominator.
   *
   * @param groups each {weight, for, against, answered}
   * @param a the factor of For
   * @param b the factor of Against
   * @return -1, 0 or 1
   */
  static int weightedSign(List<long[]> groups, long a, long b) {
    BigInteger common = BigInteger.ONE;
    for (long[] g : groups) {
      if (g[3] > 0) {
        BigInteger d = BigInteger.valueOf(g[3]);
        common = common.divide(common.gcd(d)).multiply(d);
      }
    }
    BigInteger sum = BigInteger.ZERO;
    for (long[] g : groups) {
      if (g[3] == 0) {
        continue;
      }
      BigInteger term =
          BigInteger.valueOf(a * g[1] - b * g[2])
              .multiply(BigInteger.valueOf(g[0]))
              .multiply(common.divide(BigInteger.valueOf(g[3])));
      sum = sum.add(term);
    }
    return sum.signum();
  }

  private static BigDecimal ratio(long part, long whole) {
    return whole == 0
        ? BigDecimal.ZERO
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), MATH);
  }

  /**
   * A share as a percentage, for showing.
   *
   * @param share 0 to 1
   * @return percent with one decimal
   */
  public static BigDecimal percent(BigDecimal share) {
    return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
  }
}
