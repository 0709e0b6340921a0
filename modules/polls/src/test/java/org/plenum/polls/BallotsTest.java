package org.plenum.polls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the log says when a member's ballots meet: one line for the race, a trace otherwise. */
class BallotsTest {

  private final Logger log = Logger.getLogger(Ballots.class.getName());
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          records.add(r);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    log.addHandler(handler);
  }

  @AfterEach
  void stop() {
    log.removeHandler(handler);
  }

  /** Ballots over a voting service that fails as told, then takes the ballot. */
  private static Ballots failing(RuntimeException... failures) {
    Deque<RuntimeException> left = new ArrayDeque<>(List.of(failures));
    Ballots ballots = new Ballots();
    ballots.voting =
        new Voting() {
          @Override
          public String vote(
              long pollId, long accountId, Map<Long, Set<Long>> answers, String receipt) {
            if (!left.isEmpty()) {
              throw left.pop();
            }
            return "receipt";
          }
        };
    return ballots;
  }

  private static PersistenceException refused(String sqlState) {
    return new PersistenceException("refused", new SQLException("refused", sqlState));
  }

  @Test
  @DisplayName("16.16: a race between a member's ballots is cast again and told in one line")
  void aRaceIsToldInOneLine() {
    Ballots ballots = failing(new OptimisticLockException("changed meanwhile"), refused("23505"));
    assertEquals("receipt", ballots.cast(1, 2, Map.of(), null));
    assertEquals(2, records.size(), "a line per race");
    for (LogRecord r : records) {
      assertEquals(Level.INFO, r.getLevel());
      assertNull(r.getThrown(), "no stack trace");
      assertTrue(r.getMessage().contains("member 2 in poll 1"), r.getMessage());
    }
  }

  @Test
  @DisplayName("16.16: any other failure keeps its stack trace")
  void anotherFailureKeepsItsTrace() {
    PersistenceException down = refused("08001");
    Ballots ballots = failing(down, down, down, down, down);
    assertSame(
        down, assertThrows(PersistenceException.class, () -> ballots.cast(1, 2, Map.of(), null)));
    assertEquals(Ballots.ATTEMPTS + 1, records.size(), "each attempt, then the giving up");
    for (LogRecord r : records) {
      assertEquals(Level.WARNING, r.getLevel());
      assertNotNull(r.getThrown(), "with its stack trace");
    }
  }

  @Test
  @DisplayName(
      "a member's ballots to a poll take their turns, while another member's go on meanwhile")
  void aMembersBallotsTakeTurnsOthersDoNotWait() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger atOnce = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    Ballots ballots = new Ballots();
    ballots.voting =
        new Voting() {
          @Override
          public String vote(
              long pollId, long accountId, Map<Long, Set<Long>> answers, String receipt) {
            if (accountId == 2) {
              return "other";
            }
            most.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
            try {
              inside.countDown();
              release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } finally {
              atOnce.decrementAndGet();
            }
            return "mine";
          }
        };
    // member 2 must not share member 1's lock for the second half of the test to mean anything
    assertTrue(ballots.turn(7, 1) != ballots.turn(7, 2), "two members, two locks");
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Future<String> first = pool.submit(() -> ballots.cast(7, 1, Map.of(), null));
      assertTrue(inside.await(10, TimeUnit.SECONDS), "the first ballot is being cast");
      Future<String> second = pool.submit(() -> ballots.cast(7, 1, Map.of(), null));
      assertEquals(
          "other",
          pool.submit(() -> ballots.cast(7, 2, Map.of(), null)).get(10, TimeUnit.SECONDS),
          "another member's ballot is cast while the first member's waits");
      assertTrue(queued(ballots.turn(7, 1)), "the member's second ballot waits");
      release.countDown();
      assertEquals("mine", first.get(10, TimeUnit.SECONDS));
      assertEquals("mine", second.get(10, TimeUnit.SECONDS));
      assertEquals(1, most.get(), "never two of the member's ballots at once");
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Whether a thread comes to wait for the lock (the second ballot may take a moment to get there).
   */
  private static boolean queued(ReentrantLock lock) throws InterruptedException {
    for (int i = 0; i < 1000; i++) {
      if (lock.hasQueuedThreads()) {
        return true;
      }
      Thread.sleep(10);
    }
    return false;
  }
}
