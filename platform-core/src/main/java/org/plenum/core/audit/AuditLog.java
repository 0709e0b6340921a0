package org.plenum.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.plenum.api.Audit;

/** Records administrative actions and lists them, newest first. */
@ApplicationScoped
public class AuditLog implements Audit {

  @PersistenceContext EntityManager em;

  /**
   * Records an action, in the caller's transaction when there is one.
   *
   * @param actor user name
   * @param action what was done
   * @param subject on what
   * @param detail more, or {@code null}
   * @param address client address
   */
  @Transactional
  public void record(String actor, String action, String subject, String detail, String address) {
    em.persist(
        new AuditEvent(actor, action, clip(subject, 200), clip(detail, 2000), clip(address, 64)));
  }

  /**
   * The latest actions.
   *
   * @param first offset
   * @param max page size
   * @return events, newest first
   */
  @Transactional
  public List<AuditEvent> latest(int first, int max) {
    return em.createQuery(
            "select e from AuditEvent e order by e.occurredAt desc, e.id desc", AuditEvent.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
