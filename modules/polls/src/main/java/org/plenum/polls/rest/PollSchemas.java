package org.plenum.polls.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of the polls API, as the OpenAPI document describes them. */
final class PollSchemas {

  private PollSchemas() {}

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
