package org.plenum.blog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.plenum.spi.ContentChanged;

/**
 * What pages read on every request and content changes rarely: lists, posts by address, blogs,
 * names. Any {@link ContentChanged} drops it all, when it is fired and again when its transaction
 * completes; a value read while a change happened is not kept (each change moves a generation
 * counter on, and a value is kept only when the counter did not move while it was read). Values are
 * detached entities that pages only read.
 */
@ApplicationScoped
public class ReadCache {

  private final Cache<Object, Object> reads =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(30)).build();

  private final AtomicLong generation = new AtomicLong();

  /**
   * A value from the cache, or loaded and kept unless content changed while it was loaded.
   *
   * @param key the value's key; keys of different readers are records of their own
   * @param load reads the value when it is not kept
   * @param <T> the value's type
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public <T> T read(Object key, Supplier<T> load) {
    Object hit = reads.getIfPresent(key);
    if (hit != null) {
      return (T) hit;
    }
    long begun = generation.get();
    T value = load.get();
    if (value != null && generation.get() == begun) {
      reads.put(key, value);
    }
    return value;
  }

  /**
   * A value kept, without loading it.
   *
   * @param key its key
   * @return the value, or {@code null}
   */
  public Object peek(Object key) {
    return reads.getIfPresent(key);
  }

  /**
   * Keeps a value as it is.
   *
   * @param key its key
   * @param value the value
   */
  public void put(Object key, Object value) {
    reads.put(key, value);
  }

  /**
   * The generation of the content now: take it before reading several values to keep with {@link
   * #keep}.
   *
   * @return the counter of changes
   */
  public long generation() {
    return generation.get();
  }

  /**
   * Keeps a value read since a generation, unless content changed meanwhile.
   *
   * @param key its key
   * @param value the value
   * @param begun the generation taken before it was read
   */
  public void keep(Object key, Object value, long begun) {
    if (generation.get() == begun) {
      reads.put(key, value);
    }
  }

  void changed(@Observes ContentChanged event) {
    generation.incrementAndGet();
    reads.invalidateAll();
  }

  void committed(@Observes(during = TransactionPhase.AFTER_COMPLETION) ContentChanged event) {
    changed(event);
  }
}
