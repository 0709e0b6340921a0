package org.plenum.core.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final AtomicLong nanos = new AtomicLong();
  private final LoginThrottle throttle = new LoginThrottle(nanos::get);

  private void pass(Duration d) {
    nanos.addAndGet(d.toNanos());
  }

  @Test
  void fiveFailuresForOneAccountStopItAndTheWindowLetsTheOwnerBackIn() {
    for (int i = 0; i < 5; i++) {
      assertTrue(throttle.allows("ada", "10.0.0." + i));
      throttle.failed("ada", "10.0.0." + i);
    }
    assertFalse(throttle.allows("ada", "192.168.1.1"), "from any address");
    assertFalse(throttle.allows("ADA", "192.168.1.1"), "whatever the case");
    assertTrue(throttle.allows("grace", "10.0.0.1"), "other accounts are not affected");
    pass(Duration.ofMinutes(14));
    assertFalse(throttle.allows("ada", "192.168.1.1"));
    pass(Duration.ofMinutes(2));
    assertTrue(throttle.allows("ada", "192.168.1.1"), "after the window");
  }

  @Test
  void twentyFailuresFromOneAddressStopThatAddress() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("user" + i, "203.0.113.7");
    }
    assertFalse(throttle.allows("someone-new", "203.0.113.7"));
    assertTrue(throttle.allows("someone-new", "203.0.113.8"));
  }

  @Test
  void aSuccessClearsTheAccountsFailures() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("ada", "10.0.0.1");
    }
    throttle.succeeded("ada");
    throttle.failed("ada", "10.0.0.1");
    assertTrue(throttle.allows("ada", "10.0.0.1"));
  }
}
