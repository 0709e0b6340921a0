package org.plenum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogPositionTest {

  private static final long NOW = 1_000_000_000L;

  @Test
  void movesPastContiguousChanges() {
    LogPosition p = LogPosition.at(10, List.of(), NOW);
    p.applied(List.of(11L, 12L, 13L), NOW);
    assertEquals(13, p.seen());
    assertEquals(List.of(), p.gaps(NOW));
  }

  @Test
  void looksAgainForAChangeCommittedAfterLaterOnes() {
    LogPosition p = LogPosition.at(10, List.of(), NOW);
    p.applied(List.of(11L, 14L), NOW);
    assertEquals(14, p.seen());
    assertEquals(List.of(12L, 13L), p.gaps(NOW), "12 and 13 were not committed yet");
    p.applied(List.of(13L), NOW + 500);
    assertEquals(14, p.seen(), "a late change does not move the place back");
    assertEquals(List.of(12L), p.gaps(NOW + 500));
  }

  @Test
  void forgetsAPlaceLookedForLongEnough() {
    LogPosition p = LogPosition.at(20, List.of(18L), NOW);
    assertEquals(List.of(18L), p.gaps(NOW + LogPosition.GAP_MILLIS));
    assertEquals(
        List.of(),
        p.gaps(NOW + LogPosition.GAP_MILLIS + 1),
        "a transaction rolled back leaves a place that never fills");
  }

  @Test
  void remembersAtMostSoManyPlaces() {
    LogPosition p = LogPosition.at(0, List.of(), NOW);
    p.applied(List.of(1L, 1_000_000L), NOW);
    List<Long> gaps = p.gaps(NOW);
    assertEquals(LogPosition.GAPS_MAX, gaps.size());
    assertEquals(999_999L, gaps.get(gaps.size() - 1), "the nearest places are kept");
  }

  @Test
  void isSavedWithTheIndexAndReadBack() {
    LogPosition p = LogPosition.at(40, List.of(37L, 39L), NOW);
    Map<String, String> data = p.commitData();
    LogPosition back = LogPosition.from(data, NOW).orElseThrow();
    assertEquals(40, back.seen());
    assertEquals(List.of(37L, 39L), back.gaps(NOW));
  }

  @Test
  void anIndexWithoutAPlaceHasNone() {
    assertTrue(LogPosition.from(Map.of(), NOW).isEmpty());
    assertTrue(LogPosition.from(Map.of(LogPosition.SEEN, "many"), NOW).isEmpty());
  }
}
