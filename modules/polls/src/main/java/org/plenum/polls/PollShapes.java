package org.plenum.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.plenum.api.Chapters;
import org.plenum.api.Rejected;

/**
 * What a ballot is checked against: a poll's chapter, kind and questions, which do not change once
 * it opens (a change before bumps the version, and the shape is read again). Kept in memory by poll
 * and version, so that a storm of ballots does not read the poll's questions for each.
 */
@ApplicationScoped
public class PollShapes {

  @Inject PollQueries polls;

  @Inject Chapters chapters;

  private final Map<Long, Shape> shapes = new ConcurrentHashMap<>();

  /**
   * A poll's shape as a ballot needs it.
   *
   * @param version the poll's version it was read at
   * @param chapterId the poll's chapter
   * @param chapterPath that chapter's tree path
   * @param secret true for a secret poll
   * @param questions the questions' shapes, by id
   */
  public record Shape(
      long version,
      long chapterId,
      String chapterPath,
      boolean secret,
      Map<Long, Question.Shape> questions) {

    /**
     * Checks answers against the poll's questions.
     *
     * @param answers the options chosen, by question
     * @throws Rejected when a question or option is not the poll's, or a question has more answers
     *     than it allows; not a conflict
     */
    public void check(Map<Long, Set<Long>> answers) {
      for (Map.Entry<Long, Set<Long>> a : answers.entrySet()) {
        Question.Shape q = questions.get(a.getKey());
        if (q == null) {
          throw Voting.refuse("polls.error.foreignQuestion", false);
        }
        if (!q.choices().containsAll(a.getValue())) {
          throw Voting.refuse("polls.error.foreignOption", false);
        }
        if (a.getValue().size() > q.maxChoices()) {
          throw new Rejected(
              List.of(
                  Rejected.problem(
                      "answers", "polls.error.tooMany", q.position() + 1, q.maxChoices())),
              false);
        }
      }
    }
  }

  /**
   * A poll's shape at a version: the one in memory, or read from the poll (in the caller's
   * transaction).
   *
   * @param pollId the poll
   * @param version its version as read now
   * @return its shape
   * @throws PollNotFound when there is no such poll
   */
  public Shape of(long pollId, long version) {
    Shape known = shapes.get(pollId);
    if (known != null && known.version() == version) {
      return known;
    }
    Poll poll = polls.byId(pollId).orElseThrow(() -> new PollNotFound(pollId));
    Map<Long, Question.Shape> questions = new HashMap<>();
    poll.getQuestions().forEach(q -> questions.put(q.getId(), q.shape()));
    Shape shape =
        new Shape(
            poll.getVersion(),
            poll.getChapterId(),
            chapters.byId(poll.getChapterId()).orElseThrow().getTreePath(),
            poll.isSecret(),
            Map.copyOf(questions));
    if (shapes.size() > 1000) {
      shapes.clear();
    }
    shapes.put(pollId, shape);
    return shape;
  }
}
