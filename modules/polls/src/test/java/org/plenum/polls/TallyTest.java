package org.plenum.polls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenum.polls.Tally.Ballot;
import org.plenum.polls.Tally.Question;
import org.plenum.polls.Tally.Reason;
import org.plenum.polls.Tally.Result;
import org.plenum.polls.Tally.Rule;
import org.plenum.polls.Tally.Weighting;

/** Worked examples of counting, each computed by hand in its comment. */
class TallyTest {

  private static final long FOR = 1;
  private static final long AGAINST = 2;
  private static final long ABSTAIN = 3;
  private static final long LONDON = 100;
  private static final long VIENNA = 200;

  private static Question motion(Rule rule, int quorum) {
    return new Question(7, List.of(FOR, AGAINST, ABSTAIN), true, rule, quorum);
  }

  private static void add(List<Ballot> ballots, long group, long option, int times) {
    for (int i = 0; i < times; i++) {
      ballots.add(new Ballot(group, Map.of(7L, Set.of(option))));
    }
  }

  private static Result one(Question q, List<Ballot> ballots, Weighting w, long eligible) {
    return Tally.count(List.of(q), ballots, w, Map.of(LONDON, 30L, VIENNA, 10L), eligible).get(0);
  }

  private static void near(double expected, BigDecimal actual) {
    assertEquals(expected, actual.doubleValue(), 1e-9, actual.toPlainString());
  }

