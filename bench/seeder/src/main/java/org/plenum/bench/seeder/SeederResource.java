package org.plenum.bench.seeder;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.CorePermissions;
import org.plenum.api.CurrentReader;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.Permissions;
import org.plenum.api.members.MemberStatus;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.polls.Choice;
import org.plenum.polls.Poll;
import org.plenum.polls.PollQueries;
import org.plenum.polls.Question;
import org.plenum.polls.Voting;

/** Administrators seed a benchmark's site: members with tokens, ballots from members. */
@Path("v1/bench")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SeederResource {

  @Inject Members accounts;

  @Inject Chapters chapters;

  @Inject PollQueries polls;

  @Inject Voting voting;

  @Inject Permissions authorizer;

  @Inject CurrentReader caller;

  /**
   * Makes members of a chapter, without password, each with an API token.
   *
   * @param chapter the chapter's slug
   * @param count how many, 1 to 20,000
   * @param from the number of the first, so that batches follow each other
   * @param prefix their user names' prefix: {@code <prefix>.<number>}
   * @return {@code {tokens: [...]}}
   */
  @POST
  @Path("members")
  public JsonObject members(
      @QueryParam("chapter") String chapter,
      @QueryParam("count") int count,
      @QueryParam("from") @DefaultValue("1") int from,
      @QueryParam("prefix") String prefix) {
    authorizer.require(caller.getCaller(), CorePermissions.ADMIN);
    if (count < 1
        || count > 20_000
        || from < 1
        || prefix == null
        || !prefix.matches("[a-z0-9]{1,16}")) {
      throw new ProblemException(400, "core.problem.missingField", "count");
    }
    Chapter home =
        chapters
            .bySlug(chapter)
            .orElseThrow(() -> new ProblemException(404, "core.chapter.error.notFound"));
    JsonArrayBuilder list = JsonBuilders.array();
    for (int i = from; i < from + count; i++) {
      Member a =
          accounts.createWithoutPassword(
              prefix + "." + i, "Bench " + prefix + " " + i, MemberStatus.MEMBER);
      chapters.join(home.getId(), a.id());
      list.add(accounts.issueToken(a.id(), "bench"));
    }
    return JsonBuilders.object().add("tokens", list).build();
  }

  /**
   * Casts a ballot, with answers drawn at random, for each member of a prefix who has not voted in
   * an open poll.
   *
   * @param slug the poll
   * @param prefix the members' user names' prefix
   * @param count how many members the prefix has
   * @return {@code {cast: n}}
   */
  @POST
  @Path("polls/{poll}/ballots")
  public JsonObject ballots(
      @PathParam("poll") String slug,
      @QueryParam("prefix") String prefix,
      @QueryParam("count") int count) {
    authorizer.require(caller.getCaller(), CorePermissions.ADMIN);
    Poll poll =
        polls.bySlug(slug).orElseThrow(() -> new ProblemException(404, "polls.error.notFound"));
    Random random = new Random(42);
    int cast = 0;
    for (int i = 1; i <= count; i++) {
      Member a = accounts.byUsername(prefix + "." + i).orElse(null);
      if (a == null || voting.hasVoted(poll, a.id())) {
        continue;
      }
      Map<Long, Set<Long>> answers = new HashMap<>();
      for (Question q : poll.getQuestions()) {
        List<Choice> choices = q.getChoices();
        answers.put(q.getId(), Set.of(choices.get(random.nextInt(choices.size())).getId()));
      }
      voting.vote(poll.getId(), a.id(), answers, null);
      cast++;
    }
    return JsonBuilders.object().add("cast", cast).build();
  }
}
