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
}
