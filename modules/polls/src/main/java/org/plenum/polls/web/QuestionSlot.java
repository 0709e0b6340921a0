package org.plenum.polls.web;

import java.util.Arrays;
import java.util.List;
import org.plenum.polls.Choice;
import org.plenum.polls.PollDraft;
import org.plenum.polls.Question;
import org.plenum.polls.Tally;

/**
 * One question of the poll editor's form: its text, kind, how many options at most, a motion's rule
 * and quorum, and the options one per line.
 */
public class QuestionSlot {
  private String text;
  private String kind = "SINGLE";
  private Integer maxChoices = 2;
  private String rule = "MAJORITY";
  private Integer quorum = 0;
  private String options;

  /**
   * A slot holding a poll's question, to be changed.
   *
   * @param q the question
   * @return the slot
   */
  static QuestionSlot of(Question q) {
    QuestionSlot s = new QuestionSlot();
    s.text = q.getText();
    s.kind = q.getKind().name();
    s.maxChoices = q.getMaxChoices();
    s.rule = q.getRule() == null ? "MAJORITY" : q.getRule().name();
    s.quorum = q.getQuorumPercent();
    s.options =
        q.isMotion()
            ? ""
            : String.join("\n", q.getChoices().stream().map(Choice::getLabel).toList());
    return s;
  }

  /**
   * @return true when no question was written in it
   */
  boolean isBlank() {
    return text == null || text.isBlank();
  }

  /**
   * The question as written.
   *
   * @return the draft, its options one per non-blank line
   * @throws IllegalArgumentException when the kind or rule is not one there is
   */
  PollDraft.QuestionDraft draft() {
    List<String> list =
        options == null
            ? List.of()
            : Arrays.stream(options.split("\\R"))
                .map(String::strip)
                .filter(x -> !x.isEmpty())
                .toList();
    return new PollDraft.QuestionDraft(
        text,
        Question.Kind.valueOf(kind),
        maxChoices == null ? 1 : maxChoices,
        Tally.Rule.valueOf(rule),
        quorum == null ? 0 : quorum,
        list);
  }

  /**
   * @return the question
   */
  public String getText() {
    return text;
  }

  /**
   * @param text the question
   */
  public void setText(String text) {
    this.text = text;
  }

  /**
   * @return SINGLE, MULTIPLE or MOTION
   */
  public String getKind() {
    return kind;
  }

  /**
   * @param kind SINGLE, MULTIPLE or MOTION
   */
  public void setKind(String kind) {
    this.kind = kind;
  }

  /**
   * @return how many options at most
   */
  public Integer getMaxChoices() {
    return maxChoices;
  }

  /**
   * @param maxChoices how many options at most
   */
  public void setMaxChoices(Integer maxChoices) {
    this.maxChoices = maxChoices;
  }

  /**
   * @return MAJORITY or TWO_THIRDS
   */
  public String getRule() {
    return rule;
  }

  /**
   * @param rule MAJORITY or TWO_THIRDS
   */
  public void setRule(String rule) {
    this.rule = rule;
  }

  /**
   * @return the quorum, percent
   */
  public Integer getQuorum() {
    return quorum;
  }

  /**
   * @param quorum the quorum, percent
   */
  public void setQuorum(Integer quorum) {
    this.quorum = quorum;
  }

  /**
   * @return the options, one per line
   */
  public String getOptions() {
    return options;
  }

  /**
   * @param options the options, one per line
   */
  public void setOptions(String options) {
    this.options = options;
  }
}
