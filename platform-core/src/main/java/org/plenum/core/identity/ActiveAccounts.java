package org.plenum.core.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Locale;

/**
 * Whether an account may still act, asked on every request of a logged-in session so that
 * suspending a member ends their sessions at their next request. Answers are kept two seconds; a
 * suspension made on this instance is seen at once, one made on another instance within those two
 * seconds.
 */
@ApplicationScoped
public class ActiveAccounts {

  @PersistenceContext EntityManager em;

  private final Cache<String, Boolean> active =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(2)).maximumSize(100_000).build();

  /**
   * Tells whether an account exists and is not suspended.
   *
   * @param username the account
   * @return true when it may act
   */
  public boolean isActive(String username) {
    return active.get(
        username.toLowerCase(Locale.ROOT),
        u ->
            !em.createQuery(
                    "select a.id from Account a where a.usernameKey = :u and a.suspended = false",
                    Long.class)
                .setParameter("u", u)
                .getResultList()
                .isEmpty());
  }

  /**
   * Forgets what is known of an account, after a change of its state.
   *
   * @param username the account
   */
  public void changed(String username) {
    active.invalidate(username.toLowerCase(Locale.ROOT));
  }
}
