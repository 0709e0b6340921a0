package org.plenum.polls.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.PageGuards;
import org.plenum.api.Permissions;
import org.plenum.api.Rejected;
import org.plenum.api.Texts;
import org.plenum.polls.Ballot;
import org.plenum.polls.Ballots;
import org.plenum.polls.Choice;
import org.plenum.polls.Counted;
import org.plenum.polls.Poll;
import org.plenum.polls.PollChanges;
import org.plenum.polls.PollClock;
import org.plenum.polls.PollQueries;
import org.plenum.polls.PollResults;
import org.plenum.polls.PollSchedule;
import org.plenum.polls.PollsModule;
import org.plenum.polls.Question;
import org.plenum.polls.Voting;

/**
 * A poll's page: what it asks, who may vote and how it counts; the ballot for an eligible member
 * while it is open (saved in part, changed until the close; in a secret poll through the receipt);
 * the results when the poll's visibility allows.
 */
@Named("pollView")
@RequestScoped
public class PollView extends PollTexts {

  @Inject PollQueries polls;

  @Inject Voting voting;

  @Inject Ballots ballots;

  @Inject PollResults results;

  @Inject PollSchedule schedule;

  @Inject Chapters chapters;

  @Inject Members accounts;

  @Inject HttpServletRequest request;

  @Inject Permissions authorizer;

  private Chapter chapter;
  private Member reader;
  private boolean eligible;
  private boolean voted;
  private Map<Long, Set<Long>> chosen = new HashMap<>();
  private String receipt;
  private Counted counted;
  private boolean manager;

  /** Finds the poll, before the form is decoded. */
  @PostConstruct
  void prepare() {
    poll = polls.bySlug(current.param("poll")).orElse(null);
    if (poll == null) {
      return;
    }
    chapter = chapters.byId(poll.getChapterId()).orElse(null);
    translation = translations.translation(poll, current.getLang()).orElse(null);
    reader = accounts.of(current.getCaller()).orElse(null);
    boolean live = !poll.isClosed() && poll.getVisibility() == Poll.Visibility.ALWAYS;
    if (reader == null && !live) {
      // what a visitor sees changes at the opening and the close only (live results aside)
      current.cache(PollClock.TAG, PollChanges.tag(poll), Chapters.TAG);
    } else if (reader != null) {
      manager = authorizer.can(current.getCaller(), PollsModule.CREATE, poll.getChapterId());
      current.keepState();
      eligible = voting.eligibility(poll, reader.id()).isPresent();
      voted = voting.hasVoted(poll, reader.id());
      if (voted && !poll.isSecret()) {
        voting.ballot(poll, reader.id(), null).ifPresent(b -> chosen = b.getChosen());
      }
      String given = request.getParameter("receipt");
      if (voted
          && poll.isSecret()
          && "POST".equals(request.getMethod())
          && given != null
          && !given.isBlank()
          && request.getParameter("ballot") != null) {
        // a change of a secret ballot: the form carries its receipt, so that it is there
        voting.ballot(poll, reader.id(), given).ifPresent(b -> receipt = given.strip());
      }
    }
  }

  /** Answers 404 for an unknown poll. */
  public void load() {
    if (poll == null) {
      PageGuards.notFound();
    }
  }

