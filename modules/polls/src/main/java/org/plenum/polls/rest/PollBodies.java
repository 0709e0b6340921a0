package org.plenum.polls.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.ProblemException;
import org.plenum.polls.Poll;
import org.plenum.polls.PollDraft;
import org.plenum.polls.Question;
import org.plenum.polls.Tally;

/**
 * The JSON bodies of the polls API, as the OpenAPI document describes them; what clients send is
 * read here from their JSON, or refused with a 400 that says which field is wrong.
 */
final class PollBodies {

  private static final String ID = "\\d{1,18}";

  private PollBodies() {}

  /**
   * A poll as written: {@code {title, slug?, description?, language, opensAt, closesAt, weighting?,
   * secret?, visibility?, notify?, questions: [{text, kind?, maxChoices?, rule?, quorumPercent?,
   * options?}]}}, times as ISO instants.
   *
   * @param o the body
   * @param chapterId the chapter it was found to name
   * @param slug the poll's address, or {@code null} to make one from its title
   * @return the draft
   */
  static PollDraft draft(JsonObject o, long chapterId, String slug) {
    List<PollDraft.QuestionDraft> questions = new ArrayList<>();
    if (o.get("questions") instanceof JsonArray array) {
      for (JsonValue v : array) {
        if (!(v instanceof JsonObject q)) {
          throw new ProblemException(400, "core.problem.missingField", "questions");
        }
        List<String> options = new ArrayList<>();
        if (q.get("options") instanceof JsonArray opts) {
          opts.forEach(x -> options.add(x instanceof JsonString s ? s.getString() : ""));
        }
        questions.add(
            new PollDraft.QuestionDraft(
                Bodies.text(q, "text"),
                enumOf(Question.Kind.class, Bodies.text(q, "kind"), Question.Kind.SINGLE),
                number(q, "maxChoices", 1),
                enumOf(Tally.Rule.class, Bodies.text(q, "rule"), Tally.Rule.MAJORITY),
                number(q, "quorumPercent", 0),
                options));
      }
    }
    return new PollDraft(
        chapterId,
        Bodies.text(o, "title"),
        slug,
        Bodies.text(o, "description"),
        Bodies.text(o, "language"),
        time(o, "opensAt"),
        time(o, "closesAt"),
        enumOf(
            Tally.Weighting.class,
            Bodies.text(o, "weighting"),
            Tally.Weighting.ONE_MEMBER_ONE_VOTE),
        bool(o, "secret"),
        enumOf(Poll.Visibility.class, Bodies.text(o, "visibility"), Poll.Visibility.AFTER_CLOSE),
        questions,
        bool(o, "notify"));
  }

  /**
   * Texts by id, such as a translation's {@code questions: {"<id>": text}}.
   *
   * @param o the body
   * @param field the field
   * @return the texts by id; none when the field is absent
   */
  static Map<Long, String> texts(JsonObject o, String field) {
    Map<Long, String> map = new HashMap<>();
    if (!o.containsKey(field) || o.isNull(field)) {
      return map;
    }
    if (!(o.get(field) instanceof JsonObject texts)) {
      throw new ProblemException(400, "core.problem.missingField", field);
    }
    for (Map.Entry<String, JsonValue> e : texts.entrySet()) {
      if (!e.getKey().matches(ID) || !(e.getValue() instanceof JsonString text)) {
        throw new ProblemException(400, "core.problem.missingField", field);
      }
      map.put(Long.valueOf(e.getKey()), text.getString());
    }
    return map;
  }

  /**
   * A ballot's answers: {@code {answers: {"<question id>": [<option id>…]}}}.
   *
   * @param o the body
   * @return the options chosen, by question
   */
  static Map<Long, Set<Long>> answers(JsonObject o) {
    if (!(o.get("answers") instanceof JsonObject a)) {
      throw new ProblemException(400, "core.problem.missingField", "answers");
    }
    Map<Long, Set<Long>> answers = new HashMap<>();
    for (Map.Entry<String, JsonValue> e : a.entrySet()) {
      if (!e.getKey().matches(ID) || !(e.getValue() instanceof JsonArray ids)) {
        throw new ProblemException(400, "polls.error.foreignQuestion");
      }
      Set<Long> set = new HashSet<>();
      for (JsonValue id : ids) {
        if (!(id instanceof JsonNumber n)) {
          throw new ProblemException(400, "polls.error.foreignOption");
        }
        set.add(n.longValue());
      }
      answers.put(Long.valueOf(e.getKey()), set);
    }
    return answers;
  }

