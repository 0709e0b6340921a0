package org.plenum.core.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts failed log-ins per account and per address over a sliding window of 15 minutes:
 * after 5 failures for one account or 20 from one address, further attempts are refused
 * until the window passes. Entries expire by themselves, so the owner gets back in.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int PER_ACCOUNT = 5;
  static final int PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Cache<String, AtomicInteger> failures;

  /** A throttle on the system clock. */
  public LoginThrottle() {
    this(Ticker.systemTicker());
  }

  /**
   * A throttle on a given clock, for tests.
   *
   * @param ticker the clock
   */
  LoginThrottle(Ticker ticker) {
    failures = Caffeine.newBuilder().expireAfterWrite(WINDOW).maximumSize(100_000)
        .ticker(ticker).build();
  }

  /**
   * Tells whether an attempt may proceed.
   *
   * @param username the account tried
   * @param address the client address
   * @return false when either counter is over its limit
   */
  public boolean allows(String username, String address) {
    return count(accountKey(username)) < PER_ACCOUNT && count(addressKey(address)) < PER_ADDRESS;
  }

  /**
   * Records a failure.
   *
   * @param username the account tried
   * @param address the client address
   */
  public void failed(String username, String address) {
    failures.asMap().computeIfAbsent(accountKey(username), k -> new AtomicInteger())
        .incrementAndGet();
    failures.asMap().computeIfAbsent(addressKey(address), k -> new AtomicInteger())
        .incrementAndGet();
    // rewrite to restart the expiry window at the latest failure
    failures.put(accountKey(username), failures.getIfPresent(accountKey(username)));
  }

  /**
   * Forgets an account's failures after a successful log-in.
   *
   * @param username the account
   */
  public void succeeded(String username) {
    failures.invalidate(accountKey(username));
  }

  private int count(String key) {
    AtomicInteger n = failures.getIfPresent(key);
    return n == null ? 0 : n.get();
  }

  private static String accountKey(String username) {
    return "u:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "a:" + address;
  }
}
