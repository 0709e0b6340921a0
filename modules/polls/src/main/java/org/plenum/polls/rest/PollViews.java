package org.plenum.polls.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.plenum.api.CurrentReader;
import org.plenum.api.Denied;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.Permissions;
import org.plenum.api.rest.ProblemException;
import org.plenum.polls.Counted;
import org.plenum.polls.Poll;
import org.plenum.polls.PollQueries;
import org.plenum.polls.PollResults;
import org.plenum.polls.PollTranslation;
import org.plenum.polls.PollTranslations;
import org.plenum.polls.PollsModule;
import org.plenum.polls.Voting;

/**
 * A poll as the caller of the polls API sees it, shared by its resources: found by its address or
 * 404, with its results when it shows them, in a language when translated, and what the caller may
 * do with it.
 */
@RequestScoped
public class PollViews {

  @Inject PollQueries polls;

  @Inject PollTranslations translations;

  @Inject PollResults results;

  @Inject Voting voting;

  @Inject PollJson json;

  @Inject Members accounts;

  @Inject Permissions authorizer;

  @Inject CurrentReader caller;

  /**
   * A poll by its address.
   *
   * @param slug the address
   * @return the poll
   * @throws ProblemException 404 when there is none
   */
  Poll poll(String slug) {
    return polls.bySlug(slug).orElseThrow(() -> new ProblemException(404, "polls.error.notFound"));
  }

  /**
   * A poll as the caller sees it.
   *
   * @param slug its address
   * @param lang a language it may be translated into, or {@code null}
   * @return the poll, with its results when shown, and for a member whether they may vote, have
   *     voted and may manage it
   */
  JsonObject seen(String slug, String lang) {
    Poll p = poll(slug);
    Member me = me(false);
    boolean voted = me != null && voting.hasVoted(p, me.id());
    Counted counted = PollResults.visible(p, voted) ? results.results(p) : null;
    PollTranslation tr = translations.translation(p, lang).orElse(null);
    JsonObjectBuilder o = json.poll(p, counted, tr, translations.translations(p));
    if (me != null) {
      o.add("mayVote", voting.eligibility(p, me.id()).isPresent())
          .add("voted", voted)
          .add(
              "mayManage",
              authorizer.can(caller.getCaller(), PollsModule.CREATE, p.getChapterId()));
    }
    return o.build();
  }

  /**
   * The caller's member account.
   *
   * @param required whether the caller must be a member
   * @return the member, or {@code null} when not required and there is none
   * @throws Denied when required and the caller is not a member
   */
  Member me(boolean required) {
    Member a = accounts.of(caller.getCaller()).orElse(null);
    if (a == null && required) {
      throw new Denied(true, "polls.vote");
    }
    return a;
  }
}
