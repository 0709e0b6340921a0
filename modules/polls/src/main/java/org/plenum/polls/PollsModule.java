package org.plenum.polls;

import java.util.List;
import org.plenum.api.PlenumApi;
import org.plenum.spi.Module;
import org.plenum.spi.ModuleDescriptor;
import org.plenum.spi.Permission;
import org.plenum.spi.Roles;
import org.plenum.spi.Route;

/**
 * Polls: a chapter's binding, verifiable decisions. Lists at {@code /<lang>/polls}, a poll at
 * {@code /<lang>/polls/<poll>} with its ballot and results, its digest at {@code …/<poll>/digest}
 * and its turnout over time for those who run it at {@code …/<poll>/turnout}; a chapter tab and a
 * home-page block with the current poll.
 */
public class PollsModule implements Module {

  /** The module id. */
  public static final String ID = "polls";

  /** Permission to create polls: coordinators within their subtree, editors anywhere. */
  public static final String CREATE = "polls.poll.create";

  @Override
  public ModuleDescriptor descriptor() {
    return ModuleDescriptor.of(ID, "0.1.0").api(PlenumApi.VERSION).build();
  }

  @Override
  public List<String> entityClassNames() {
    return List.of(
        "org.plenum.polls.Poll",
        "org.plenum.polls.Question",
        "org.plenum.polls.Choice",
        "org.plenum.polls.Ballot",
        "org.plenum.polls.Participation",
        "org.plenum.polls.PollTranslation");
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.open("polls", "/polls/list.xhtml"),
        // coordinators hold the permission within their chapters only: the page checks
        new Route("polls/new", "/polls/edit.xhtml", Route.Access.member(), 50, true),
        new Route("polls/{poll}/edit", "/polls/edit.xhtml", Route.Access.member(), 50, true),
        new Route(
            "polls/{poll}/translate", "/polls/translate.xhtml", Route.Access.member(), 50, true),
        new Route("polls/{poll}/turnout", "/polls/turnout.xhtml", Route.Access.member(), 50, true),
        Route.open("polls/{poll}", "/polls/poll.xhtml"),
        Route.openForm("polls/{poll}/digest", "/polls/digest.xhtml"));
  }

  @Override
  public List<Permission> permissions() {
    return List.of(Permission.of(CREATE, Roles.COORDINATOR, Roles.EDITOR, Roles.ADMINISTRATOR));
  }

  @Override
  public String stylesheet() {
    return "/polls/polls.css";
  }

  @Override
  public String messageBundle() {
    return "org.plenum.polls.messages";
  }
}
