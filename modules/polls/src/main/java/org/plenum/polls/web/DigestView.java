package org.plenum.polls.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenum.api.CurrentReader;
import org.plenum.api.Members;
import org.plenum.api.PageGuards;
import org.plenum.polls.Ballot;
import org.plenum.polls.Choice;
import org.plenum.polls.Poll;
import org.plenum.polls.PollQueries;
import org.plenum.polls.PollResults;
import org.plenum.polls.Question;
import org.plenum.polls.Receipts;

/**
 * The digest of a closed poll: every ballot as counted — under its receipt's hash in a secret poll,
 * under its voter's name in an open one — so that each voter can find theirs and anyone can
 * recount. A voter gives their receipt to see which line is theirs.
 */
@Named("digest")
@RequestScoped
public class DigestView {

  @Inject PollQueries polls;

  @Inject PollResults results;

  @Inject Members accounts;

  @Inject CurrentReader current;

  @Inject HttpServletRequest request;

  /**
   * One line of the digest.
   *
   * @param key the receipt hash, or the voter's name
   * @param answers the labels chosen, one entry per question, "" when unanswered
   * @param mine true for the line of the receipt given
   */
  public record Line(String key, List<String> answers, boolean mine) {}

  private Poll poll;
  private List<Line> lines;
  private String checked;

  /** Finds the poll. */
  @PostConstruct
  void prepare() {
    poll = polls.bySlug(current.param("poll")).filter(Poll::isClosed).orElse(null);
  }

  /** Answers 404 for an unknown or open poll. */
  public void load() {
    if (poll == null) {
      PageGuards.notFound();
    }
  }

  /**
   * @return {@code null}; marks the line of the receipt given
   */
  public String check() {
    String receipt = request.getParameter("receipt");
    if (receipt != null && !receipt.isBlank() && receipt.length() <= 64) {
      checked = Receipts.hash(receipt);
    }
    lines = null;
    return null;
  }

  /**
   * @return the poll
   */
  public Poll getPoll() {
    return poll;
  }

  /**
   * @return true when a receipt was given and found
   */
  public boolean isFound() {
    return checked != null && getLines().stream().anyMatch(Line::mine);
  }

  /**
   * @return true when a receipt was given
   */
  public boolean isChecked() {
    return checked != null;
  }

  /**
   * @return the lines, in the order of the receipt hashes
   */
  public List<Line> getLines() {
    if (lines == null) {
      lines = new ArrayList<>();
      if (poll == null) {
        return lines;
      }
      Map<Long, String> labels = new HashMap<>();
      for (Question q : poll.getQuestions()) {
        for (Choice c : q.getChoices()) {
          labels.put(c.getId(), c.getLabel());
        }
      }
      for (Ballot b : results.digest(poll)) {
        Map<Long, Set<Long>> chosen = b.getChosen();
        List<String> answers = new ArrayList<>();
        for (Question q : poll.getQuestions()) {
          answers.add(
              chosen.getOrDefault(q.getId(), Set.of()).stream()
                  .map(labels::get)
                  .sorted()
                  .collect(Collectors.joining(", ")));
        }
        String key =
            b.getAccountId() == null
                ? b.getReceiptHash()
                : accounts.byId(b.getAccountId()).map(a -> a.displayName()).orElse("?");
        lines.add(new Line(key, answers, b.getReceiptHash().equals(checked)));
      }
    }
    return lines;
  }
}
