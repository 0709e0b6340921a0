package org.plenum.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.plenum.api.Audit;
import org.plenum.api.Caller;
import org.plenum.api.CurrentReader;

/** Records administrative actions and lists them, newest first. */
@ApplicationScoped
public class AuditLog implements Audit {

  /** The actor of changes the site makes by itself, outside a request. */
  public static final String SITE = "site";

  @PersistenceContext EntityManager em;

  @Inject BeanManager beans;

  @Inject Provider<CurrentReader> requests;

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

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordChange(String action, String subject, String detail) {
    CurrentReader request = activeRequest();
    Caller caller = request == null ? null : request.getCaller();
    em.persist(
        new AuditEvent(
            caller == null ? (request == null ? SITE : "anonymous") : caller.username(),
            action,
            clip(subject, 200),
            clip(detail, 2000),
            request == null ? null : clip(request.getAddress(), 64)));
  }

  /** The current request, or {@code null} outside one (a clock, a background job). */
  private CurrentReader activeRequest() {
    try {
      if (!beans.getContext(RequestScoped.class).isActive()) {
        return null;
      }
    } catch (ContextNotActiveException e) {
      return null;
    }
    return requests.get();
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
