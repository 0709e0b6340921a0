package org.plenum.spi;

import java.util.Objects;

/**
 * Fired (as a CDI event) by a module when one of its searchable items was made, changed or removed.
 * The search, when installed, reads the item again from its {@link SearchSource} once the
 * transaction has committed.
 *
 * @param type the item's type, as its source names it
 * @param id the item's id
 */
public record SearchChanged(String type, String id) {

  /**
   * Checks the parts.
   *
   * @param type see the record component
   * @param id see the record component
   */
  public SearchChanged {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
  }
}
