package org.plenum.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.plenum.api.Chapters;
import org.plenum.api.Markdown;
import org.plenum.api.Rejected;
import org.plenum.api.Slugs;
import org.plenum.api.Texts;

/**
 * The rules of what an author writes: a title, a chapter and a language the site offers, times in
 * order, one to {@value #QUESTIONS_MAX} questions each with two to {@value #OPTIONS_MAX} distinct
 * options (a motion's are the site's For, Against and Abstain), and an address; then a poll
 * described by the draft found good.
 */
@ApplicationScoped
public class PollDrafts {

  /** The longest title. */
  public static final int TITLE_MAX = 200;

  /** The longest question. */
  public static final int TEXT_MAX = 1000;

  /** The longest option. */
  public static final int OPTION_MAX = 500;

  /** The most options of a question. */
  public static final int OPTIONS_MAX = 30;

  /** The most questions of a poll. */
  public static final int QUESTIONS_MAX = 30;

  /** The longest description. */
  public static final int DESCRIPTION_MAX = 20_000;

  @Inject Chapters chapters;

  @Inject Markdown markdown;

  @Inject Texts catalog;

  /**
   * A draft found good: its questions, address, title and description, stripped.
   *
   * @param questions the questions, new
   * @param slug the address
   * @param title the title
   * @param description the description, or empty
   */
  public record Checked(List<Question> questions, String slug, String title, String description) {}

  /**
   * Checks a draft against every rule.
   *
   * @param draft what was written
   * @return the draft found good
   * @throws Rejected with every rule broken; not a conflict
   */
  public Checked check(PollDraft draft) {
    List<Rejected.Problem> problems = new ArrayList<>();
    String title = draft.title() == null ? "" : draft.title().strip();
    if (title.isEmpty() || title.length() > TITLE_MAX) {
      problems.add(Rejected.problem("title", "polls.error.title", TITLE_MAX));
    }
    if (draft.chapterId() == null || chapters.byId(draft.chapterId()).isEmpty()) {
      problems.add(Rejected.problem("chapter", "polls.error.chapter"));
    }
    if (draft.language() == null || !catalog.offers(draft.language())) {
      problems.add(Rejected.problem("language", "polls.error.language"));
    }
    if (draft.opensAt() == null || draft.closesAt() == null) {
      problems.add(Rejected.problem("closesAt", "polls.error.times"));
    } else if (!draft.closesAt().isAfter(draft.opensAt())) {
      problems.add(Rejected.problem("closesAt", "polls.error.closesBeforeOpens"));
    }
    String description = draft.description() == null ? "" : draft.description().strip();
    if (description.length() > DESCRIPTION_MAX) {
      problems.add(Rejected.problem("description", "polls.error.description", DESCRIPTION_MAX));
    }
    List<Question> questions = questions(draft, problems);
    String slug =
        draft.slug() == null || draft.slug().isBlank() ? Slugs.from(title) : draft.slug().strip();
    if (!Slugs.valid(slug)) {
      problems.add(Rejected.problem("slug", "polls.error.slug"));
    }
    if (!problems.isEmpty()) {
      throw new Rejected(problems, false);
    }
    return new Checked(questions, slug, title, description);
  }

  /**
   * Writes a checked draft into a poll: its texts, times, counting and questions.
   *
   * @param poll the poll
   * @param draft what was written
   * @param c the draft as checked
   */
  public void describe(Poll poll, PollDraft draft, Checked c) {
    poll.describe(
        c.slug(),
        c.title(),
        c.description().isEmpty() ? null : c.description(),
        c.description().isEmpty() ? null : markdown.render(c.description()),
        draft.opensAt(),
        draft.closesAt(),
        draft.weighting() == null ? Tally.Weighting.ONE_MEMBER_ONE_VOTE : draft.weighting(),
        draft.secret(),
        draft.visibility() == null ? Poll.Visibility.AFTER_CLOSE : draft.visibility(),
        draft.mailMembers());
    poll.replaceQuestions(c.questions());
  }

  private List<Question> questions(PollDraft draft, List<Rejected.Problem> problems) {
    List<Question> list = new ArrayList<>();
    List<PollDraft.QuestionDraft> drafts =
        draft.questions() == null ? List.of() : draft.questions();
    if (drafts.isEmpty()) {
      problems.add(Rejected.problem("questions", "polls.error.noQuestion"));
    } else if (drafts.size() > QUESTIONS_MAX) {
      problems.add(Rejected.problem("questions", "polls.error.questionsMany", QUESTIONS_MAX));
    }
    String lang =
        draft.language() != null && catalog.offers(draft.language()) ? draft.language() : "en";
    int position = 0;
    for (PollDraft.QuestionDraft d : drafts) {
      int n = position + 1;
      String text = d.text() == null ? "" : d.text().strip();
      if (text.isEmpty() || text.length() > TEXT_MAX) {
        problems.add(Rejected.problem("questions", "polls.error.questionText", n, TEXT_MAX));
      }
      Question.Kind kind = d.kind() == null ? Question.Kind.SINGLE : d.kind();
      List<String> labels;
      if (kind == Question.Kind.MOTION) {
        labels =
            List.of(
                catalog.text(lang, "polls.motion.for"),
                catalog.text(lang, "polls.motion.against"),
                catalog.text(lang, "polls.motion.abstain"));
        if (d.quorumPercent() < 0 || d.quorumPercent() > 100) {
          problems.add(Rejected.problem("questions", "polls.error.quorum", n));
        }
      } else {
        labels = options(d, n, problems);
      }
      list.add(
          new Question(
              position++,
              text,
              kind,
              d.maxChoices(),
              d.rule() == null ? Tally.Rule.MAJORITY : d.rule(),
              d.quorumPercent(),
              labels));
    }
    return list;
  }

  /** The options of a question that is not a motion, checked. */
  private static List<String> options(
      PollDraft.QuestionDraft d, int n, List<Rejected.Problem> problems) {
    List<String> labels =
        d.options() == null
            ? List.of()
            : d.options().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (labels.size() < 2) {
      problems.add(Rejected.problem("questions", "polls.error.fewOptions", n));
    } else if (labels.size() > OPTIONS_MAX) {
      problems.add(Rejected.problem("questions", "polls.error.manyOptions", n, OPTIONS_MAX));
    }
    if (labels.stream().anyMatch(s -> s.length() > OPTION_MAX)) {
      problems.add(Rejected.problem("questions", "polls.error.optionLong", n, OPTION_MAX));
    }
    if (labels.stream().distinct().count() != labels.size()) {
      problems.add(Rejected.problem("questions", "polls.error.sameOption", n));
    }
    if (d.kind() == Question.Kind.MULTIPLE
        && (d.maxChoices() < 1 || d.maxChoices() > Math.max(1, labels.size()))) {
      problems.add(Rejected.problem("questions", "polls.error.maxChoices", n));
    }
    return labels;
  }
}