  private static boolean bool(JsonObject o, String field) {
    JsonValue v = o.get(field);
    if (v == null || v == JsonValue.NULL) {
      return false;
    }
    if (v.getValueType() != JsonValue.ValueType.TRUE
        && v.getValueType() != JsonValue.ValueType.FALSE) {
      throw new ProblemException(400, "polls.error.value", v.toString());
    }
    return v.getValueType() == JsonValue.ValueType.TRUE;
  }

  private static int number(JsonObject o, String field, int otherwise) {
    if (!o.containsKey(field) || o.isNull(field)) {
      return otherwise;
    }
    if (!(o.get(field) instanceof JsonNumber n) || !n.isIntegral()) {
      throw new ProblemException(400, "core.problem.missingField", field);
    }
    return n.intValue();
  }

  private static LocalDateTime time(JsonObject o, String field) {
    String text = Bodies.text(o, field);
    if (text == null) {
      return null;
    }
    try {
      return LocalDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new ProblemException(400, "polls.error.times");
    }
  }

  /**
   * A name of one of an enum's values, in any case.
   *
   * @param type the enum
   * @param text the name, or {@code null}
   * @param otherwise the value when there is no name
   * @return the value
   */
  static <E extends Enum<E>> E enumOf(Class<E> type, String text, E otherwise) {
    if (text == null) {
      return otherwise;
    }
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(400, "polls.error.value", text);
    }
  }

  @Schema(name = "PollQuestionNew", description = "A question as written")
  record QuestionNew(
      @Schema(required = true, maxLength = 1000, example = "Who should chair?") String text,
      @Schema(
              description = "single when left out",
              enumeration = {"single", "multiple", "motion"},
              example = "single")
          String kind,
      @Schema(description = "For multiple; 1 when left out", example = "1") Integer maxChoices,
      @Schema(
              description = "For a motion; majority when left out",
              enumeration = {"majority", "two_thirds"},
              example = "majority")
          String rule,
      @Schema(description = "For a motion; 0 for none", example = "0") Integer quorumPercent,
      @Schema(
              description = "Two to 30 distinct options, 500 characters at most; not for a motion",
              implementation = String.class)
          List<String> options) {}

  @Schema(name = "PollNew", description = "A new poll")
  record PollNew(
      @Schema(required = true, description = "The chapter's slug", example = "lyon") String chapter,
      @Schema(required = true, maxLength = 200, example = "Chair of the assembly") String title,
      @Schema(description = "Made from the title when left out", example = "chair-vote")
          String slug,
      @Schema(maxLength = 20000, description = "Markdown", example = "*Vote*") String description,
      @Schema(required = true, example = "en") String language,
      @Schema(required = true, example = "2026-12-01T09:00:00Z") String opensAt,
      @Schema(required = true, example = "2026-12-08T18:00:00Z") String closesAt,
      @Schema(
              enumeration = {"one_member_one_vote", "proportional", "equal_chapters"},
              example = "one_member_one_vote")
          String weighting,
      @Schema(description = "False when left out", example = "false") Boolean secret,
      @Schema(
              description = "after_close when left out",
              enumeration = {"always", "after_voting", "after_close"},
              example = "after_close")
          String visibility,
      @Schema(name = "notify", description = "Mail the members when it opens", example = "false")
          Boolean notifyMembers,
      @Schema(
              required = true,
              description = "One to 30 questions",
              implementation = QuestionNew.class)
          List<QuestionNew> questions) {}

  @Schema(name = "PollChange", description = "A poll rewritten before it opens; its slug stays")
  record PollChange(
      @Schema(required = true, description = "The version read", example = "3") long version,
      @Schema(required = true, description = "The chapter's slug", example = "lyon") String chapter,
      @Schema(required = true, maxLength = 200, example = "Chair of the assembly") String title,
      @Schema(maxLength = 20000, description = "Markdown", example = "*Vote*") String description,
      @Schema(required = true, example = "en") String language,
      @Schema(required = true, example = "2026-12-01T09:00:00Z") String opensAt,
      @Schema(required = true, example = "2026-12-08T18:00:00Z") String closesAt,
      @Schema(
              enumeration = {"one_member_one_vote", "proportional", "equal_chapters"},
              example = "one_member_one_vote")
          String weighting,
      @Schema(example = "false") Boolean secret,
      @Schema(
              enumeration = {"always", "after_voting", "after_close"},
              example = "after_close")
          String visibility,
      @Schema(name = "notify", example = "false") Boolean notifyMembers,
      @Schema(
              required = true,
              description = "Replacing the old ones",
              implementation = QuestionNew.class)
          List<QuestionNew> questions) {}

  @Schema(name = "PollTranslationTexts", description = "A poll's texts in another language")
  record TranslationTexts(
      @Schema(required = true, maxLength = 200, example = "Présidence de l'assemblée") String title,
      @Schema(maxLength = 20000, description = "Markdown", example = "*Votez*") String description,
      @Schema(
              description = "Question texts by question id; those left out stay untranslated",
              additionalProperties = String.class)
          Map<String, String> questions,
      @Schema(
              description = "Option texts by option id; a motion's options are not translated",
              additionalProperties = String.class)
          Map<String, String> options) {}

  @Schema(name = "PollSummary", description = "A poll without its questions")
  record Summary(
      @Schema(required = true, example = "7") long id,
      @Schema(required = true, example = "chair-vote") String slug,
      @Schema(required = true, example = "Chair of the assembly") String title,
      @Schema(required = true, description = "The chapter's slug", example = "lyon") String chapter,
      @Schema(required = true, example = "en") String language,
      @Schema(required = true, example = "2026-12-01T09:00:00Z") String opensAt,
      @Schema(required = true, example = "2026-12-08T18:00:00Z") String closesAt,
      @Schema(required = true, example = "false") boolean closed,
      @Schema(required = true, example = "false") boolean secret,
      @Schema(
              required = true,
              enumeration = {"one_member_one_vote", "proportional", "equal_chapters"},
              example = "one_member_one_vote")
          String weighting,
      @Schema(
              required = true,
              enumeration = {"always", "after_voting", "after_close"},
              example = "after_close")
          String visibility) {}

  @Schema(name = "PollList", description = "Polls, newest closing first")
  record PollList(@Schema(required = true, implementation = Summary.class) List<Summary> polls) {}

  @Schema(name = "PollOption", description = "An option, with its count when results are shown")
  record Option(
      @Schema(required = true, example = "101") long id,
      @Schema(required = true, example = "Alice Martin") String label,
      @Schema(description = "Voters who chose it; with results", example = "12") Long count,
      @Schema(description = "Weighted, 0 to 1; with results", example = "0.5") BigDecimal share) {}

  @Schema(name = "PollQuestion", description = "A question, with its counts when shown")
  record QuestionView(
      @Schema(required = true, example = "41") long id,
      @Schema(required = true, example = "Who should chair?") String text,
      @Schema(
              required = true,
              enumeration = {"single", "multiple", "motion"},
              example = "single")
          String kind,
      @Schema(required = true, example = "1") int maxChoices,
      @Schema(
              description = "For a motion",
              enumeration = {"majority", "two_thirds"},
              example = "majority")
          String rule,
      @Schema(description = "For a motion", example = "0") Integer quorumPercent,
      @Schema(description = "Voters who answered; with results", example = "24") Long answered,
      @Schema(
              description = "For a motion, with the results",
              enumeration = {"carried", "not_enough_for", "no_quorum"},
              example = "carried")
          String outcome,
      @Schema(required = true, implementation = Option.class) List<Option> options) {}

  @Schema(name = "Poll", description = "A poll with its questions, in a language when asked")
  record PollView(
      @Schema(required = true, example = "7") long id,
      @Schema(required = true, example = "chair-vote") String slug,
      @Schema(required = true, description = "In shownIn", example = "Chair vote") String title,
      @Schema(required = true, description = "The chapter's slug", example = "lyon") String chapter,
      @Schema(required = true, description = "Its own language", example = "en") String language,
      @Schema(required = true, example = "2026-12-01T09:00:00Z") String opensAt,
      @Schema(required = true, example = "2026-12-08T18:00:00Z") String closesAt,
      @Schema(required = true, example = "false") boolean closed,
      @Schema(required = true, example = "false") boolean secret,
      @Schema(
              required = true,
              enumeration = {"one_member_one_vote", "proportional", "equal_chapters"},
              example = "one_member_one_vote")
          String weighting,
      @Schema(
              required = true,
              enumeration = {"always", "after_voting", "after_close"},
              example = "after_close")
          String visibility,
      @Schema(required = true, example = "3") long version,
      @Schema(
              required = true,
              description = "Languages translated into",
              implementation = String.class)
          List<String> translations,
      @Schema(required = true, implementation = QuestionView.class) List<QuestionView> questions,
      @Schema(description = "Language read in, when translated", example = "fr") String shownIn,
      @Schema(description = "Ballots cast; with results", example = "24") Long voters,
      @Schema(description = "Who may vote; with results", example = "40") Long eligible,
      @Schema(description = "For members: may vote", example = "true") Boolean mayVote,
      @Schema(description = "For members: voted", example = "false") Boolean voted,
      @Schema(description = "For members: may manage", example = "false") Boolean mayManage) {}

  @Schema(name = "PollResults", description = "A poll's results, frozen once it closed")
  record Results(
      @Schema(required = true, description = "The poll's slug", example = "chair-vote") String poll,
      @Schema(required = true, example = "true") boolean closed,
      @Schema(required = true, example = "24") long voters,
      @Schema(required = true, example = "40") long eligible,
      @Schema(required = true, description = "voters / eligible", example = "0.6")
          BigDecimal turnout,
      @Schema(required = true, implementation = QuestionView.class) List<QuestionView> questions) {}

  @Schema(name = "PollDigestBallot", description = "A ballot as counted")
  record DigestBallot(
      @Schema(
              required = true,
              description = "SHA-256 of its receipt, hex",
              example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
          String hash,
      @Schema(description = "Its voter, in an open poll", example = "Alice Martin") String voter,
      @Schema(required = true, description = "Option ids chosen, by question id")
          Map<String, List<Long>> answers) {}

  @Schema(name = "PollDigest", description = "Every ballot of a closed poll, to recount")
  record Digest(
      @Schema(required = true, description = "The poll's slug", example = "chair-vote") String poll,
      @Schema(required = true, example = "false") boolean secret,
      @Schema(required = true, description = "Without counts", implementation = QuestionView.class)
          List<QuestionView> questions,
      @Schema(required = true, implementation = DigestBallot.class) List<DigestBallot> ballots) {}

  @Schema(name = "PollBallot", description = "One's ballot")
  record BallotView(
      @Schema(required = true, example = "true") boolean voted,
      @Schema(required = true, example = "false") boolean secret,
      @Schema(
              description =
                  "Option ids chosen, by question id; once voted, with the receipt if secret")
          Map<String, List<Long>> answers) {}

  @Schema(name = "PollBallotCast", description = "A ballot's answers")
  record BallotCast(
      @Schema(
              required = true,
              description = "Option ids chosen, by question id; questions left out stay unanswered")
          Map<String, List<Long>> answers,
      @Schema(
              description = "To change a secret ballot, the receipt given when it was cast",
              example = "ABCD-EFGH-JKLM-NPQR-STUV")
          String receipt) {}

  @Schema(name = "PollBallotReceipt", description = "What casting a ballot gives back")
  record BallotReceipt(
      @Schema(
              description = "A first ballot's new receipt, or the one given with a change",
              example = "ABCD-EFGH-JKLM-NPQR-STUV")
          String receipt) {}
}
