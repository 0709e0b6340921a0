package org.plenum.polls;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenum.api.SiteModules;
import org.plenum.spi.ContentChanged;
import org.plenum.spi.SiteStarted;

/**
 * Opens and closes polls at their times: at start-up (catching up on what fell due while the site
 * was down), then every {@value #PERIOD_SECONDS} seconds. Several instances may run it; {@link
 * PollSchedule} opens and closes each poll once.
 */
@ApplicationScoped
public class PollClock {

  static final long PERIOD_SECONDS = 15;

  /** The page-cache tag of pages that show polls. */
  public static final String TAG = "polls";

  private static final Logger LOG = Logger.getLogger(PollClock.class.getName());

  @Resource ManagedScheduledExecutorService executor;

  @Inject PollSchedule schedule;

  @Inject PollMail mail;

  @Inject SiteModules registry;

  @Inject Event<ContentChanged> changed;

  private ScheduledFuture<?> task;

  void start(@Observes SiteStarted started) {
    if (task == null) {
      task = executor.scheduleWithFixedDelay(this::run, 0, PERIOD_SECONDS, TimeUnit.SECONDS);
    }
  }

  /** Opens and closes what is due now, then sends the mails that are due. */
  public void run() {
    if (!registry.isEnabled(PollsModule.ID)) {
      return;
    }
    try {
      List<Long> opened = schedule.openDue(Poll.now());
      List<Long> closed = schedule.closeDue(Poll.now());
      if (!opened.isEmpty() || !closed.isEmpty()) {
        LOG.info(() -> "Polls opened " + opened + ", closed and counted " + closed);
        changed.fire(ContentChanged.of(TAG));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Opening or closing polls failed; will try again", e);
    }
    try {
      mail.sendDue(Poll.now());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Mailing polls' members failed", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
