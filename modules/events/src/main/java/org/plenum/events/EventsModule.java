package org.plenum.events;

import java.util.List;
import org.plenum.api.PlenumApi;
import org.plenum.spi.Module;
import org.plenum.spi.ModuleDescriptor;
import org.plenum.spi.Permission;
import org.plenum.spi.Roles;
import org.plenum.spi.Route;

/**
 * Events: chapters' meetings, once or recurring, in their own time zones. Coming events at {@code
 * /<lang>/events}, a month at {@code …/events/calendar}, past ones at {@code …/events/past}, an
 * event at {@code …/events/<event>} with its occurrences and the members' answers; iCalendar feeds
 * under {@code /feeds/events/}; a chapter tab and a home-page block.
 */
public class EventsModule implements Module {

  /** The module id. */
  public static final String ID = "events";

  /** Permission to create and manage events: coordinators within their subtree, editors. */
  public static final String MANAGE = "events.event.manage";

  @Override
  public ModuleDescriptor descriptor() {
    return ModuleDescriptor.of(ID, "0.1.0").api(PlenumApi.VERSION).build();
  }

  @Override
  public List<String> entityClassNames() {
    return List.of(
        "org.plenum.events.Event",
        "org.plenum.events.EventException",
        "org.plenum.events.Rsvp",
        "org.plenum.events.EventMember",
        "org.plenum.events.EventTranslation");
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.open("events", "/events/list.xhtml"),
        new Route("events/calendar", "/events/calendar.xhtml", Route.Access.anyone(), 50, false),
        new Route("events/past", "/events/past.xhtml", Route.Access.anyone(), 50, false),
        // coordinators hold the permission within their chapters only: the page checks
        new Route("events/new", "/events/edit.xhtml", Route.Access.member(), 50, true),
        new Route("events/mine", "/events/mine.xhtml", Route.Access.member(), 50, true),
        new Route("events/{event}/edit", "/events/edit.xhtml", Route.Access.member(), 50, true),
        new Route(
            "events/{event}/translate", "/events/translate.xhtml", Route.Access.member(), 50, true),
        new Route(
            "events/{event}/attendees", "/events/attendees.xhtml", Route.Access.member(), 50, true),
        Route.open("events/{event}", "/events/event.xhtml"));
  }

  @Override
  public List<Permission> permissions() {
    return List.of(Permission.of(MANAGE, Roles.COORDINATOR, Roles.EDITOR, Roles.ADMINISTRATOR));
  }

  @Override
  public String stylesheet() {
    return "/events/events.css";
  }

  @Override
  public String messageBundle() {
    return "org.plenum.events.messages";
  }
}
