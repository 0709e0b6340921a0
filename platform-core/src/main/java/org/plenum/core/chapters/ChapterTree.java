package org.plenum.core.chapters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each chapter sits, for permission checks: "is this chapter within that one's subtree". Held
 * in memory and reloaded when the tree changes.
 */
@ApplicationScoped
public class ChapterTree {

  @PersistenceContext EntityManager em;

  private volatile Map<Long, String> paths;

  /**
   * Tells whether a chapter is an ancestor of another, or the same.
   *
   * @param chapterId the chapter acted on
   * @param ancestorId the chapter a role was granted in
   * @return true when the first lies in the second's subtree
   */
  public boolean within(long chapterId, long ancestorId) {
    String path = paths().get(chapterId);
    return path != null && path.contains("/" + ancestorId + "/");
  }

  /** Forgets the tree; the next check reloads it. */
  public void changed() {
    paths = null;
  }

  private Map<Long, String> paths() {
    Map<Long, String> p = paths;
    if (p == null) {
      p = load();
      paths = p;
    }
    return p;
  }

  @Transactional
  Map<Long, String> load() {
    Map<Long, String> map = new HashMap<>();
    for (Object[] row :
        em.createQuery("select c.id, c.treePath from Chapter c", Object[].class).getResultList()) {
      map.put((Long) row[0], (String) row[1]);
    }
    return Map.copyOf(map);
  }
}
