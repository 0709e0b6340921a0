package org.plenum.core.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Throttles password guessing without locking the owner out. Failed log-ins are counted over a
 * sliding window of 15 minutes:
 *
 * <ul>
 *   <li>per account <em>and</em> address: after {@value #PER_ACCOUNT_AND_ADDRESS} failures for one
 *       account from one address, that address may not try that account again until the window
 *       passes — the guesser is stopped, the owner at another address is not;
 *   <li>per address: after {@value #PER_ADDRESS} failures from one address, whatever the accounts,
 *       that address is stopped (a site whose members share one address — a meeting hall's network,
 *       an office behind one gateway — raises the limit with {@code plenum.login.address-limit},
 *       {@code PLENUM_LOGIN_ADDRESS_LIMIT});
 *   <li>per account, from every address: after {@value #SLOW_AFTER} failures, attempts on the
 *       account are slowed to one every {@value #SLOW_SECONDS} seconds, so that guessing from many
 *       addresses gains little and the owner can still get in; the owner can always get in at once
 *       with a mailed reset link, which clears the account's failures.
 * </ul>
 *
 * Entries expire by themselves.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int PER_ACCOUNT_AND_ADDRESS = 5;

  /** Failures from one address after which it is stopped, unless the site sets another limit. */
  public static final int PER_ADDRESS = 20;

  static final int SLOW_AFTER = 10;
  static final int SLOW_SECONDS = 10;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Cache<String, AtomicInteger> failures;
  private final Cache<String, AtomicLong> lastAttempt;
  private final Ticker ticker;
  private final int perAddress;

  /** A throttle on the system clock, with the site's per-address limit. */
  public LoginThrottle() {
    this(
        Ticker.systemTicker(),
        ConfigProvider.getConfig()
            .getOptionalValue("plenum.login.address-limit", Integer.class)
            .filter(n -> n > 0)
            .orElse(PER_ADDRESS));
  }

  /**
   * A throttle on a given clock, for tests and for counting other attempts (password resets) apart.
   *
   * @param ticker the clock
   * @param perAddress failures from one address after which it is stopped
   */
  public LoginThrottle(Ticker ticker, int perAddress) {
    this.ticker = ticker;
    this.perAddress = perAddress;
    failures =
        Caffeine.newBuilder().expireAfterWrite(WINDOW).maximumSize(200_000).ticker(ticker).build();
    lastAttempt =
        Caffeine.newBuilder().expireAfterWrite(WINDOW).maximumSize(100_000).ticker(ticker).build();
  }

  /**
   * Tells whether an attempt may proceed; an attempt on a slowed account takes its turn.
   *
   * @param username the account tried
   * @param address the client address
   * @return false when the guesser must wait
   */
  public boolean allows(String username, String address) {
    if (count(pairKey(username, address)) >= PER_ACCOUNT_AND_ADDRESS
        || count(addressKey(address)) >= perAddress) {
      return false;
    }
    if (count(accountKey(username)) < SLOW_AFTER) {
      return true;
    }
    long now = ticker.read();
    AtomicLong last = lastAttempt.get(accountKey(username), k -> new AtomicLong(Long.MIN_VALUE));
    long previous = last.get();
    return (previous == Long.MIN_VALUE
            || now - previous >= Duration.ofSeconds(SLOW_SECONDS).toNanos())
        && last.compareAndSet(previous, now);
  }

  /**
   * Records a failure.
   *
   * @param username the account tried
   * @param address the client address
   */
  public void failed(String username, String address) {
    for (String key :
        new String[] {pairKey(username, address), addressKey(address), accountKey(username)}) {
      AtomicInteger n = failures.asMap().computeIfAbsent(key, k -> new AtomicInteger());
      n.incrementAndGet();
      // rewrite to restart the expiry window at the latest failure
      failures.put(key, n);
    }
  }

  /**
   * Forgets an account's failures after a successful log-in, or after its owner set a new password
   * through a mailed link.
   *
   * @param username the account
   * @param address the client address, or {@code null} when not known
   */
  public void succeeded(String username, String address) {
    failures.invalidate(accountKey(username));
    lastAttempt.invalidate(accountKey(username));
    if (address != null) {
      failures.invalidate(pairKey(username, address));
    }
  }

  private int count(String key) {
    AtomicInteger n = failures.getIfPresent(key);
    return n == null ? 0 : n.get();
  }

  private static String name(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }

  private static String accountKey(String username) {
    return "u:" + name(username);
  }

  private static String pairKey(String username, String address) {
    return "p:" + name(username) + "@" + address;
  }

  private static String addressKey(String address) {
    return "a:" + address;
  }
}
