package org.plenum.api;

import java.util.Set;

/**
 * The keys a reader holds for content that only some may read. A search document carries the keys
 * that open it ({@link org.plenum.spi.SearchDocument}); a reader sees it when they hold one of
 * them. Everyone holds {@link org.plenum.spi.SearchDocument#PUBLIC}.
 */
public interface AccessKeys {

  /**
   * The keys a caller holds.
   *
   * @param caller the caller, or {@code null} for an anonymous visitor
   * @return the keys
   */
  Set<String> of(Caller caller);
}
