package org.plenum.blog;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenum.api.SiteModules;
import org.plenum.spi.SiteStarted;

/**
 * Publishes scheduled posts when their time comes: once at start-up (catching up on what fell due
 * while the site was down), then every {@value #PERIOD_SECONDS} seconds. Several instances may run
 * it at once; {@link PostWorkflow#publishDue} publishes each post once.
 */
@ApplicationScoped
public class ScheduledPublisher {

  static final long PERIOD_SECONDS = 15;

  private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class.getName());

  @Resource ManagedScheduledExecutorService executor;

  @Inject PostWorkflow workflow;

  @Inject SiteModules registry;

  private ScheduledFuture<?> task;

  void start(@Observes SiteStarted started) {
    if (task == null) {
      task = executor.scheduleWithFixedDelay(this::run, 0, PERIOD_SECONDS, TimeUnit.SECONDS);
    }
  }

  /**
   * Publishes what is due now.
   *
   * @return the posts published by this call
   */
  public List<Long> run() {
    if (!registry.isEnabled(BlogModule.ID)) {
      return List.of();
    }
    try {
      List<Long> done = workflow.publishDue(LocalDateTime.now(ZoneOffset.UTC));
      if (!done.isEmpty()) {
        LOG.info(() -> "Published scheduled posts " + done);
      }
      return done;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Scheduled publication failed; will try again", e);
      return List.of();
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
