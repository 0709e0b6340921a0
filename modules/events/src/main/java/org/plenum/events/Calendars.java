package org.plenum.events;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * Events as iCalendar (RFC 5545), written by ical4j: a feed holds each event once, with its rule,
 * its cancelled occurrences as {@code EXDATE} and its moved ones as their own {@code VEVENT} with a
 * {@code RECURRENCE-ID}, at local times with the definitions of the time zones used; a member's own
 * feed holds the occurrences they go to, each on its own.
 */
public final class Calendars {

  private static final TimeZoneRegistry ZONES =
      TimeZoneRegistryFactory.getInstance().createRegistry();

  private Calendars() {}

  /**
   * A feed of events.
   *
   * @param name the calendar's name
   * @param host the site's host, to make UIDs unique
   * @param events the events
   * @param exceptions each event's cancelled and moved occurrences
   * @param link each event's page
   * @return the iCalendar text
   */
  public static String feed(
      String name,
      String host,
      List<Event> events,
      Function<Event, List<EventException>> exceptions,
      Function<Event, String> link) {
    Calendar cal = calendar(name);
    Set<ZoneId> zones = new LinkedHashSet<>();
    List<VEvent> components = new ArrayList<>();
    for (Event e : events) {
      ZoneId zone = zone(e);
      if (!e.isAllDay() && !(zone instanceof ZoneOffset)) {
        zones.add(zone);
      }
      if (!e.isRecurring()) {
        components.add(single(e, host, link.apply(e), exceptions.apply(e)));
        continue;
      }
      List<EventException> changes = exceptions.apply(e);
      VEvent v =
          base(e, host, link.apply(e), time(e, e.getStartsLocal()), time(e, e.getEndsLocal()));
      v.add(new RRule<>(Schedule.recur(e.getRrule())));
      List<Temporal> cancelled = new ArrayList<>();
      for (EventException x : changes) {
        if (x.isCancelled()) {
          cancelled.add(time(e, x.getOriginalLocal()));
        }
      }
      if (!cancelled.isEmpty()) {
        v.add(
            e.isAllDay() || zone instanceof ZoneOffset
                ? new ExDate<>(new DateList<>(cancelled))
                : new ExDate<>(
                    new ParameterList(List.of(new TzId(zone.getId()))), new DateList<>(cancelled)));
      }
      components.add(v);
      for (EventException x : changes) {
        if (!x.isCancelled() && x.getStartsLocal() != null) {
          VEvent moved =
              base(e, host, link.apply(e), time(e, x.getStartsLocal()), time(e, x.getEndsLocal()));
          moved.add(new RecurrenceId<>(time(e, x.getOriginalLocal())));
          if (x.getNote() != null) {
            moved.replace(new Description(describe(e, link.apply(e), x.getNote())));
          }
          components.add(moved);
        }
      }
    }
    for (ZoneId z : zones) {
      TimeZone tz = ZONES.getTimeZone(z.getId());
      if (tz != null) {
        cal.add(tz.getVTimeZone());
      }
    }
    components.forEach(cal::add);
    return cal.toString();
  }

  /**
   * A member's own feed: each occurrence they go to, on its own, cancelled ones marked so.
   *
   * @param name the calendar's name
   * @param host the site's host
   * @param occurrences the occurrences
   * @param link each occurrence's page
   * @return the iCalendar text
   */
  public static String occurrences(
      String name,
      String host,
      List<Schedule.Occurrence> occurrences,
      Function<Schedule.Occurrence, String> link) {
    Calendar cal = calendar(name);
    for (Schedule.Occurrence o : occurrences) {
      Event e = o.event();
      // in UTC: the member's calendar shows it in their own zone
      Temporal start =
          e.isAllDay() ? o.start().toLocalDate() : o.start().withZoneSameInstant(ZoneOffset.UTC);
      Temporal end =
          e.isAllDay() ? o.end().toLocalDate() : o.end().withZoneSameInstant(ZoneOffset.UTC);
      VEvent v = base(e, host, link.apply(o), start, end);
      v.replace(new Uid(e.getUid() + "-" + o.key().replace(":", "").replace("-", "") + "@" + host));
      if (o.cancelled()) {
        v.replace(ImmutableStatus.VEVENT_CANCELLED);
      }
      cal.add(v);
    }
    return cal.toString();
  }

  /** An event that happens once: at its moved times if moved, marked when cancelled. */
  private static VEvent single(Event e, String host, String link, List<EventException> exceptions) {
    EventException x =
        exceptions.stream()
            .filter(c -> c.getOriginalLocal().equals(e.getStartsLocal()))
            .findFirst()
            .orElse(null);
    boolean moved = x != null && !x.isCancelled() && x.getStartsLocal() != null;
    VEvent v =
        base(
            e,
            host,
            link,
            time(e, moved ? x.getStartsLocal() : e.getStartsLocal()),
            time(e, moved ? x.getEndsLocal() : e.getEndsLocal()));
    if (x != null && x.isCancelled()) {
      v.replace(ImmutableStatus.VEVENT_CANCELLED);
    }
    if (x != null && x.getNote() != null) {
      v.replace(new Description(describe(e, link, x.getNote())));
    }
    return v;
  }

  private static Calendar calendar(String name) {
    Calendar cal =
        new Calendar().withProdId("-//Plenum//Events 0.1//EN").withDefaults().getFluentTarget();
    cal.add(new XProperty("X-WR-CALNAME", name));
    return cal;
  }

  private static VEvent base(Event e, String host, String link, Temporal start, Temporal end) {
    VEvent v = new VEvent(start, end, e.getTitle());
    v.replace(new DtStamp(e.getUpdatedAt().toInstant(ZoneOffset.UTC)));
    v.add(new Uid(e.getUid() + "@" + host));
    v.add(new Sequence(e.getSequence()));
    v.add(new LastModified(e.getUpdatedAt().toInstant(ZoneOffset.UTC)));
    v.add(ImmutableStatus.VEVENT_CONFIRMED);
    v.add(new Url(URI.create(link)));
    String where = e.getPlace();
    if (!where.isEmpty() || e.isOnline()) {
      v.add(new Location(where.isEmpty() ? e.getOnlineUrl() : where));
    }
    v.add(new Description(describe(e, link, null)));
    return v;
  }

  private static String describe(Event e, String link, String note) {
    StringBuilder b = new StringBuilder();
    if (note != null) {
      b.append(note).append("\n\n");
    }
    if (e.getDescriptionSource() != null) {
      b.append(e.getDescriptionSource()).append("\n\n");
    }
    if (e.isOnline()) {
      b.append(e.getOnlineUrl()).append('\n');
    }
    b.append(link);
    return b.toString();
  }

  /** A local time of an event as iCalendar writes it: a date, or a time in its zone. */
  private static Temporal time(Event e, LocalDateTime local) {
    if (e.isAllDay()) {
      return LocalDate.from(local);
    }
    ZoneId zone = zone(e);
    return zone instanceof ZoneOffset
        ? local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC)
        : local.atZone(zone);
  }

  /** The event's zone; UTC by any of its names is written as UTC times. */
  private static ZoneId zone(Event e) {
    ZoneId zone = e.zone();
    ZoneId normal = zone.normalized();
    return normal instanceof ZoneOffset ? normal : zone;
  }
}
