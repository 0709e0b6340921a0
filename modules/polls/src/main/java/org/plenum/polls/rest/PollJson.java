package org.plenum.polls.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.polls.Ballot;
import org.plenum.polls.Choice;
import org.plenum.polls.Counted;
import org.plenum.polls.Poll;
import org.plenum.polls.PollTranslation;
import org.plenum.polls.Question;
import org.plenum.polls.Tally;

/**
 * Polls as the API shows them: a poll's summary and its questions (with their counts when its
 * results are shown, in a translation when asked), its results, a ballot's answers and the digest
 * of a closed poll.
 */
@ApplicationScoped
public class PollJson {

  @Inject Chapters chapters;

  @Inject Members accounts;

  /**
   * What a list shows of a poll.
   *
   * @param p the poll
   * @return {@code {id, slug, title, chapter, language, opensAt, closesAt, closed, secret,
   *     weighting, visibility}}
   */
  public JsonObjectBuilder summary(Poll p) {
    Chapter c = chapters.byId(p.getChapterId()).orElseThrow();
    return JsonBuilders.object()
        .add("id", p.getId())
        .add("slug", p.getSlug())
        .add("title", p.getTitle())
        .add("chapter", c.getSlug())
        .add("language", p.getLanguage())
        .add("opensAt", p.getOpens().toString())
        .add("closesAt", p.getCloses().toString())
        .add("closed", p.isClosed())
        .add("secret", p.isSecret())
        .add("weighting", p.getWeighting().name().toLowerCase(Locale.ROOT))
        .add("visibility", p.getVisibility().name().toLowerCase(Locale.ROOT));
  }

  /**
   * A poll with its questions, as read in a language.
   *
   * @param p the poll
   * @param counted its results when they are shown, else {@code null}
   * @param tr its translation into the language asked for, or {@code null}
   * @param languages the languages it is translated into
   * @return the summary with {@code version, translations, questions}, and {@code shownIn} (with
   *     the title translated) or {@code voters, eligible} where they apply
   */
  public JsonObjectBuilder poll(
      Poll p, Counted counted, PollTranslation tr, List<String> languages) {
    JsonArrayBuilder translations = JsonBuilders.array();
    languages.forEach(translations::add);
    JsonObjectBuilder o =
        summary(p)
            .add("version", p.getVersion())
            .add("translations", translations)
            .add("questions", questions(p, counted, tr));
    if (tr != null) {
      o.add("title", tr.getTitle()).add("shownIn", tr.getLanguage());
    }
    if (counted != null) {
      o.add("voters", counted.voters()).add("eligible", counted.eligible());
    }
    return o;
  }

  /**
   * A poll's questions with their options.
   *
   * @param p the poll
   * @param counted the results to show with them, or {@code null}
   * @param tr the translation to read them in, or {@code null}
   * @return {@code [{id, text, kind, maxChoices, rule?, quorumPercent?, answered?, outcome?,
   *     options: [{id, label, count?, share?}]}]}
   */
  public static JsonArrayBuilder questions(Poll p, Counted counted, PollTranslation tr) {
    JsonArrayBuilder questions = JsonBuilders.array();
    for (Question q : p.getQuestions()) {
      JsonArrayBuilder options = JsonBuilders.array();
      Tally.Result r = counted == null ? null : counted.of(q.getId()).orElse(null);
      for (Choice c : q.getChoices()) {
        JsonObjectBuilder o =
            JsonBuilders.object()
                .add("id", c.getId())
                .add("label", tr == null ? c.getLabel() : tr.label(c));
        if (r != null) {
          o.add("count", r.counts().getOrDefault(c.getId(), 0L))
              .add("share", r.shares().getOrDefault(c.getId(), BigDecimal.ZERO));
        }
        options.add(o);
      }
      JsonObjectBuilder qo =
          JsonBuilders.object()
              .add("id", q.getId())
              .add("text", tr == null ? q.getText() : tr.text(q))
              .add("kind", q.getKind().name().toLowerCase(Locale.ROOT))
              .add("maxChoices", q.getMaxChoices())
              .add("options", options);
      if (q.isMotion()) {
        qo.add("rule", q.getRule().name().toLowerCase(Locale.ROOT))
            .add("quorumPercent", q.getQuorumPercent());
      }
      if (r != null) {
        qo.add("answered", r.answered());
        if (r.outcome() != null) {
          qo.add("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
        }
      }
      questions.add(qo);
    }
    return questions;
  }

  /**
   * A poll's results.
   *
   * @param p the poll
   * @param counted its results
   * @return {@code {poll, closed, voters, eligible, turnout, questions: [...]}}
   */
  public JsonObject results(Poll p, Counted counted) {
    return JsonBuilders.object()
        .add("poll", p.getSlug())
        .add("closed", p.isClosed())
        .add("voters", counted.voters())
        .add("eligible", counted.eligible())
        .add("turnout", counted.turnout())
        .add("questions", questions(p, counted, null))
        .build();
  }

  /**
   * A ballot's answers.
   *
   * @param b the ballot
   * @return {@code {"<question id>": [<option id>…]}}, the options in order
   */
  public static JsonObjectBuilder answers(Ballot b) {
    JsonObjectBuilder answers = JsonBuilders.object();
    b.getChosen()
        .forEach(
            (q, chosen) -> {
              JsonArrayBuilder ids = JsonBuilders.array();
              chosen.stream().sorted().forEach(ids::add);
              answers.add(String.valueOf(q), ids);
            });
    return answers;
  }

  /**
   * The digest of a closed poll: every ballot under its receipt's hash, with its voter's name in an
   * open poll.
   *
   * @param p the poll
   * @param ballots its ballots, as counted
   * @return {@code {poll, secret, questions, ballots: [{hash, voter?, answers}]}}
   */
  public JsonObject digest(Poll p, List<Ballot> ballots) {
    JsonArrayBuilder list = JsonBuilders.array();
    Map<Long, String> names = new HashMap<>();
    for (Ballot b : ballots) {
      JsonObjectBuilder line = JsonBuilders.object().add("hash", b.getReceiptHash());
      if (b.getAccountId() != null) {
        line.add(
            "voter",
            names.computeIfAbsent(
                b.getAccountId(), id -> accounts.byId(id).map(Member::displayName).orElse("?")));
      }
      list.add(line.add("answers", answers(b)));
    }
    return JsonBuilders.object()
        .add("poll", p.getSlug())
        .add("secret", p.isSecret())
        .add("questions", questions(p, null, null))
        .add("ballots", list)
        .build();
  }
}
