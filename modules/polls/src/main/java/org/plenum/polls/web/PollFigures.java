package org.plenum.polls.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.plenum.api.Texts;
import org.plenum.polls.Choice;
import org.plenum.polls.Counted;
import org.plenum.polls.Question;
import org.plenum.polls.Tally;

/**
 * A poll's results as a page shows them to the reader: each option's count and share, each
 * question's result and rule, the turnout, with numbers and percentages written as the reader's
 * language writes them.
 */
public abstract class PollFigures {

  /**
   * @return the results
   */
  public abstract Counted getCounted();

  /**
   * @return the reader's locale
   */
  protected abstract Locale locale();

  /**
   * @return the site's texts, in the reader's language
   */
  protected abstract Texts texts();

  /**
   * A question's result.
   *
   * @param question the question
   * @return its result
   */
  public Tally.Result result(Question question) {
    return getCounted().of(question.getId()).orElse(null);
  }

  /**
   * An option's count.
   *
   * @param question the question
   * @param choice the option
   * @return how many chose it
   */
  public long count(Question question, Choice choice) {
    Tally.Result r = result(question);
    return r == null ? 0 : r.counts().getOrDefault(choice.getId(), 0L);
  }

  /**
   * An option's share, in percent with one decimal.
   *
   * @param question the question
   * @param choice the option
   * @return such as {@code 68.6}
   */
  public BigDecimal percent(Question question, Choice choice) {
    Tally.Result r = result(question);
    return r == null
        ? BigDecimal.ZERO
        : Tally.percent(r.shares().getOrDefault(choice.getId(), BigDecimal.ZERO));
  }

  /**
   * An option's share as the reader's language writes a percentage.
   *
   * @param question the question
   * @param choice the option
   * @return such as "68.6%", in French "68,6 %"
   */
  public String share(Question question, Choice choice) {
    return percentage(percent(question, choice), 1);
  }

  /**
   * The bar of an option's share, as an SVG width.
   *
   * @param question the question
   * @param choice the option
   * @return such as {@code 68.6%}
   */
  public String bar(Question question, Choice choice) {
    return percent(question, choice).toPlainString() + "%";
  }

  /**
   * @return the turnout, as the reader's language writes a percentage with one decimal
   */
  public String getTurnout() {
    return percentage(Tally.percent(getCounted().turnout()), 1);
  }

  /**
   * A count as the reader's language writes it.
   *
   * @param n the count
   * @return such as "1,234", in French "1 234"
   */
  public String number(long n) {
    return NumberFormat.getIntegerInstance(locale()).format(n);
  }

  /** A percentage (68.6 for 68.6 %) in the reader's language, with so many decimals. */
  private String percentage(BigDecimal percent, int decimals) {
    NumberFormat f = NumberFormat.getPercentInstance(locale());
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    return f.format(percent.movePointLeft(2));
  }

  /**
   * What a question's rule and quorum say, in the reader's language.
   *
   * @param question a motion
   * @return the rule
   */
  public String rule(Question question) {
    String rule =
        texts()
            .text(
                question.getRule() == Tally.Rule.TWO_THIRDS
                    ? "polls.rule.twoThirds"
                    : "polls.rule.majority");
    return question.getQuorumPercent() > 0
        ? rule
            + " "
            + texts()
                .format(
                    "polls.rule.quorum",
                    percentage(BigDecimal.valueOf(question.getQuorumPercent()), 0))
        : rule;
  }
}
