package org.plenum.core.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.plenum.spi.ContentChanged;
import org.plenum.spi.ModulesChanged;

/**
 * Finished pages for anonymous readers, by address, each with the tags of the content it shows. A
 * {@link ContentChanged} event drops the pages whose tags it names (and the pages tagged {@link
 * #ANY}, such as the home page, which show a little of everything). A page rendered while an
 * invalidation happened is not stored, so a copy made from data read before a change never outlives
 * it. Bounded by total size; idle pages expire.
 */
@ApplicationScoped
public class PageCache {

  /** Request attribute holding the tags a page declared: present means "may be cached". */
  public static final String TAGS = "plenum.cache.tags";

  /** Tag of pages that show a little of everything: any change drops them. */
  public static final String ANY = "any";

  /** The most memory the cached pages take. */
  static final long MAX_BYTES = 96L * 1024 * 1024;

  /**
   * A cached page.
   *
   * @param body the bytes sent
   * @param contentType its type
   * @param headers other headers to send again (name, value)
   * @param etag its strong entity tag, quoted
   * @param lastModified when it was made, in milliseconds
   * @param tags what it shows
   */
  public record Entry(
      byte[] body,
      String contentType,
      List<Map.Entry<String, String>> headers,
      String etag,
      long lastModified,
      Set<String> tags) {}

  private final Cache<String, Entry> pages =
      Caffeine.newBuilder()
          .maximumWeight(MAX_BYTES)
          .weigher((String key, Entry e) -> e.body().length + key.length() + 256)
          .expireAfterAccess(Duration.ofHours(6))
          .build();

  private final AtomicLong generation = new AtomicLong();

  /**
   * A cached page.
   *
   * @param key the address
   * @return the page, or {@code null}
   */
  public Entry get(String key) {
    return pages.getIfPresent(key);
  }

  /**
   * @return the current generation; store only pages begun in the same generation
   */
  public long generation() {
    return generation.get();
  }

  /**
   * Keeps a page, unless something changed since it began.
   *
   * @param key the address
   * @param entry the page
   * @param begun the generation when rendering began
   */
  public void put(String key, Entry entry, long begun) {
    if (generation.get() == begun) {
      pages.put(key, entry);
      if (generation.get() != begun) {
        pages.invalidate(key);
      }
    }
  }

  /**
   * Drops the pages that show any of the given tags.
   *
   * @param tags tags, or {@link ContentChanged#EVERYTHING}
   */
  public void invalidate(Set<String> tags) {
    generation.incrementAndGet();
    if (tags.contains(ContentChanged.EVERYTHING)) {
      pages.invalidateAll();
      return;
    }
    pages
        .asMap()
        .entrySet()
        .removeIf(
            e ->
                e.getValue().tags().contains(ANY)
                    || e.getValue().tags().stream().anyMatch(tags::contains));
  }

  /**
   * @return how many pages are kept
   */
  public long size() {
    pages.cleanUp();
    return pages.estimatedSize();
  }

  void changed(@Observes ContentChanged event) {
    invalidate(event.tags());
  }

  void committed(@Observes(during = TransactionPhase.AFTER_COMPLETION) ContentChanged event) {
    invalidate(event.tags());
  }

  void modulesChanged(@Observes ModulesChanged event) {
    invalidate(Set.of(ContentChanged.EVERYTHING));
  }

  /**
   * A strong entity tag for bytes.
   *
   * @param body the bytes
   * @return the tag, quoted
   */
  public static String etag(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Tells whether a request's {@code If-None-Match} names an entity tag.
   *
   * @param header the header, or {@code null}
   * @param etag the tag, quoted
   * @return true when the client's copy is current
   */
  public static boolean matches(String header, String etag) {
    if (header == null) {
      return false;
    }
    if ("*".equals(header.strip())) {
      return true;
    }
    for (String part : header.split(",")) {
      String t = part.strip();
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      if (t.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
