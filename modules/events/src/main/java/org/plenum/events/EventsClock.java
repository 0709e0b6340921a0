package org.plenum.events;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenum.core.modules.ModuleRegistry;
import org.plenum.core.settings.SiteSettings;
import org.plenum.core.web.Dates;
import org.plenum.spi.ContentChanged;
import org.plenum.spi.SiteStarted;

/**
 * The events' clock, every {@value #PERIOD_SECONDS} seconds: pages that list coming events
 * are dropped from the page cache when an occurrence begins or ends and when the day turns
 * (a "Wednesday, 11:30 – 13:00" becomes a date), and the day-before reminders go out, each
 * claimed once across instances.
 */
@ApplicationScoped
public class EventsClock {

  static final long PERIOD_SECONDS = 30;

  /** The page-cache tag of pages that show events. */
  public static final String TAG = "events";

  private static final Logger LOG = Logger.getLogger(EventsClock.class.getName());

  @Resource
  ManagedScheduledExecutorService executor;

  @Inject
  EventService events;

  @Inject
  EventMail mail;

  @Inject
  ModuleRegistry registry;

  @Inject
  SiteSettings settings;

  @Inject
  Event<ContentChanged> changed;

  private ScheduledFuture<?> task;
  private volatile Instant nextBoundary = Instant.EPOCH;
  private volatile boolean recompute;

  void start(@Observes SiteStarted started) {
    if (task == null) {
      task = executor.scheduleWithFixedDelay(this::run, PERIOD_SECONDS, PERIOD_SECONDS,
          TimeUnit.SECONDS);
    }
  }

  /** Drops the pages of events when due, then sends the reminders that are due. */
  public void run() {
    if (!registry.isEnabled(EventsModule.ID)) {
      return;
    }
    Instant now = Instant.now();
    try {
      if (!now.isBefore(nextBoundary)) {
        changed.fire(ContentChanged.of(TAG));
        nextBoundary = boundaryAfter(now);
        recompute = false;
      } else if (recompute) {
        recompute = false;
        nextBoundary = boundaryAfter(now);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Events: finding the next change of the lists failed", e);
    }
    try {
      remind(now);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Events: sending reminders failed; will try again", e);
    }
  }

  /** The next moment a list of coming events changes by itself. */
  private Instant boundaryAfter(Instant now) {
    ZoneId zone = Dates.parse(settings.get(SiteSettings.TIME_ZONE));
    zone = zone == null ? ZoneOffset.UTC : zone;
    Instant next = LocalDate.now(zone).plusDays(1).atStartOfDay(zone).toInstant();
    for (Schedule.Occurrence o : events.occurrences(now, now.plus(Duration.ofDays(2)), null,
        500)) {
      for (Instant at : new Instant[] {o.startInstant(), o.endInstant()}) {
        if (at.isAfter(now) && at.isBefore(next)) {
          next = at;
        }
      }
    }
    return next;
  }

  private void remind(Instant now) {
    Map<String, List<Rsvp>> byOccurrence = new LinkedHashMap<>();
    for (Rsvp r : events.claimReminders(now)) {
      byOccurrence.computeIfAbsent(r.getEventId() + "@" + r.getOccurrenceLocal(),
          k -> new ArrayList<>()).add(r);
    }
    for (List<Rsvp> group : byOccurrence.values()) {
      Rsvp first = group.get(0);
      events.byId(first.getEventId()).flatMap(e -> events.occurrence(e,
          first.getOccurrenceLocal())).ifPresent(o -> mail.send(new EventNotice(
              EventNotice.Kind.REMINDER, first.getEventId(), first.getOccurrenceLocal(),
              group.stream().map(Rsvp::getAccountId).toList(), o.startInstant())));
    }
  }

  /** Events changed: the next moment the lists change by themselves is found again. */
  void eventsChanged(@Observes ContentChanged event) {
    if (event.tags().contains(TAG)) {
      recompute = true;
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
