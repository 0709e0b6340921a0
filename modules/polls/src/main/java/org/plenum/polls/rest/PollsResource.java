package org.plenum.polls.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.Audit;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.Permissions;
import org.plenum.api.rest.Bodies;
import org.plenum.api.CurrentReader;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.polls.Choice;
import org.plenum.polls.Poll;
import org.plenum.polls.PollDraft;
import org.plenum.polls.Counted;
import org.plenum.polls.PollQueries;
import org.plenum.polls.PollResults;
import org.plenum.polls.PollSchedule;
import org.plenum.polls.PollTranslation;
import org.plenum.polls.PollTranslations;
import org.plenum.polls.PollWriter;
import org.plenum.polls.PollsModule;
import org.plenum.polls.Question;
import org.plenum.polls.Tally;
import org.plenum.polls.Voting;

/**
 * Polls over HTTP: list and read them (with their results when the poll shows them), create,
 * change before the opening, delete before the opening or close early (coordinators within
 * their chapters, editors anywhere), cast, change or read one's ballot; the results as JSON
 * or CSV, and the digest after the close.
 */
@Path("v1/polls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "polls")
public class PollsResource {

  @Inject
  PollQueries polls;

  @Inject
  PollWriter writer;

  @Inject
  PollSchedule schedule;

  @Inject
  PollTranslations translations;

  @Inject
  PollResults results;

  @Inject
  Voting voting;

  @Inject
  org.plenum.polls.Ballots ballots;

  @Inject
  Chapters chapters;

  @Inject
  Members accounts;

  @Inject
  Permissions authorizer;

  @Inject
  CurrentReader caller;

  @Inject
  Audit audit;

  @Context
  UriInfo uri;

  /**
   * Polls, newest closing first.
   *
   * @param show {@code all} (default), {@code open} or {@code closed}
   * @param chapter a chapter's slug, or none
   * @return {@code {polls: [...]}}
   */
  @GET
  @Operation(summary = "List polls")
  public JsonObject list(@QueryParam("show") String show, @QueryParam("chapter") String chapter) {
    PollQueries.Show which;
    try {
      which = PollQueries.Show.valueOf((show == null ? "all" : show).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(400, "polls.error.show");
    }
    Long chapterId = chapter == null ? null : chapters.bySlug(chapter).map(Chapter::getId)
        .orElseThrow(() -> new ProblemException(404, "core.chapter.error.notFound"));
    JsonArrayBuilder list = JsonBuilders.array();
    polls.list(which, chapterId, 200).forEach(p -> list.add(summary(p)));
    return JsonBuilders.object().add("polls", list).build();
  }

  /**
   * One poll, with its questions, and its results when they are shown.
   *
   * @param slug the poll
   * @return the poll
   */
  @GET
  @Path("{poll}")
  @Operation(summary = "Read a poll, in a language it is translated into with lang")
  public JsonObject get(@PathParam("poll") String slug, @QueryParam("lang") String lang) {
    Poll p = poll(slug);
    Member me = me(false);
    boolean voted = me != null && voting.hasVoted(p, me.id());
    Counted counted = visible(p, voted) ? results.results(p) : null;
    PollTranslation tr = translations.translation(p, lang).orElse(null);
    JsonArrayBuilder languages = JsonBuilders.array();
    translations.translations(p).forEach(languages::add);
    JsonObjectBuilder o = summary(p).add("version", p.getVersion())
        .add("translations", languages).add("questions", questions(p, counted, tr));
    if (tr != null) {
      o.add("title", tr.getTitle()).add("shownIn", tr.getLanguage());
    }
    if (counted != null) {
      o.add("voters", counted.voters()).add("eligible", counted.eligible());
    }
    if (me != null) {
      o.add("mayVote", voting.eligibility(p, me.id()).isPresent()).add("voted", voted)
          .add("mayManage", authorizer.can(caller.getCaller(), PollsModule.CREATE,
              p.getChapterId()));
    }
    return o.build();
  }

  /**
   * Writes a poll's translation: {@code {title, description?, questions: {"<id>": text},
   * options: {"<id>": text}}}; texts left out are read in the poll's language.
   *
   * @param slug the poll
   * @param lang the language
   * @param json the texts
   * @return the poll in that language
   */
  @PUT
  @Path("{poll}/translations/{lang}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Translate a poll's texts")
  public JsonObject translate(@PathParam("poll") String slug, @PathParam("lang") String lang,
      JsonValue json) {
    JsonObject o = Bodies.object(json);
    Poll p = poll(slug);
    authorizer.require(caller.getCaller(), PollsModule.CREATE, p.getChapterId());
    translations.translate(p.getId(), lang, Bodies.text(o, "title"), Bodies.text(o, "description"),
        texts(o, "questions"), texts(o, "options"), caller.getCaller().username());
    audit.record(caller.getCaller().username(), "poll.translate", p.getSlug(), lang,
        caller.getAddress());
    return get(slug, lang);
  }

  /**
   * Removes a poll's translation.
   *
   * @param slug the poll
   * @param lang the language
   * @return 204, or 404 when there was none
   */
  @jakarta.ws.rs.DELETE
  @Path("{poll}/translations/{lang}")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Remove a poll's translation")
  public Response untranslate(@PathParam("poll") String slug, @PathParam("lang") String lang) {
    Poll p = poll(slug);
    authorizer.require(caller.getCaller(), PollsModule.CREATE, p.getChapterId());
    if (!translations.removeTranslation(p.getId(), lang)) {
      throw new ProblemException(404, "polls.error.notFound");
    }
    audit.record(caller.getCaller().username(), "poll.translate.remove", p.getSlug(), lang,
        caller.getAddress());
    return Response.noContent().build();
  }

  private static Map<Long, String> texts(JsonObject o, String field) {
    Map<Long, String> map = new HashMap<>();
    if (!o.containsKey(field) || o.isNull(field)) {
      return map;
    }
    if (!(o.get(field) instanceof JsonObject texts)) {
      throw new ProblemException(400, "core.problem.missingField", field);
    }
    for (Map.Entry<String, JsonValue> e : texts.entrySet()) {
      if (!e.getKey().matches("\\d{1,18}") || !(e.getValue() instanceof JsonString text)) {
        throw new ProblemException(400, "core.problem.missingField", field);
      }
      map.put(Long.valueOf(e.getKey()), text.getString());
    }
    return map;
  }

  private static boolean visible(Poll p, boolean voted) {
    return switch (p.getVisibility()) {
      case ALWAYS -> true;
      case AFTER_VOTING -> p.isClosed() || voted;
      case AFTER_CLOSE -> p.isClosed();
    };
  }

  private static JsonArrayBuilder questions(Poll p, Counted counted,
      PollTranslation tr) {
    JsonArrayBuilder questions = JsonBuilders.array();
    for (Question q : p.getQuestions()) {
      JsonArrayBuilder options = JsonBuilders.array();
      Tally.Result r = counted == null ? null : counted.of(q.getId()).orElse(null);
      for (Choice c : q.getChoices()) {
        JsonObjectBuilder o = JsonBuilders.object().add("id", c.getId())
            .add("label", tr == null ? c.getLabel() : tr.label(c));
        if (r != null) {
          o.add("count", r.counts().getOrDefault(c.getId(), 0L))
              .add("share", r.shares().getOrDefault(c.getId(), java.math.BigDecimal.ZERO));
        }
        options.add(o);
      }
      JsonObjectBuilder qo = JsonBuilders.object().add("id", q.getId())
          .add("text", tr == null ? q.getText() : tr.text(q))
          .add("kind", q.getKind().name().toLowerCase(Locale.ROOT))
          .add("maxChoices", q.getMaxChoices()).add("options", options);
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
   * A poll's results: frozen after the close, counted live before when the poll shows them.
   *
   * @param slug the poll
   * @return {@code {closed, voters, eligible, turnout, questions: [...]}}
   */
  @GET
  @Path("{poll}/results")
  @Operation(summary = "A poll's results, when the poll shows them to the caller")
  public JsonObject results(@PathParam("poll") String slug) {
    Poll p = poll(slug);
    Member me = me(false);
    if (!visible(p, me != null && voting.hasVoted(p, me.id()))) {
      throw new ProblemException(403, p.getVisibility() == Poll.Visibility.AFTER_VOTING
          ? "polls.results.afterVoting" : "polls.results.afterClose");
    }
    Counted counted = results.results(p);
    return JsonBuilders.object().add("poll", p.getSlug()).add("closed", p.isClosed())
        .add("voters", counted.voters()).add("eligible", counted.eligible())
        .add("turnout", counted.turnout()).add("questions", questions(p, counted, null)).build();
  }

  /**
   * The frozen results of a closed poll as CSV (RFC 4180): one row per option.
   *
   * @param slug the poll
   * @return the CSV, as a download
   */
  @GET
  @Path("{poll}/results.csv")
  @Produces("text/csv")
  @Operation(summary = "The frozen results of a closed poll, as CSV")
  public Response csv(@PathParam("poll") String slug) {
    Poll p = poll(slug);
    if (!p.isClosed()) {
      throw new ProblemException(409, "polls.error.notClosed");
    }
    String csv = PollsCsv.results(p, results.results(p));
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + p.getSlug()
            + "-results.csv\"").build();
  }

  /**
   * The digest of a closed poll: every ballot as counted, under its receipt's hash (secret
   * poll) or its voter's name (open poll), with the options chosen by question.
   *
   * @param slug the poll
   * @return {@code {poll, secret, ballots: [{hash | voter, answers: {question: [option]}}]}}
   */
  @GET
  @Path("{poll}/digest")
  @Operation(summary = "The digest of a closed poll, from which anyone can recount")
  public JsonObject digest(@PathParam("poll") String slug) {
    Poll p = poll(slug);
    if (!p.isClosed()) {
      throw new ProblemException(409, "polls.error.notClosed");
    }
    JsonArrayBuilder list = JsonBuilders.array();
    Map<Long, String> names = new HashMap<>();
    for (org.plenum.polls.Ballot b : results.digest(p)) {
      JsonObjectBuilder answers = JsonBuilders.object();
      b.getChosen().forEach((q, chosen) -> {
        JsonArrayBuilder ids = JsonBuilders.array();
        chosen.stream().sorted().forEach(ids::add);
        answers.add(String.valueOf(q), ids);
      });
      JsonObjectBuilder line = JsonBuilders.object().add("hash", b.getReceiptHash());
      if (b.getAccountId() != null) {
        line.add("voter", names.computeIfAbsent(b.getAccountId(), id -> accounts.byId(id)
            .map(Member::displayName).orElse("?")));
      }
      list.add(line.add("answers", answers));
    }
    return JsonBuilders.object().add("poll", p.getSlug()).add("secret", p.isSecret())
        .add("questions", questions(p, null, null)).add("ballots", list).build();
  }

  /**
   * The caller's ballot: in an open poll, their answers; in a secret poll, the answers of the
   * ballot whose receipt they give in the {@code Plenum-Receipt} header.
   *
   * @param slug the poll
   * @param receipt for a secret poll, the receipt
   * @return {@code {voted, answers?}}
   */
  @GET
  @Path("{poll}/ballot")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Read one's ballot (a secret poll's with its receipt)")
  public JsonObject myBallot(@PathParam("poll") String slug,
      @jakarta.ws.rs.HeaderParam("Plenum-Receipt") String receipt) {
    Poll p = poll(slug);
    Member me = me(true);
    boolean voted = voting.hasVoted(p, me.id());
    JsonObjectBuilder out = JsonBuilders.object().add("voted", voted)
        .add("secret", p.isSecret());
    if (!voted) {
      return out.build();
    }
    if (p.isSecret() && receipt == null) {
      return out.build();
    }
    org.plenum.polls.Ballot b = voting.ballot(p, me.id(), receipt)
        .orElseThrow(() -> new ProblemException(409, "polls.error.receipt"));
    JsonObjectBuilder answers = JsonBuilders.object();
    b.getChosen().forEach((q, chosen) -> {
      JsonArrayBuilder ids = JsonBuilders.array();
      chosen.stream().sorted().forEach(ids::add);
      answers.add(String.valueOf(q), ids);
    });
    return out.add("answers", answers).build();
  }

  /**
   * Creates a poll.
   *
   * @param json {@code {chapter, title, slug?, description?, language, opensAt, closesAt,
   *     weighting?, secret?, visibility?, questions: [{text, kind?, maxChoices?, rule?,
   *     quorumPercent?, options?}]}}, times as ISO instants
   * @return 201 with the poll
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Create a poll (coordinators within their chapters, editors)")
  public Response create(JsonValue json) {
    JsonObject o = Bodies.object(json);
    Chapter chapter = chapters.bySlug(Bodies.requiredText(o, "chapter"))
        .orElseThrow(() -> new ProblemException(400, "polls.error.chapter"));
    authorizer.require(caller.getCaller(), PollsModule.CREATE, chapter.getId());
    Poll p = writer.create(draft(o, chapter, Bodies.text(o, "slug")),
        caller.getCaller().username());
    audit.record(caller.getCaller().username(), "poll.create", p.getSlug(), chapter.getSlug(),
        caller.getAddress());
    return Response.created(uri.getBaseUriBuilder().path("v1/polls/{s}").build(p.getSlug()))
        .entity(get(p.getSlug(), null)).build();
  }

  /**
   * Changes a poll before it opens: the whole poll as for creating it, with the
   * {@code version} read.
   *
   * @param slug the poll
   * @param json as for creating, plus {@code version}
   * @return the poll
   */
  @PUT
  @Path("{poll}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Change a poll before it opens")
  public JsonObject update(@PathParam("poll") String slug, JsonValue json) {
    JsonObject o = Bodies.object(json);
    Poll p = poll(slug);
    authorizer.require(caller.getCaller(), PollsModule.CREATE, p.getChapterId());
    Chapter chapter = chapters.bySlug(Bodies.requiredText(o, "chapter"))
        .orElseThrow(() -> new ProblemException(400, "polls.error.chapter"));
    authorizer.require(caller.getCaller(), PollsModule.CREATE, chapter.getId());
    if (!(o.get("version") instanceof JsonNumber version)) {
      throw new ProblemException(400, "core.problem.missingField", "version");
    }
    writer.update(p.getId(), version.longValue(), draft(o, chapter, p.getSlug()));
    audit.record(caller.getCaller().username(), "poll.update", p.getSlug(), chapter.getSlug(),
        caller.getAddress());
    return get(p.getSlug(), null);
  }

  /**
   * Deletes a poll that has not opened.
   *
   * @param slug the poll
   * @return 204
   */
  @jakarta.ws.rs.DELETE
  @Path("{poll}")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Delete a poll that has not opened")
  public Response delete(@PathParam("poll") String slug) {
    Poll p = poll(slug);
    authorizer.require(caller.getCaller(), PollsModule.CREATE, p.getChapterId());
    writer.delete(p.getId());
    audit.record(caller.getCaller().username(), "poll.delete", p.getSlug(), null,
        caller.getAddress());
    return Response.noContent().build();
  }

  /**
   * Ends an open poll's voting now; its tally is frozen as at its closing time.
   *
   * @param slug the poll
   * @return the poll, closed, with its results
   */
  @POST
  @Path("{poll}/close")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Close an open poll now")
  public JsonObject close(@PathParam("poll") String slug) {
    Poll p = poll(slug);
    authorizer.require(caller.getCaller(), PollsModule.CREATE, p.getChapterId());
    schedule.closeNow(p.getId());
    audit.record(caller.getCaller().username(), "poll.close", p.getSlug(), "api",
        caller.getAddress());
    return get(p.getSlug(), null);
  }

  private PollDraft draft(JsonObject o, Chapter chapter, String slug) {
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
        questions.add(new PollDraft.QuestionDraft(Bodies.text(q, "text"),
            enumOf(Question.Kind.class, Bodies.text(q, "kind"), Question.Kind.SINGLE),
            number(q, "maxChoices", 1), enumOf(Tally.Rule.class, Bodies.text(q, "rule"),
                Tally.Rule.MAJORITY), number(q, "quorumPercent", 0), options));
      }
    }
    return new PollDraft(chapter.getId(), Bodies.text(o, "title"), slug,
        Bodies.text(o, "description"), Bodies.text(o, "language"), time(o, "opensAt"),
        time(o, "closesAt"), enumOf(Tally.Weighting.class, Bodies.text(o, "weighting"),
            Tally.Weighting.ONE_MEMBER_ONE_VOTE),
        bool(o, "secret"), enumOf(Poll.Visibility.class, Bodies.text(o, "visibility"),
            Poll.Visibility.AFTER_CLOSE), questions, bool(o, "notify"));
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

  /**
   * Casts or changes the caller's ballot.
   *
   * @param slug the poll
   * @param json {@code {answers: {"<question id>": [<option id>…]}, receipt?}}
   * @return {@code {receipt?}}: a new receipt for a first ballot
   */
  @PUT
  @Path("{poll}/ballot")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Cast or change one's ballot")
  public JsonObject vote(@PathParam("poll") String slug, JsonValue json) {
    JsonObject o = Bodies.object(json);
    long pollId = polls.idOf(slug).orElseThrow(() -> new ProblemException(404,
        "polls.error.notFound"));
    Member me = me(true);
    Map<Long, Set<Long>> answers = new HashMap<>();
    if (o.get("answers") instanceof JsonObject a) {
      for (Map.Entry<String, JsonValue> e : a.entrySet()) {
        if (!e.getKey().matches("\\d{1,18}") || !(e.getValue() instanceof JsonArray ids)) {
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
    } else {
      throw new ProblemException(400, "core.problem.missingField", "answers");
    }
    String receipt = ballots.cast(pollId, me.id(), answers, Bodies.text(o, "receipt"));
    audit.record(me.username(), "poll.vote", slug, "api", caller.getAddress());
    JsonObjectBuilder out = JsonBuilders.object();
    if (receipt != null) {
      out.add("receipt", receipt);
    }
    return out.build();
  }

  private JsonObjectBuilder summary(Poll p) {
    Chapter c = chapters.byId(p.getChapterId()).orElseThrow();
    return JsonBuilders.object().add("id", p.getId()).add("slug", p.getSlug())
        .add("title", p.getTitle()).add("chapter", c.getSlug())
        .add("language", p.getLanguage()).add("opensAt", p.getOpens().toString())
        .add("closesAt", p.getCloses().toString()).add("closed", p.isClosed())
        .add("secret", p.isSecret())
        .add("weighting", p.getWeighting().name().toLowerCase(Locale.ROOT))
        .add("visibility", p.getVisibility().name().toLowerCase(Locale.ROOT));
  }

  private Poll poll(String slug) {
    return polls.bySlug(slug).orElseThrow(() -> new ProblemException(404,
        "polls.error.notFound"));
  }

  private Member me(boolean required) {
    Member a = caller.getCaller() == null ? null
        : accounts.byUsername(caller.getCaller().username()).orElse(null);
    if (a == null && required) {
      throw new org.plenum.api.Denied(true, "polls.vote");
    }
    return a;
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

  private static <E extends Enum<E>> E enumOf(Class<E> type, String text, E otherwise) {
    if (text == null) {
      return otherwise;
    }
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(400, "polls.error.value", text);
    }
  }
}
