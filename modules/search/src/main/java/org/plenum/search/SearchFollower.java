package org.plenum.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenum.api.SiteConfig;
import org.plenum.api.SiteModules;
import org.plenum.search.SearchLog.Change;
import org.plenum.spi.ModulesChanged;
import org.plenum.spi.SearchChanged;
import org.plenum.spi.SiteStarted;

/**
 * Keeps this instance's index following the content through the change log. A module's {@link
 * SearchChanged} is written to the log in the change's own transaction; once it has committed, the
 * log is read from where the index stands, the items are read again from their sources, and
 * searches see them within a moment. The log is also read every second, for the changes other
 * instances sharing the database made, and at start-up, for those made while this instance was
 * stopped. An index that is missing, unreadable, of an older shape, or that stopped before the
 * oldest change still logged is built anew (the old one answers meanwhile).
 */
@ApplicationScoped
public class SearchFollower {

  private static final Logger LOG = Logger.getLogger(SearchFollower.class.getName());

  /** How often the log is read for other instances' changes. */
  static final long FOLLOW_MILLIS = 1000;

  /** How often changes older than the retention are removed. */
  static final long PRUNE_MILLIS = 3_600_000;

  /** Days a change stays in the log unless configured otherwise. */
  static final int LOG_DAYS = 7;

  /** How many places back a new position looks for changes not yet committed. */
  static final int MISSING_WINDOW = 1000;

  @Inject SearchIndex index;

  @Inject SearchLog log;

  @Inject SiteModules registry;

  @Inject SiteConfig config;

  @Resource ManagedScheduledExecutorService executor;

  private final AtomicBoolean wanted = new AtomicBoolean();
  private final AtomicBoolean draining = new AtomicBoolean();
  private volatile LogPosition position;
  private volatile long prunedAt;
  private ScheduledFuture<?> follow;

  /** After the modules' own start-up work (their demo content is installed by then). */
  void started(@Observes @Priority(Interceptor.Priority.APPLICATION + 2000) SiteStarted started) {
    if (!registry.isEnabled(SearchModule.ID)) {
      return;
    }
    prune();
    Optional<LogPosition> saved =
        index.open() && !index.isStale()
            ? LogPosition.from(index.commitData(), System.currentTimeMillis())
            : Optional.empty();
    long pruned = log.prunedUpto();
    if (saved.isPresent() && saved.get().seen() >= pruned) {
      position = saved.get();
      long behind = log.latest() - position.seen();
      if (behind > 0) {
        LOG.info(
            () -> "Search index catching up with " + behind + " changes logged since it stopped");
      }
    } else {
      if (saved.isPresent()) {
        LOG.info("Search index stopped before the oldest change still logged; building it anew");
      }
      rebuildInBackground();
    }
    schedule();
  }

  void modulesChanged(@Observes ModulesChanged changed) {
    if (registry.isEnabled(SearchModule.ID)) {
      rebuildInBackground();
      // enabled after the start: other instances' changes are followed from now
      schedule();
    }
  }

  private synchronized void schedule() {
    if (follow == null) {
      follow =
          executor.scheduleWithFixedDelay(this::follow, 0, FOLLOW_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  /** Builds the index anew in the background; searches use the old one meanwhile. */
  public void rebuildInBackground() {
    executor.submit(
        () -> {
          try {
            // the new index holds everything logged when it begins, and looks for what was not
            // committed then; the place is taken once this rebuild has begun (not when another
            // one runs already, whose place stays)
            LogPosition[] at = new LogPosition[1];
            index.rebuild(
                () -> {
                  if (at[0] == null) {
                    long latest = log.latest();
                    at[0] =
                        LogPosition.at(
                            latest,
                            log.missing(latest, MISSING_WINDOW),
                            System.currentTimeMillis());
                    position = at[0];
                  }
                  return at[0].commitData();
                });
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Building the search index failed", e);
          }
        });
  }

  /** Writes the change to the log, in the transaction that made it. */
  void record(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) SearchChanged event) {
    if (registry.isEnabled(SearchModule.ID)) {
      log.append(event.type(), event.id());
    }
  }

  /** Once the change is committed, the index reads the log. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchChanged event) {
    if (registry.isEnabled(SearchModule.ID)) {
      follow();
    }
  }

  /**
   * @return the newest change in the log this index has applied, -1 before it has a place
   */
  public long followed() {
    LogPosition p = position;
    return p == null ? -1 : p.seen();
  }

  /**
   * @return the newest change in the log
   */
  public long latest() {
    return log.latest();
  }

  /** Reads the log soon, once more if it is being read now. */
  void follow() {
    wanted.set(true);
    if (draining.compareAndSet(false, true)) {
      executor.submit(this::drain);
    }
  }

  private void drain() {
    try {
      while (wanted.getAndSet(false)) {
        while (pass()) {
          // a full batch: there is more
        }
      }
      if (System.currentTimeMillis() - prunedAt > PRUNE_MILLIS) {
        prune();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Following changes for the search failed; will try again", e);
    } finally {
      draining.set(false);
    }
    if (wanted.get() && draining.compareAndSet(false, true)) {
      executor.submit(this::drain);
    }
  }

  /** Applies the changes logged after the index's place; true when there may be more. */
  private boolean pass() {
    LogPosition p = position;
    if (p == null || !registry.isEnabled(SearchModule.ID)) {
      return false;
    }
    long now = System.currentTimeMillis();
    List<Change> changes = log.after(p.seen(), p.gaps(now));
    if (changes.isEmpty()) {
      return false;
    }
    Set<String> items = new LinkedHashSet<>();
    for (Change c : changes) {
      items.add(c.type() + ":" + c.itemId());
    }
    for (String key : items) {
      int colon = key.indexOf(':');
      index.update(key.substring(0, colon), key.substring(colon + 1));
    }
    p.applied(changes.stream().map(Change::id).toList(), now);
    index.publish(p.commitData());
    return changes.size() >= SearchLog.BATCH;
  }

  private void prune() {
    prunedAt = System.currentTimeMillis();
    try {
      int days = config.value("plenum.search.log-days", Integer.class).orElse(LOG_DAYS);
      int removed = log.prune(days);
      if (removed > 0) {
        LOG.info(
            () ->
                "Search change log: " + removed + " changes older than " + days + " days removed");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Removing old search changes failed", e);
    }
  }

  @PreDestroy
  void stop() {
    if (follow != null) {
      follow.cancel(false);
    }
  }
}
