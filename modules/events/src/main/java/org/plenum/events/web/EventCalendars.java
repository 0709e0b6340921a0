package org.plenum.events.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.Settings;
import org.plenum.api.SiteConfig;
import org.plenum.api.Texts;
import org.plenum.events.Attendance;
import org.plenum.events.Calendars;
import org.plenum.events.Event;
import org.plenum.events.EventMembers;
import org.plenum.events.EventQueries;
import org.plenum.events.EventsClock;
import org.plenum.events.EventsModule;
import org.plenum.events.Occurrences;
import org.plenum.events.Rsvp;
import org.plenum.events.Schedule;
import org.plenum.spi.FeedLink;
import org.plenum.spi.FeedSource;

/**
 * iCalendar feeds to subscribe to: {@code /feeds/events/all.ics} (the whole site), {@code
 * chapters/<chapter>.ics} (a chapter and those below it), {@code event/<event>.ics} (one event, to
 * add to a calendar) and {@code member/<key>.ics} (the occurrences a member goes to, at the secret
 * address on their "My events" page). Events hold their rules and exceptions; events over for more
 * than {@value #KEEP_DAYS} days are left out. The core routes the addresses to it while the events
 * module is enabled.
 */
@ApplicationScoped
public class EventCalendars implements FeedSource {

  /** How long after its end an event stays in the feeds. */
  static final int KEEP_DAYS = 90;

  private static final String PREFIX = "events/";

  private static final String TYPE = FeedLink.CALENDAR + ";charset=UTF-8";

  @Inject CurrentReader current;

  @Inject EventQueries events;

  @Inject Occurrences occurrences;

  @Inject Attendance attendance;

  @Inject EventMembers members;

  @Inject Chapters chapters;

  @Inject Texts catalog;

  @Inject Settings settings;

  @Inject SiteConfig config;

  @Override
  public String moduleId() {
    return EventsModule.ID;
  }

  @Override
  public Optional<Feed> feed(String address, Map<String, String> parameters) {
    if (!address.startsWith(PREFIX) || !address.endsWith(".ics")) {
      return Optional.empty();
    }
    String path = address.substring(PREFIX.length(), address.length() - ".ics".length());
    String lang = Optional.ofNullable(parameters.get("lang")).filter(catalog::offers).orElse("en");
    String site = settings.get(Settings.NAME);
    String host = URI.create(config.baseUrl()).getHost();
    String text;
    if (path.equals("all")) {
      text =
          Calendars.feed(
              catalog.formatIn(lang, "events.feed.site", site),
              host,
              kept(events.list(null, 100_000)),
              e -> occurrences.exceptions(e.getId()),
              e -> link(lang, e));
    } else if (path.startsWith("chapters/")) {
      Optional<Chapter> c = chapters.bySlug(path.substring("chapters/".length()));
      if (c.isEmpty()) {
        return Optional.empty();
      }
      text =
          Calendars.feed(
              catalog.formatIn(lang, "events.feed.chapter", c.get().getName(), site),
              host,
              kept(events.list(events.within(c.get()), 100_000)),
              e -> occurrences.exceptions(e.getId()),
              e -> link(lang, e));
    } else if (path.startsWith("event/")) {
      Optional<Event> e = events.bySlug(path.substring("event/".length()));
      if (e.isEmpty()) {
        return Optional.empty();
      }
      text =
          Calendars.feed(
              e.get().getTitle(),
              host,
              List.of(e.get()),
              x -> occurrences.exceptions(x.getId()),
              x -> link(lang, x));
    } else if (path.startsWith("member/")) {
      Optional<Long> member = members.memberByFeedKey(path.substring("member/".length()));
      if (member.isEmpty()) {
        return Optional.empty();
      }
      text =
          Calendars.occurrences(
              catalog.formatIn(lang, "events.feed.member", site),
              host,
              mine(member.get()),
              o ->
                  config.baseUrl()
                      + "/"
                      + lang
                      + "/events/"
                      + o.event().getSlug()
                      + "?on="
                      + o.key());
      // a secret address: never kept by anyone on the way
      return Optional.of(new Feed(TYPE, text, true));
    } else {
      return Optional.empty();
    }
    current.cache(EventsClock.TAG, Chapters.TAG);
    return Optional.of(new Feed(TYPE, text, false));
  }

  private String link(String lang, Event e) {
    return config.baseUrl() + "/" + lang + "/events/" + e.getSlug();
  }

  /** Events not over for long, oldest first. */
  private static List<Event> kept(List<Event> all) {
    LocalDateTime cutoff = LocalDateTime.now(ZoneOffset.UTC).minusDays(KEEP_DAYS);
    List<Event> list = new ArrayList<>();
    for (Event e : all) {
      if (e.getLastEndUtc() == null || e.getLastEndUtc().isAfter(cutoff)) {
        list.add(e);
      }
    }
    list.sort(Comparator.comparing(Event::getId));
    return list;
  }

  /** The occurrences a member goes to, from a few weeks back. */
  private List<Schedule.Occurrence> mine(long accountId) {
    Instant from = Instant.now().minus(Duration.ofDays(KEEP_DAYS));
    List<Schedule.Occurrence> list = new ArrayList<>();
    for (Rsvp r : attendance.goingOf(accountId)) {
      if (r.isWaiting()) {
        continue;
      }
      events
          .byId(r.getEventId())
          .flatMap(e -> occurrences.occurrence(e, r.getOccurrenceLocal()))
          .filter(o -> o.endInstant().isAfter(from))
          .ifPresent(list::add);
    }
    list.sort(Comparator.comparing(Schedule.Occurrence::startInstant));
    return list;
  }
}