  /**
   * Saves the ballot: the options checked in the form, questions left blank unanswered.
   *
   * @return {@code null}
   */
  public String vote() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (poll == null || reader == null) {
      return null;
    }
    Map<Long, Set<Long>> answers = answers();
    String given = request.getParameter("receipt");
    try {
      String code = ballots.cast(poll.getId(), reader.id(), answers, given);
      chosen = answers;
      if (code != null && !code.equals(given)) {
        receipt = code;
      }
      voted = true;
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              msg.text(
                  answers.size() < poll.getQuestions().size()
                      ? "polls.vote.savedPart"
                      : "polls.vote.saved"),
              null));
    } catch (Rejected e) {
      Rejected.Problem p = e.problems().get(0);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, msg.format(p.key(), p.args().toArray()), null));
      faces.validationFailed();
    }
    return null;
  }

  /** The options checked in the form, by question; questions left blank are left out. */
  private Map<Long, Set<Long>> answers() {
    Map<Long, Set<Long>> answers = new HashMap<>();
    for (Question q : poll.getQuestions()) {
      String[] values = request.getParameterValues("q" + q.getId());
      Set<Long> ids = new HashSet<>();
      for (String v : values == null ? new String[0] : values) {
        if (v != null && v.matches("\\d{1,18}")) {
          ids.add(Long.valueOf(v));
        }
      }
      if (!ids.isEmpty()) {
        answers.put(q.getId(), ids);
      }
    }
    return answers;
  }

  /**
   * In a secret poll, shows the answers of the ballot whose receipt the member gives.
   *
   * @return {@code null}
   */
  public String showMine() {
    if (poll == null || reader == null) {
      return null;
    }
    String given = request.getParameter("receipt");
    Optional<Ballot> ballot = voting.ballot(poll, reader.id(), given);
    if (ballot.isEmpty() || !voted) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.text("polls.error.receipt"), null));
      return null;
    }
    chosen = ballot.get().getChosen();
    receipt = given.strip();
    return null;
  }

  /**
   * Ends the voting now, for those who manage the poll's chapter.
   *
   * @return {@code null}
   */
  public String closeNow() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (poll == null || !manager) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.text("polls.error.manage"), null));
      return null;
    }
    try {
      poll = schedule.closeNow(poll.getId());
      counted = null;
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.text("polls.closedNow"), null));
    } catch (Rejected e) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.text(e.problems().get(0).key()), null));
    }
    return null;
  }

  /**
   * @return true when the reader manages the poll's chapter's polls
   */
  public boolean isManager() {
    return manager;
  }

  /**
   * @return true when the reader may still change the poll
   */
  public boolean isEditable() {
    return manager && poll.editableAt(now());
  }

  /**
   * @return the poll
   */
  public Poll getPoll() {
    return poll;
  }

  /**
   * @return its chapter
   */
  public Chapter getChapter() {
    return chapter;
  }

  /**
   * @return true while it takes ballots
   */
  public boolean isOpen() {
    return poll != null && poll.acceptsAt(now());
  }

  /**
   * @return true before its opening
   */
  public boolean isUpcoming() {
    return poll != null && !poll.isClosed() && now().isBefore(poll.getOpensAt());
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }

  /**
   * @return true when the reader is signed in
   */
  public boolean isSignedIn() {
    return reader != null;
  }

  /**
   * @return true when the reader may vote in it
   */
  public boolean isEligible() {
    return eligible;
  }

  /**
   * @return true when the reader has voted
   */
  public boolean isVoted() {
    return voted;
  }

  /**
   * Tells whether the reader's ballot holds an option.
   *
   * @param question the question
   * @param choice the option
   * @return true when chosen
   */
  public boolean chosen(Question question, Choice choice) {
    return chosen.getOrDefault(question.getId(), Set.of()).contains(choice.getId());
  }

  /**
   * @return the receipt just given, or shown again, for a secret poll
   */
  public String getReceipt() {
    return receipt;
  }

  /**
   * @return true when the results may be shown to the reader
   */
  public boolean isResultsVisible() {
    return poll != null && PollResults.visible(poll, voted);
  }

  /**
   * @return the results, counted once per request
   */
  @Override
  public Counted getCounted() {
    if (counted == null && poll != null) {
      counted = results.results(poll);
    }
    return counted;
  }

  @Override
  protected Locale locale() {
    return current.getLocale();
  }

  @Override
  protected Texts texts() {
    return msg;
  }

  /**
   * @return the eligibility rule, in the reader's language
   */
  public String getEligibility() {
    return msg.format("polls.eligibility", chapter == null ? "" : chapter.getName());
  }

  /**
   * @return the weighting, in the reader's language
   */
  public String getWeighting() {
    return msg.text("polls.weighting." + poll.getWeighting().name());
  }

  /**
   * @return the choices of every question, for the form
   */
  public List<Question> getQuestions() {
    return poll == null ? List.of() : poll.getQuestions();
  }
}
