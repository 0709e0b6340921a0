package org.plenum.core.admin;

import java.util.Map;
import java.util.Optional;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** What the administration's tables share in reading a table's state. */
final class Tables {

  private Tables() {}

  /**
   * The column a table is sorted by: the tables sort by one column at a time.
   *
   * @param sortBy the table's sort state
   * @return the sort, if the reader chose one
   */
  static Optional<SortMeta> sort(Map<String, SortMeta> sortBy) {
    return sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst();
  }

  /**
   * @param sort a sort
   * @return whether it puts A (or the oldest) first
   */
  static boolean ascending(SortMeta sort) {
    return sort.getOrder() == SortOrder.ASCENDING;
  }
}
