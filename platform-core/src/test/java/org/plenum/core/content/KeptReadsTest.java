package org.plenum.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.plenum.spi.ContentChanged;

class KeptReadsTest {

  private final KeptReads reads = new KeptReads();

  private final List<Collection<Long>> asked = new ArrayList<>();

  private Function<Collection<Long>, Map<Long, String>> names(String suffix) {
    return ids -> {
      asked.add(List.copyOf(ids));
      Map<Long, String> found = new HashMap<>();
      ids.stream().filter(id -> id < 100).forEach(id -> found.put(id, "n" + id + suffix));
      return found;
    };
  }

  @Test
  void manyKeysAreReadTogetherOnceAndKeptEachOnItsOwn() {
    assertEquals(
        Map.of(1L, "n1", 2L, "n2"),
        reads.readAll("t.person:", List.of(1L, 2L, 2L), Set.of("people"), names("")));
    assertEquals(
        Map.of(2L, "n2", 3L, "n3"),
        reads.readAll("t.person:", List.of(2L, 3L), Set.of("people"), names("")));
    assertEquals(List.of(List.of(1L, 2L), List.of(3L)), asked);
  }

  @Test
  void anIdWithoutValueIsLeftOutAndAskedAgain() {
    assertEquals(Map.of(), reads.readAll("t.person:", List.of(500L), Set.of("p"), names("")));
    reads.readAll("t.person:", List.of(500L), Set.of("p"), names(""));
    assertEquals(2, asked.size());
  }

  @Test
  void aChangeOfTheirTagDropsThemAndOthersStay() {
    reads.readAll("t.person:", List.of(1L), Set.of("people"), names(""));
    reads.read("t.other", Set.of("lists"), () -> "kept");
    reads.changed(ContentChanged.of("people"));
    assertEquals(
        Map.of(1L, "n1-new"),
        reads.readAll("t.person:", List.of(1L), Set.of("people"), names("-new")));
    assertEquals("kept", reads.read("t.other", Set.of("lists"), () -> "read again"));
  }

  @Test
  void valuesReadWhileTheirContentChangedAreNotKept() {
    Function<Collection<Long>, Map<Long, String>> racing =
        ids -> {
          reads.changed(ContentChanged.of("people"));
          return Map.of(1L, "old");
        };
    assertEquals(
        Map.of(1L, "old"), reads.readAll("t.person:", List.of(1L), Set.of("people"), racing));
    assertEquals(
        Map.of(1L, "n1"), reads.readAll("t.person:", List.of(1L), Set.of("people"), names("")));
  }
}
