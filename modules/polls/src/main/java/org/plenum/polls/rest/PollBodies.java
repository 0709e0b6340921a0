package org.plenum.polls.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.ProblemException;
import org.plenum.polls.Poll;
import org.plenum.polls.PollDraft;
import org.plenum.polls.Question;
import org.plenum.polls.Tally;

/**
 * What clients of the polls API send, read from their JSON, or refused with a 400 that says which
 * field is wrong; {@link PollSchemas} describes the bodies for the OpenAPI document.
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
                Bodies.choice(q, "kind", Question.Kind.class, Question.Kind.SINGLE),
                Objects.requireNonNullElse(Bodies.integer(q, "maxChoices"), 1),
                Bodies.choice(q, "rule", Tally.Rule.class, Tally.Rule.MAJORITY),
                Objects.requireNonNullElse(Bodies.integer(q, "quorumPercent"), 0),
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
        Bodies.choice(o, "weighting", Tally.Weighting.class, Tally.Weighting.ONE_MEMBER_ONE_VOTE),
        Bodies.bool(o, "secret", false),
        Bodies.choice(o, "visibility", Poll.Visibility.class, Poll.Visibility.AFTER_CLOSE),
        questions,
        Bodies.bool(o, "notify", false));
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

  private static LocalDateTime time(JsonObject o, String field) {
    Instant at = Bodies.instant(o, field);
    return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