  @Test
  void theSeedsFirstQuestionCountsAsPublished() {
    // remove 164, retain 75: 239 answered of 245 voters; 164 / 239 = 0.686192...
    Question q = new Question(1, List.of(11L, 12L), false, null, 0);
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 0; i < 164; i++) {
      ballots.add(new Ballot(0, Map.of(1L, Set.of(11L))));
    }
    for (int i = 0; i < 75; i++) {
      ballots.add(new Ballot(0, Map.of(1L, Set.of(12L))));
    }
    for (int i = 0; i < 6; i++) {
      ballots.add(new Ballot(0, Map.of()));
    }
    Result r =
        Tally.count(List.of(q), ballots, Weighting.ONE_MEMBER_ONE_VOTE, Map.of(), 245).get(0);
    assertEquals(164L, r.counts().get(11L));
    assertEquals(75L, r.counts().get(12L));
    assertEquals(239, r.answered());
    near(164.0 / 239, r.shares().get(11L));
    near(239.0 / 245, r.turnout());
    assertEquals(new BigDecimal("68.6"), Tally.percent(r.shares().get(11L)));
  }

  @Test
  void theWeightingCanDecideAMotion() {
    // London (30 members): For 3, Against 7. Vienna (10 members): For 5, Against 0.
    List<Ballot> ballots = new ArrayList<>();
    add(ballots, LONDON, FOR, 3);
    add(ballots, LONDON, AGAINST, 7);
    add(ballots, VIENNA, FOR, 5);
    Question q = motion(Rule.MAJORITY, 0);
    // one member, one vote: For 8/15 = 0.5333, Against 7/15 = 0.4667: carried
    Result omov = one(q, ballots, Weighting.ONE_MEMBER_ONE_VOTE, 40);
    near(8.0 / 15, omov.shares().get(FOR));
    assertEquals(Reason.CARRIED, omov.outcome());
    // proportional: For (30 x 0.3 + 10 x 1) / 40 = 0.475, Against (30 x 0.7) / 40 = 0.525
    Result proportional = one(q, ballots, Weighting.PROPORTIONAL, 40);
    near(0.475, proportional.shares().get(FOR));
    near(0.525, proportional.shares().get(AGAINST));
    assertEquals(Reason.NOT_ENOUGH_FOR, proportional.outcome());
    // equal chapters: For (0.3 + 1) / 2 = 0.65, Against (0.7 + 0) / 2 = 0.35: carried
    Result equal = one(q, ballots, Weighting.EQUAL_CHAPTERS, 40);
    near(0.65, equal.shares().get(FOR));
    assertEquals(Reason.CARRIED, equal.outcome());
    assertEquals(8L, proportional.counts().get(FOR), "counts are never weighted");
  }

  @Test
  void aSubChapterWhereNobodyAnsweredTakesNoPart() {
    // only London answers: For 6, Against 4; Vienna's weight is left out, not counted as 0
    List<Ballot> ballots = new ArrayList<>();
    add(ballots, LONDON, FOR, 6);
    add(ballots, LONDON, AGAINST, 4);
    ballots.add(new Ballot(VIENNA, Map.of()));
    Result r = one(motion(Rule.MAJORITY, 0), ballots, Weighting.PROPORTIONAL, 40);
    near(0.6, r.shares().get(FOR));
    assertEquals(10, r.answered());
  }

  @Test
  void twoThirdsIsReachedExactlyAtTwoThirdsAndAbstentionsDoNotCount() {
    List<Ballot> exactly = new ArrayList<>();
    add(exactly, LONDON, FOR, 20);
    add(exactly, LONDON, AGAINST, 10);
    add(exactly, LONDON, ABSTAIN, 30);
    assertEquals(
        Reason.CARRIED,
        one(motion(Rule.TWO_THIRDS, 0), exactly, Weighting.ONE_MEMBER_ONE_VOTE, 100).outcome());
    List<Ballot> under = new ArrayList<>();
    add(under, LONDON, FOR, 19);
    add(under, LONDON, AGAINST, 10);
    Result r = one(motion(Rule.TWO_THIRDS, 0), under, Weighting.ONE_MEMBER_ONE_VOTE, 100);
    assertEquals(Reason.NOT_ENOUGH_FOR, r.outcome(), "19 / 29 = 0.655 < 2/3");
    assertFalse(r.carried());
  }

  @Test
  void aTieIsNotAMajority() {
    List<Ballot> ballots = new ArrayList<>();
    add(ballots, LONDON, FOR, 5);
    add(ballots, LONDON, AGAINST, 5);
    assertEquals(
        Reason.NOT_ENOUGH_FOR,
        one(motion(Rule.MAJORITY, 0), ballots, Weighting.ONE_MEMBER_ONE_VOTE, 10).outcome());
  }

  @Test
  void theQuorumCountsAbstentionsAndStopsAMotionBelowIt() {
    // eligible 100, quorum 50 %: 49 answered is short, 50 is enough
    List<Ballot> short49 = new ArrayList<>();
    add(short49, LONDON, FOR, 40);
    add(short49, LONDON, ABSTAIN, 9);
    assertEquals(
        Reason.NO_QUORUM,
        one(motion(Rule.MAJORITY, 50), short49, Weighting.ONE_MEMBER_ONE_VOTE, 100).outcome());
    add(short49, LONDON, ABSTAIN, 1);
    Result enough = one(motion(Rule.MAJORITY, 50), short49, Weighting.ONE_MEMBER_ONE_VOTE, 100);
    assertEquals(Reason.CARRIED, enough.outcome());
    near(0.5, enough.turnout());
  }

  @Test
  void aMultipleChoiceQuestionCountsEveryChoiceOfEveryVoter() {
    // three voters: {a, b}, {a}, {c}: a 2, b 1, c 1; shares over 3 voters: 2/3, 1/3, 1/3
    Question q = new Question(9, List.of(31L, 32L, 33L), false, null, 0);
    List<Ballot> ballots =
        List.of(
            new Ballot(0, Map.of(9L, Set.of(31L, 32L))),
            new Ballot(0, Map.of(9L, Set.of(31L))),
            new Ballot(0, Map.of(9L, Set.of(33L))));
    Result r = Tally.count(List.of(q), ballots, Weighting.ONE_MEMBER_ONE_VOTE, Map.of(), 10).get(0);
    assertEquals(List.of(2L, 1L, 1L), List.copyOf(r.counts().values()));
    near(2.0 / 3, r.shares().get(31L));
    assertEquals(3, r.answered());
    assertTrue(r.outcome() == null, "not a motion");
  }
}
