package org.plenum.polls;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a poll's author writes.
 *
 * @param chapterId the chapter it belongs to
 * @param title 1 to 200 characters
 * @param slug its address, or blank to make one from the title
 * @param description Markdown, or blank
 * @param language the language it is written in
 * @param opensAt when voting opens, UTC
 * @param closesAt when voting closes, UTC; after the opening
 * @param weighting how votes are weighted
 * @param secret true to keep answers apart from who voted
 * @param visibility when results are shown
 * @param questions at least one
 * @param mailMembers true to mail the eligible members at the opening and, to those who have not
 *     voted, a day before the close
 */
public record PollDraft(
    Long chapterId,
    String title,
    String slug,
    String description,
    String language,
    LocalDateTime opensAt,
    LocalDateTime closesAt,
    Tally.Weighting weighting,
    boolean secret,
    Poll.Visibility visibility,
    List<QuestionDraft> questions,
    boolean mailMembers) {

  /**
   * A question as written.
   *
   * @param text 1 to 1,000 characters
   * @param kind single, multiple or motion
   * @param maxChoices for a multiple-choice question, how many options at most
   * @param rule for a motion, what carries it
   * @param quorumPercent for a motion, 0 to 100
   * @param options at least two, each 1 to 500 characters (ignored for a motion)
   */
  public record QuestionDraft(
      String text,
      Question.Kind kind,
      int maxChoices,
      Tally.Rule rule,
      int quorumPercent,
      List<String> options) {}
}
