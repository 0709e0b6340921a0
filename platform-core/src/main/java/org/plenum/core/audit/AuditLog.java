package org.plenum.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.plenum.api.Audit;
import org.plenum.api.Caller;
import org.plenum.api.CurrentReader;
import org.plenum.api.Like;

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

  /**
   * What the log is searched for: words each column must contain (ignoring case; blank for any),
   * and the order.
   *
   * @param actor in the actor
   * @param action in the action
   * @param subject in the subject
   * @param address in the address
   * @param sortBy {@code occurredAt}, {@code actor}, {@code action}, {@code subject} or {@code
   *     address}; anything else is {@code occurredAt}
   * @param ascending oldest (or A) first
   */
  public record Search(
      String actor,
      String action,
      String subject,
      String address,
      String sortBy,
      boolean ascending) {

    /** The latest first, everything. */
    public static final Search LATEST = new Search(null, null, null, null, "occurredAt", false);
  }

  private static final Set<String> SORTABLE =
      Set.of("occurredAt", "actor", "action", "subject", "address");

  /**
   * The actions that match a search, a page of them.
   *
   * @param search what to find and in which order
   * @param first offset
   * @param max page size
   * @return events
   */
  @Transactional
  public List<AuditEvent> search(Search search, int first, int max) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEvent> q = cb.createQuery(AuditEvent.class);
    Root<AuditEvent> e = q.from(AuditEvent.class);
    q.where(matching(cb, e, search));
    String by = SORTABLE.contains(search.sortBy()) ? search.sortBy() : "occurredAt";
    q.orderBy(
        search.ascending() ? cb.asc(e.get(by)) : cb.desc(e.get(by)),
        search.ascending() ? cb.asc(e.get("id")) : cb.desc(e.get("id")));
    return em.createQuery(q).setFirstResult(first).setMaxResults(max).getResultList();
  }

  /**
   * How many actions match a search.
   *
   * @param search what to find
   * @return the count
   */
  @Transactional
  public long count(Search search) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<AuditEvent> e = q.from(AuditEvent.class);
    q.select(cb.count(e)).where(matching(cb, e, search));
    return em.createQuery(q).getSingleResult();
  }

  private static Predicate[] matching(CriteriaBuilder cb, Root<AuditEvent> e, Search s) {
    List<Predicate> where = new ArrayList<>();
    contains(cb, e, "actor", s.actor(), where);
    contains(cb, e, "action", s.action(), where);
    contains(cb, e, "subject", s.subject(), where);
    contains(cb, e, "address", s.address(), where);
    return where.toArray(Predicate[]::new);
  }

  private static void contains(
      CriteriaBuilder cb, Root<AuditEvent> e, String field, String words, List<Predicate> where) {
    if (words == null || words.isBlank()) {
      return;
    }
    where.add(cb.like(cb.lower(e.get(field)), Like.containing(words, 200), '\\'));
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
