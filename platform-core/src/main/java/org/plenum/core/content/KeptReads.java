package org.plenum.core.content;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.plenum.api.Reads;
import org.plenum.spi.ContentChanged;

/**
 * The core's {@link Reads}: values kept with their tags in memory, dropped when a change touches
 * one of them, when it is fired and again when its transaction completes (so that a value read from
 * data not yet committed is not the one kept). Each change moves a generation counter on; a value
 * is kept only when the counter did not move while it was read.
 */
@ApplicationScoped
public class KeptReads implements Reads {

  /** How long a value is kept at most, whatever changes. */
  static final Duration AT_MOST = Duration.ofMinutes(10);

  private record Kept(Object value, Set<String> tags) {}

  private final Cache<String, Kept> kept =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(AT_MOST).build();

  private final AtomicLong generation = new AtomicLong();

  @Override
  @SuppressWarnings("unchecked")
  public <T> T read(String key, Set<String> tags, Supplier<T> load) {
    Kept hit = kept.getIfPresent(key);
    if (hit != null) {
      return (T) hit.value();
    }
    long begun = generation.get();
    T value = load.get();
    if (value != null && generation.get() == begun) {
      kept.put(key, new Kept(value, Set.copyOf(tags)));
    }
    return value;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <K, V> Map<K, V> readAll(
      String prefix, Collection<K> ids, Set<String> tags, Function<Collection<K>, Map<K, V>> load) {
    Map<K, V> found = new HashMap<>();
    Set<K> missing = new LinkedHashSet<>();
    for (K id : ids) {
      Kept hit = kept.getIfPresent(prefix + id);
      if (hit != null) {
        found.put(id, (V) hit.value());
      } else {
        missing.add(id);
      }
    }
    if (missing.isEmpty()) {
      return found;
    }
    long begun = generation.get();
    Map<K, V> loaded = load.apply(missing);
    Set<String> copied = Set.copyOf(tags);
    boolean unchanged = generation.get() == begun;
    loaded.forEach(
        (id, value) -> {
          found.put(id, value);
          if (unchanged && value != null) {
            kept.put(prefix + id, new Kept(value, copied));
          }
        });
    return found;
  }

  void changed(@Observes ContentChanged event) {
    generation.incrementAndGet();
    if (event.tags().contains(ContentChanged.EVERYTHING)) {
      kept.invalidateAll();
      return;
    }
    kept.asMap()
        .entrySet()
        .removeIf(e -> e.getValue().tags().stream().anyMatch(event.tags()::contains));
  }

  void committed(@Observes(during = TransactionPhase.AFTER_COMPLETION) ContentChanged event) {
    changed(event);
  }
}
