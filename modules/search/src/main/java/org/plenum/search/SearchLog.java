package org.plenum.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The change log in the database: a row for every change to a searchable item, written in the
 * change's own transaction. Each instance follows it to keep its own index current, from where its
 * index says it stopped; rows older than the retention are removed, and the newest removed one is
 * remembered so an index that stopped before it is known to be too old to catch up.
 */
@ApplicationScoped
public class SearchLog {

  /** The most changes read at once. */
  static final int BATCH = 500;

  @PersistenceContext EntityManager em;

  /**
   * A change as logged.
   *
   * @param id its place in the log
   * @param type the item's type
   * @param itemId the item's id
   */
  record Change(long id, String type, String itemId) {}

  /**
   * Writes a change, in the transaction that made it when there is one.
   *
   * @param type the item's type
   * @param itemId the item's id
   */
  @Transactional
  public void append(String type, String itemId) {
    em.createNativeQuery(
            "INSERT INTO search_change (item_type, item_id, changed_at)"
                + " VALUES (?1, ?2, CURRENT_TIMESTAMP)")
        .setParameter(1, type)
        .setParameter(2, itemId)
        .executeUpdate();
  }

  /**
   * The changes after a place in the log, and those of the given earlier places that were not
   * committed when the log was last read.
   *
   * @param after the last place read
   * @param gaps earlier places not seen yet
   * @return at most {@value #BATCH} changes after the place, and the gaps now filled, by place
   */
  @Transactional
  public List<Change> after(long after, Collection<Long> gaps) {
    List<Change> changes =
        new ArrayList<>(
            rows(
                em.createNativeQuery(
                        "SELECT id, item_type, item_id FROM search_change WHERE id > ?1 ORDER BY id")
                    .setParameter(1, after)
                    .setMaxResults(BATCH)
                    .getResultList()));
    if (!gaps.isEmpty()) {
      // the places are numbers this instance noted itself
      String in = gaps.stream().map(String::valueOf).collect(Collectors.joining(","));
      changes.addAll(
          rows(
              em.createNativeQuery(
                      "SELECT id, item_type, item_id FROM search_change WHERE id IN (" + in + ")")
                  .getResultList()));
      changes.sort(Comparator.comparingLong(Change::id));
    }
    return changes;
  }

  private static List<Change> rows(List<?> result) {
    List<Change> list = new ArrayList<>(result.size());
    for (Object o : result) {
      Object[] r = (Object[]) o;
      list.add(new Change(((Number) r[0]).longValue(), (String) r[1], (String) r[2]));
    }
    return list;
  }

  /**
   * @return the newest place in the log, 0 when it is empty
   */
  @Transactional
  public long latest() {
    return number(em.createNativeQuery("SELECT MAX(id) FROM search_change").getSingleResult());
  }

  /**
   * The places missing among the last ones up to a place: changes whose transactions had not
   * committed yet (or never will).
   *
   * @param upto the place
   * @param window how many places back to look
   * @return the missing places
   */
  @Transactional
  public List<Long> missing(long upto, int window) {
    long from = Math.max(0, upto - window);
    List<?> ids =
        em.createNativeQuery("SELECT id FROM search_change WHERE id > ?1 AND id <= ?2 ORDER BY id")
            .setParameter(1, from)
            .setParameter(2, upto)
            .getResultList();
    List<Long> missing = new ArrayList<>();
    long expected = from + 1;
    for (Object o : ids) {
      long id = number(o);
      for (; expected < id; expected++) {
        missing.add(expected);
      }
      expected = id + 1;
    }
    for (; expected <= upto; expected++) {
      missing.add(expected);
    }
    return missing;
  }

  /**
   * @return the newest place removed as too old, 0 when none was
   */
  @Transactional
  public long prunedUpto() {
    return number(
        em.createNativeQuery("SELECT upto FROM search_change_pruned WHERE id = 1")
            .getSingleResult());
  }

  /**
   * Removes the changes older than the retention.
   *
   * @param days the retention in days
   * @return how many were removed
   */
  @Transactional
  public int prune(int days) {
    // a whole number of days, not input from anyone
    long upto =
        number(
            em.createNativeQuery(
                    "SELECT MAX(id) FROM search_change"
                        + " WHERE changed_at < CURRENT_TIMESTAMP - INTERVAL '"
                        + Math.max(1, days)
                        + "' DAY")
                .getSingleResult());
    if (upto == 0) {
      return 0;
    }
    int removed =
        em.createNativeQuery("DELETE FROM search_change WHERE id <= ?1")
            .setParameter(1, upto)
            .executeUpdate();
    em.createNativeQuery("UPDATE search_change_pruned SET upto = ?1 WHERE id = 1 AND upto < ?1")
        .setParameter(1, upto)
        .executeUpdate();
    return removed;
  }

  private static long number(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }
}
