package org.plenum.search;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenum.core.modules.ModuleRegistry;
import org.plenum.core.modules.ModulesChanged;
import org.plenum.spi.SearchChanged;
import org.plenum.spi.SiteStarted;

/**
 * Keeps the index following the content: at start-up it opens the index, or builds it when
 * it is missing, unreadable or of an older shape (the old one answers meanwhile); when a
 * module says an item changed, the item is read again once the change is committed, in the
 * background, and searches see it within a moment. A burst of changes is written and
 * committed together.
 */
@ApplicationScoped
public class SearchFollower {

  private static final Logger LOG = Logger.getLogger(SearchFollower.class.getName());

  @Inject
  SearchIndex index;

  @Inject
  ModuleRegistry registry;

  @Resource
  ManagedExecutorService executor;

  private final Set<String> pending = new LinkedHashSet<>();
  private final AtomicBoolean draining = new AtomicBoolean();

  /** After the modules' own start-up work (their demo content is installed by then). */
  void started(@Observes @Priority(Interceptor.Priority.APPLICATION + 2000)
      SiteStarted started) {
    if (!registry.isEnabled(SearchModule.ID)) {
      return;
    }
    if (!index.open() || index.isStale()) {
      rebuildInBackground();
    }
  }

  void modulesChanged(@Observes ModulesChanged changed) {
    if (registry.isEnabled(SearchModule.ID)) {
      rebuildInBackground();
    }
  }

  /** Builds the index anew in the background; searches use the old one meanwhile. */
  public void rebuildInBackground() {
    executor.submit(() -> {
      try {
        index.rebuild();
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Building the search index failed", e);
      }
    });
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchChanged event) {
    if (!registry.isEnabled(SearchModule.ID)) {
      return;
    }
    synchronized (pending) {
      pending.add(event.type() + ":" + event.id());
    }
    if (draining.compareAndSet(false, true)) {
      executor.submit(this::drain);
    }
  }

  private void drain() {
    try {
      while (true) {
        Set<String> batch;
        synchronized (pending) {
          if (pending.isEmpty()) {
            draining.set(false);
            return;
          }
          batch = new LinkedHashSet<>(pending);
          pending.clear();
        }
        for (String key : batch) {
          int colon = key.indexOf(':');
          index.update(key.substring(0, colon), key.substring(colon + 1));
        }
        index.publish();
      }
    } catch (RuntimeException e) {
      draining.set(false);
      LOG.log(Level.WARNING, "Following changes for the search failed", e);
    }
  }
}
