package org.plenum.polls.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.plenum.polls.Choice;
import org.plenum.polls.Counted;
import org.plenum.polls.Poll;
import org.plenum.polls.Question;
import org.plenum.polls.Tally;

/**
 * A closed poll's frozen results as CSV (RFC 4180): one row per option, with its question, count
 * and share, the question's answers and a motion's outcome, and the poll's voters and eligible
 * members on every row, so that a spreadsheet needs no other sheet.
 */
final class PollsCsv {

  static final String[] HEADER = {
    "question",
    "question_text",
    "option",
    "count",
    "share_percent",
    "answered",
    "outcome",
    "voters",
    "eligible"
  };

  private PollsCsv() {}

  static String results(Poll poll, Counted counted) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      for (Question q : poll.getQuestions()) {
        Tally.Result r = counted.of(q.getId()).orElse(null);
        for (Choice c : q.getChoices()) {
          long count = r == null ? 0 : r.counts().getOrDefault(c.getId(), 0L);
          BigDecimal share =
              r == null ? BigDecimal.ZERO : r.shares().getOrDefault(c.getId(), BigDecimal.ZERO);
          csv.printRecord(
              q.getPosition() + 1,
              q.getText(),
              c.getLabel(),
              count,
              Tally.percent(share).toPlainString(),
              r == null ? 0 : r.answered(),
              r == null || r.outcome() == null ? "" : r.outcome().name().toLowerCase(Locale.ROOT),
              counted.voters(),
              counted.eligible());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
