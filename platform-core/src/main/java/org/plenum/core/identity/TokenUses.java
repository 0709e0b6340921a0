package org.plenum.core.identity;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenum.spi.SiteStarted;

/**
 * When each API token was last used, gathered in memory and written every {@value #FLUSH_SECONDS}
 * seconds in one transaction (and when the site stops), so that a client's request costs no write
 * of its own. The token's owner sees the time at once on this instance; the database has it within
 * {@value #FLUSH_SECONDS} seconds.
 */
@ApplicationScoped
public class TokenUses {

  static final long FLUSH_SECONDS = 30;

  private static final Logger LOG = Logger.getLogger(TokenUses.class.getName());

  private final Map<String, LocalDateTime> pending = new ConcurrentHashMap<>();

  @Resource ManagedScheduledExecutorService executor;

  @Inject ApiTokens tokens;

  private ScheduledFuture<?> task;

  void start(@Observes SiteStarted started) {
    if (task == null) {
      task =
          executor.scheduleWithFixedDelay(
              this::flush, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
    }
  }

  /**
   * Notes a use of a token.
   *
   * @param hash the token's hash
   * @param at when (UTC)
   */
  void used(String hash, LocalDateTime at) {
    pending.merge(hash, at, (a, b) -> a.isAfter(b) ? a : b);
  }

  /**
   * A use noted and not yet written.
   *
   * @param hash the token's hash
   * @return when, if one is waiting
   */
  Optional<LocalDateTime> waiting(String hash) {
    return Optional.ofNullable(pending.get(hash));
  }

  /** Writes the uses noted so far; those that cannot be written wait for the next time. */
  public void flush() {
    if (pending.isEmpty()) {
      return;
    }
    Map<String, LocalDateTime> batch = new HashMap<>(pending);
    try {
      tokens.recordUses(batch);
      batch.forEach(pending::remove);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot record when API tokens were used; will try again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
    flush();
  }
}
