package org.plenum.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A member's choices for events: the secret address of their calendar feed, and whether they are
 * reminded the day before.
 */
@ApplicationScoped
public class EventMembers {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;

  /**
   * A member's choices for events, made with a new feed key the first time.
   *
   * @param accountId the member
   * @return the choices
   */
  @Transactional
  public EventMember member(long accountId) {
    EventMember m = em.find(EventMember.class, accountId);
    if (m == null) {
      m = new EventMember(accountId, newKey());
      em.persist(m);
      em.flush();
    }
    return m;
  }

  /**
   * Gives a member's calendar feed a new address; the old one stops working.
   *
   * @param accountId the member
   * @return the choices, with the new key
   */
  @Transactional
  public EventMember newFeedKey(long accountId) {
    EventMember m = member(accountId);
    m.newKey(newKey());
    return m;
  }

  /**
   * Whether a member is reminded the day before.
   *
   * @param accountId the member
   * @param reminders true to be reminded
   */
  @Transactional
  public void reminders(long accountId, boolean reminders) {
    member(accountId).reminders(reminders);
  }

  /**
   * The member whose calendar feed has this key.
   *
   * @param key the key
   * @return the member's id
   */
  @Transactional
  public Optional<Long> memberByFeedKey(String key) {
    if (key == null || !key.matches("[0-9a-f]{32}")) {
      return Optional.empty();
    }
    return em.createQuery("select m.accountId from EventMember m where m.feedKey = :k", Long.class)
        .setParameter("k", key)
        .getResultStream()
        .findFirst();
  }

  private static String newKey() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
