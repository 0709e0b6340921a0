package org.plenum.core.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final AtomicLong nanos = new AtomicLong(1);
  private final LoginThrottle throttle = new LoginThrottle(nanos::get, LoginThrottle.PER_ADDRESS);

  private void pass(Duration d) {
    nanos.addAndGet(d.toNanos());
  }

  @Test
  @DisplayName("16.3: five failures stop the guesser's address, not the owner elsewhere")
  void fiveFailuresStopTheGuesserNotTheOwner() {
    for (int i = 0; i < 5; i++) {
      assertTrue(throttle.allows("ada", "203.0.113.7"));
      throttle.failed("ada", "203.0.113.7");
    }
    assertFalse(throttle.allows("ada", "203.0.113.7"), "the guesser waits");
    assertFalse(throttle.allows("ADA", "203.0.113.7"), "whatever the case");
    assertTrue(throttle.allows("ada", "192.168.1.1"), "the owner at home gets in");
    assertTrue(throttle.allows("grace", "203.0.113.7"), "other accounts are not affected");
    pass(Duration.ofMinutes(14));
    assertFalse(throttle.allows("ada", "203.0.113.7"));
    pass(Duration.ofMinutes(2));
    assertTrue(throttle.allows("ada", "203.0.113.7"), "after the window");
  }

  @Test
  @DisplayName("16.3: guessing from many addresses is slowed down, never a lock-out")
  void guessingFromManyAddressesIsSlowedDown() {
    for (int i = 0; i < 10; i++) {
      assertTrue(throttle.allows("ada", "10.0.0." + i));
      throttle.failed("ada", "10.0.0." + i);
    }
    assertTrue(throttle.allows("ada", "192.168.1.1"), "one attempt goes through");
    assertFalse(throttle.allows("ada", "10.0.0.99"), "the next waits its turn");
    pass(Duration.ofSeconds(10));
    assertTrue(throttle.allows("ada", "192.168.1.1"), "ten seconds later, another");
    throttle.succeeded("ada", "192.168.1.1");
    assertTrue(
        throttle.allows("ada", "10.0.0.99") && throttle.allows("ada", "10.0.0.98"),
        "a success (or a mailed reset) ends the slowing down");
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
  void aSiteWhoseMembersShareAnAddressRaisesItsLimit() {
    LoginThrottle hall = new LoginThrottle(nanos::get, 200);
    for (int i = 0; i < 150; i++) {
      hall.failed("member" + i, "198.51.100.4");
    }
    assertTrue(
        hall.allows("member-who-typed-well", "198.51.100.4"),
        "150 typos in a hall of members do not keep the others out");
    for (int i = 0; i < 50; i++) {
      hall.failed("member" + i, "198.51.100.4");
    }
    assertFalse(hall.allows("member-who-typed-well", "198.51.100.4"));
  }

  @Test
  void aSuccessClearsTheAccountsFailures() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("ada", "10.0.0.1");
    }
    throttle.succeeded("ada", "10.0.0.1");
    throttle.failed("ada", "10.0.0.1");
    assertTrue(throttle.allows("ada", "10.0.0.1"));
  }
}
