package org.plenum.polls;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.Settings;
import org.plenum.api.members.MemberStatus;
import org.plenum.spi.SiteStarted;

/**
 * The demo's historical poll, "Poll on IOPS Future" (closed 23 July 2014), with its six questions
 * and the ballots of 245 demo voters who answered as the organisation published: the results page
 * shows the published figures because it counts these ballots.
 */
@ApplicationScoped
public class DemoPoll {

  private static final Logger LOG = Logger.getLogger(DemoPoll.class.getName());

  /** The setting that records the demo poll was installed. */
  static final String DONE = "polls.demo.installed";

  static final int VOTERS = 245;

  private static final String[] FIRST = {
    "Amara", "Bruno", "Chen", "Dalia", "Emil", "Farah", "Gustav", "Hana", "Ivan", "Jonas", "Kira",
    "Luca", "Maya", "Nils", "Olga", "Priya", "Quentin", "Rosa", "Samir", "Tove", "Uma", "Viktor",
    "Wanda", "Xavier", "Yara"
  };
  private static final String[] LAST = {
    "Abbott",
    "Berger",
    "Castro",
    "Duval",
    "Eriksen",
    "Fischer",
    "Gallagher",
    "Haddad",
    "Ito",
    "Jensen"
  };
  private static final String[] HOMES = {
    "iops-melbourne",
    "iops-london",
    "iops-vienna",
    "iops-dublin",
    "iops-san-carlos",
    "iops-suffolk",
    "iops-international"
  };

  /** The questions, and the count of each option, as published. */
  static final List<Object[]> SEED =
      List.of(
          new Object[] {
            "Do you feel that we should remove or retain the conditions we earlier set"
                + " for holding a founding convention?",
            new String[] {"remove preconditions", "retain preconditions"},
            new int[] {164, 75}
          },
          new Object[] {
            "Do you agree that operating chapters should take initiative in coming"
                + " events, whether planning a convention (agenda, procedures at convention, place,"
                + " etc.) or attaining the earlier set preconditions for having a convention and then"
                + " planning it?",
            new String[] {
              "responsibility and initiative should move to chapters and overall" + " membership",
              "responsibility and initiative should stay with ICC and overall" + " membership"
            },
            new int[] {145, 90}
          },
          new Object[] {
            "Do you think we should define an operating chapter as a local working"
                + " group with ten people or more participating regularly, or as a local working"
                + " group with five people or more participating regularly?",
            new String[] {"at least 10", "at least 5"},
            new int[] {49, 188}
          },
          new Object[] {
            "If a convention plan is developed by operating chapters and it is to be"
                + " held in a country other than your own, would you attend?",
            new String[] {"yes", "no"},
            new int[] {85, 153}
          },
          new Object[] {
            "If it is to be held in your country, but not your city, would you" + " attend?",
            new String[] {"yes", "no"},
            new int[] {185, 53}
          },
          new Object[] {
            "If there are costs for venues, helping people attend, etc., would you"
                + " donate to help?",
            new String[] {"no", "$50", "$100", "$250", "$500", "$1000 or more"},
            new int[] {75, 102, 38, 12, 10, 2}
          });

  @Inject PollWriter writer;

  @Inject Voting voting;

  @Inject PollSchedule schedule;

  @Inject Chapters chapters;

  @Inject Members accounts;

  @Inject Settings settings;

  void install(@Observes @Priority(Interceptor.Priority.APPLICATION + 800) SiteStarted started) {
    if (!started.demoContent()
        || !started.enabledModules().contains(PollsModule.ID)
        || "true".equals(settings.get(DONE))) {
      return;
    }
    Chapter top = chapters.bySlug("iops-international").orElse(null);
    if (top == null) {
      return;
    }
    List<Long> voters = voters();
    List<PollDraft.QuestionDraft> questions = new ArrayList<>();
    for (Object[] q : SEED) {
      questions.add(
          new PollDraft.QuestionDraft(
              (String) q[0], Question.Kind.SINGLE, 1, null, 0, List.of((String[]) q[1])));
    }
    Poll poll =
        writer.create(
            new PollDraft(
                top.getId(),
                "Poll on IOPS Future",
                "poll-on-iops-future",
                "As you know, the deadline for our interim targets for moving"
                    + " toward a founding convention was June 12. Unfortunately, we were unsuccessful in"
                    + " meeting these targets. In preparation for the next steps, we ask every member"
                    + " how to go on.",
                "en",
                LocalDateTime.of(2014, 6, 23, 0, 0),
                LocalDateTime.of(2014, 7, 23, 23, 59),
                Tally.Weighting.ONE_MEMBER_ONE_VOTE,
                true,
                Poll.Visibility.AFTER_CLOSE,
                questions,
                false),
            "demo");
    Map<Long, Map<Long, Set<Long>>> ballots = ballots(poll, voters);
    for (Long voter : voters) {
      voting.record(poll, voter, ballots.get(voter));
    }
    schedule.closeDue(Poll.now());
    settings.update(Map.of(DONE, "true"));
    LOG.info(() -> "Installed the demo poll with " + voters.size() + " ballots");
  }

  /**
   * Who answered what: for each question, the published counts laid out over the voters in a
   * shuffled but fixed order, the voters left over skipping the question.
   */
  static Map<Long, Map<Long, Set<Long>>> ballots(Poll poll, List<Long> voters) {
    Map<Long, Map<Long, Set<Long>>> byVoter = new HashMap<>();
    voters.forEach(v -> byVoter.put(v, new HashMap<>()));
    Random random = new Random(2014);
    for (int i = 0; i < SEED.size(); i++) {
      Question q = poll.getQuestions().get(i);
      int[] counts = (int[]) SEED.get(i)[2];
      List<Long> order = new ArrayList<>(voters);
      Collections.shuffle(order, random);
      int at = 0;
      for (int o = 0; o < counts.length; o++) {
        for (int n = 0; n < counts[o]; n++) {
          byVoter.get(order.get(at++)).put(q.getId(), Set.of(q.getChoices().get(o).getId()));
        }
      }
    }
    return byVoter;
  }

  private List<Long> voters() {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < VOTERS; i++) {
      String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length];
      Member a = accounts.createWithoutPassword("voter." + (i + 1), name, MemberStatus.MEMBER);
      Chapter home = chapters.bySlug(HOMES[i % HOMES.length]).orElseThrow();
      chapters.join(home.getId(), a.id());
      ids.add(a.id());
    }
    return ids;
  }
}
