package org.plenum.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where an index stands in the change log: the newest change applied, and the earlier places that
 * were missing when it was read — changes whose transactions had not committed yet, which are
 * looked for again until they turn up or are old enough to be rolled back ones. Kept in the index's
 * commit data, so the index and its place are saved together.
 */
final class LogPosition {

  /** How long a missing place is looked for. */
  static final long GAP_MILLIS = 10 * 60_000L;

  /** The most missing places remembered. */
  static final int GAPS_MAX = 1000;

  static final String SEEN = "plenum.change.seen";
  static final String GAPS = "plenum.change.gaps";

  private long seen;

  /** Missing place → when it was noticed. */
  private final TreeMap<Long, Long> gaps = new TreeMap<>();

  private LogPosition(long seen) {
    this.seen = seen;
  }

  /**
   * A position at a place, with the places missing before it.
   *
   * @param seen the place
   * @param missing the missing places before it
   * @param now the time, in milliseconds
   * @return the position
   */
  static LogPosition at(long seen, Collection<Long> missing, long now) {
    LogPosition p = new LogPosition(seen);
    missing.forEach(id -> p.noteGap(id, now));
    return p;
  }

  /**
   * The position an index's commit data holds.
   *
   * @param data the commit data
   * @param now the time, in milliseconds
   * @return the position, or empty when the index has none
   */
  static Optional<LogPosition> from(Map<String, String> data, long now) {
    String seen = data.get(SEEN);
    if (seen == null) {
      return Optional.empty();
    }
    try {
      LogPosition p = new LogPosition(Long.parseLong(seen));
      String gaps = data.getOrDefault(GAPS, "");
      for (String g : gaps.split(",")) {
        if (!g.isBlank()) {
          p.noteGap(Long.parseLong(g.strip()), now);
        }
      }
      return Optional.of(p);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * @return the newest place applied
   */
  synchronized long seen() {
    return seen;
  }

  /**
   * The places still looked for, forgetting those looked for long enough.
   *
   * @param now the time, in milliseconds
   * @return the places
   */
  synchronized List<Long> gaps(long now) {
    gaps.values().removeIf(noticed -> now - noticed > GAP_MILLIS);
    return new ArrayList<>(gaps.keySet());
  }

  /**
   * Moves past changes now applied to the index.
   *
   * @param ids their places, in order
   * @param now the time, in milliseconds
   */
  synchronized void applied(List<Long> ids, long now) {
    for (long id : ids) {
      if (id > seen) {
        for (long missing = Math.max(seen + 1, id - GAPS_MAX); missing < id; missing++) {
          noteGap(missing, now);
        }
        seen = id;
      } else {
        gaps.remove(id);
      }
    }
  }

  private void noteGap(long id, long now) {
    gaps.put(id, now);
    while (gaps.size() > GAPS_MAX) {
      gaps.pollFirstEntry();
    }
  }

  /**
   * @return the commit data that saves this position with the index
   */
  synchronized Map<String, String> commitData() {
    Map<String, String> data = new HashMap<>();
    data.put(SEEN, String.valueOf(seen));
    data.put(GAPS, gaps.keySet().stream().map(String::valueOf).collect(Collectors.joining(",")));
    return data;
  }
}
