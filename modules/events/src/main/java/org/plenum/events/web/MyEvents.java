package org.plenum.events.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.plenum.api.CurrentReader;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.PageGuards;
import org.plenum.events.Attendance;
import org.plenum.events.EventMember;
import org.plenum.events.EventMembers;
import org.plenum.events.EventQueries;
import org.plenum.events.Occurrences;
import org.plenum.events.Rsvp;
import org.plenum.events.Schedule.Occurrence;

/**
 * A member's events: the coming occurrences they go to (or wait for), the address of their own
 * calendar feed (which they may change, so that an old one stops working), and whether they are
 * reminded the day before.
 */
@Named("myEvents")
@RequestScoped
public class MyEvents {

  @Inject EventQueries events;

  @Inject Occurrences occurrences;

  @Inject Attendance attendance;

  @Inject EventMembers members;

  @Inject Members accounts;

  @Inject CurrentReader current;

  private Member me;
  private EventMember member;
  private boolean reminders;

  /** A coming occurrence the member answered going for. */
  public record Going(Occurrence occurrence, boolean waiting) {}

  @PostConstruct
  void prepare() {
    me = accounts.of(current.getCaller()).orElse(null);
    if (me != null) {
      member = members.member(me.id());
      reminders = member.isReminders();
    }
  }

  /**
   * @return the coming occurrences, soonest first
   */
  public List<Going> getComing() {
    List<Going> list = new ArrayList<>();
    if (me == null) {
      return list;
    }
    Instant now = Instant.now();
    for (Rsvp r : attendance.goingOf(me.id())) {
      events
          .byId(r.getEventId())
          .flatMap(e -> occurrences.occurrence(e, r.getOccurrenceLocal()))
          .filter(o -> o.endInstant().isAfter(now))
          .ifPresent(o -> list.add(new Going(o, r.isWaiting())));
    }
    list.sort(Comparator.comparing(g -> g.occurrence().startInstant()));
    return list;
  }

  /**
   * @return the address of the member's calendar feed
   */
  public String getFeed() {
    return member == null
        ? ""
        : current.absolute(
            current.getBase() + "/feeds/events/member/" + member.getFeedKey() + ".ics");
  }

  /**
   * @return true when reminded the day before
   */
  public boolean isReminders() {
    return reminders;
  }

  /**
   * @param reminders true to be reminded
   */
  public void setReminders(boolean reminders) {
    this.reminders = reminders;
  }

  /**
   * Saves the reminder choice.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String save() throws IOException {
    members.reminders(me.id(), reminders);
    return back("saved");
  }

  /**
   * Gives the calendar feed a new address; the old one stops working.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String newFeed() throws IOException {
    members.newFeedKey(me.id());
    return back("newFeed");
  }

  private String back(String done) throws IOException {
    PageGuards.redirect(current.link("events/mine") + "?done=" + done);
    return null;
  }

  /**
   * @return what was just done, as a message key, or {@code null}
   */
  public String getDone() {
    String d = current.query("done");
    return "saved".equals(d) || "newFeed".equals(d) ? "events.mine.done." + d : null;
  }
}
