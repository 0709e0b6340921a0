package org.plenum.spi;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A module's items for the site's search. Implement it as a CDI bean in the module's jar; the
 * search (itself a module, and optional) asks every enabled module's sources for all their items
 * when it builds its index, and for one item when the module fires {@link SearchChanged}.
 */
public interface SearchSource {

  /**
   * @return the contributing module's id
   */
  String moduleId();

  /**
   * @return the type of its items, such as {@code post}; one per source
   */
  String type();

  /**
   * Every item that someone may find, for building the index.
   *
   * @param sink takes each item
   */
  void each(Consumer<SearchDocument> sink);

  /**
   * One item as it is now.
   *
   * @param id the item's id
   * @return the item, or empty when it is gone or nobody may find it
   */
  Optional<SearchDocument> find(String id);
}
