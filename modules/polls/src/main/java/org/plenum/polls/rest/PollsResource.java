package org.plenum.polls.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import org.plenum.core.audit.AuditLog;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.Accounts;
import org.plenum.core.identity.Authorizer;
import org.plenum.core.rest.Bodies;
import org.plenum.core.rest.CallerContext;
import org.plenum.core.rest.ProblemException;
import org.plenum.polls.Choice;
import org.plenum.polls.Poll;
import org.plenum.polls.PollDraft;
import org.plenum.polls.PollService;
import org.plenum.polls.PollsModule;
import org.plenum.polls.Question;
import org.plenum.polls.Tally;

/**
 * Polls over HTTP: list and read them (with their results when the poll shows them), create
 * one (coordinators within their chapters, editors anywhere), cast or change one's ballot.
 */
@Path("v1/polls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "polls")
public class PollsResource {

  @Inject
  PollService polls;

  @Inject
  org.plenum.polls.Ballots ballots;

  @Inject
  ChapterService chapters;

  @Inject
  Accounts accounts;

  @Inject
  Authorizer authorizer;

  @Inject
  CallerContext caller;

  @Inject
  AuditLog audit;

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
    PollService.Show which;
    try {
      which = PollService.Show.valueOf((show == null ? "all" : show).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(400, "polls.error.show");
    }
    Long chapterId = chapter == null ? null : chapters.bySlug(chapter).map(Chapter::getId)
        .orElseThrow(() -> new ProblemException(404, "core.chapter.error.notFound"));
    JsonArrayBuilder list = Json.createArrayBuilder();
    polls.list(which, chapterId, 200).forEach(p -> list.add(summary(p)));
    return Json.createObjectBuilder().add("polls", list).build();
  }

  /**
   * One poll, with its questions, and its results when they are shown.
   *
   * @param slug the poll
   * @return the poll
   */
  @GET
  @Path("{poll}")
  @Operation(summary = "Read a poll")
  public JsonObject get(@PathParam("poll") String slug) {
    Poll p = poll(slug);
    Account me = me(false);
    boolean voted = me != null && polls.hasVoted(p, me.id());
    boolean visible = switch (p.getVisibility()) {
      case ALWAYS -> true;
      case AFTER_VOTING -> p.isClosed() || voted;
      case AFTER_CLOSE -> p.isClosed();
    };
    PollService.Counted counted = visible ? polls.results(p) : null;
    JsonArrayBuilder questions = Json.createArrayBuilder();
    for (Question q : p.getQuestions()) {
      JsonArrayBuilder options = Json.createArrayBuilder();
      Tally.Result r = counted == null ? null : counted.of(q.getId()).orElse(null);
      for (Choice c : q.getChoices()) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", c.getId())
            .add("label", c.getLabel());
        if (r != null) {
          o.add("count", r.counts().getOrDefault(c.getId(), 0L))
              .add("share", r.shares().get(c.getId()));
        }
        options.add(o);
      }
      JsonObjectBuilder qo = Json.createObjectBuilder().add("id", q.getId())
          .add("text", q.getText()).add("kind", q.getKind().name().toLowerCase(Locale.ROOT))
          .add("maxChoices", q.getMaxChoices()).add("options", options);
      if (r != null) {
        qo.add("answered", r.answered());
        if (r.outcome() != null) {
          qo.add("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
        }
      }
      questions.add(qo);
    }
    JsonObjectBuilder o = summary(p).add("questions", questions);
    if (counted != null) {
      o.add("voters", counted.voters()).add("eligible", counted.eligible());
    }
    if (me != null) {
      o.add("mayVote", polls.eligibility(p, me.id()).isPresent()).add("voted", voted);
    }
    return o.build();
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
    authorizer.require(caller.caller(), PollsModule.CREATE, chapter.getId());
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
    PollDraft draft = new PollDraft(chapter.getId(), Bodies.text(o, "title"),
        Bodies.text(o, "slug"), Bodies.text(o, "description"), Bodies.text(o, "language"),
        time(o, "opensAt"), time(o, "closesAt"),
        enumOf(Tally.Weighting.class, Bodies.text(o, "weighting"),
            Tally.Weighting.ONE_MEMBER_ONE_VOTE),
        o.getBoolean("secret", false), enumOf(Poll.Visibility.class,
            Bodies.text(o, "visibility"), Poll.Visibility.AFTER_CLOSE), questions);
    Poll p = polls.create(draft, caller.caller().username());
    audit.record(caller.caller().username(), "poll.create", p.getSlug(), chapter.getSlug(),
        caller.address());
    return Response.created(uri.getBaseUriBuilder().path("v1/polls/{s}").build(p.getSlug()))
        .entity(get(p.getSlug())).build();
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
    Poll p = poll(slug);
    Account me = me(true);
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
    String receipt = ballots.cast(p.getId(), me.id(), answers, Bodies.text(o, "receipt"));
    audit.record(me.username(), "poll.vote", p.getSlug(), "api", caller.address());
    JsonObjectBuilder out = Json.createObjectBuilder();
    if (receipt != null) {
      out.add("receipt", receipt);
    }
    return out.build();
  }

  private JsonObjectBuilder summary(Poll p) {
    Chapter c = chapters.byId(p.getChapterId()).orElseThrow();
    return Json.createObjectBuilder().add("id", p.getId()).add("slug", p.getSlug())
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

  private Account me(boolean required) {
    Account a = caller.caller() == null ? null
        : accounts.byUsername(caller.caller().username()).orElse(null);
    if (a == null && required) {
      throw new Authorizer.Denied(true, "polls.vote");
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
