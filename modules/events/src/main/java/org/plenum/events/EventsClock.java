package org.plenum.events;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenum.api.SiteModules;
import org.plenum.spi.ContentChanged;
import org.plenum.spi.SiteStarted;

/**
 * The events' clock, every {@value #PERIOD_SECONDS} seconds: pages that list coming events are
 * dropped from the page cache when an occurrence begins or ends and when the day turns (a
 * "Wednesday, 11:30 – 13:00" becomes a date), and the day-before reminders go out, each claimed
 * once across instances.
 */
@ApplicationScoped
public class EventsClock {

  static final long PERIOD_SECONDS = 30;

  /** The page-cache tag of pages that show events. */
  public static final String TAG = "events";

  private static final Logger LOG = Logger.getLogger(EventsClock.class.getName());

  @Resource ManagedScheduledExecutorService executor;

  @Inject Occurrences occurrences;

  @Inject EventMail mail;

  @Inject SiteModules registry;

  @Inject Event<ContentChanged> changed;

  private ScheduledFuture<?> task;
  private volatile Instant nextBoundary = Instant.EPOCH;
  private volatile boolean recompute;

  void start(@Observes SiteStarted started) {
    if (task == null) {
      task =
          executor.scheduleWithFixedDelay(
              this::run, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }
  }

  /**
   * Drops the pages of events when due, then sends the reminders that are due. Whatever reads the
   * database here does it in a transaction of its own: on this managed thread a read outside one
   * makes Payara open a non-transactional EntityManager that it closes at the end of the run and
   * again at the end of the next one (a SEVERE in the log).
   */
  public void run() {
    if (!registry.isEnabled(EventsModule.ID)) {
      return;
    }
    Instant now = Instant.now();
    try {
      if (!now.isBefore(nextBoundary)) {
        changed.fire(ContentChanged.of(TAG));
        nextBoundary = occurrences.nextListChange(now);
        recompute = false;
      } else if (recompute) {
        recompute = false;
        nextBoundary = occurrences.nextListChange(now);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Events: finding the next change of the lists failed", e);
    }
    try {
      mail.remindDue(now);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Events: sending reminders failed; will try again", e);
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
