package org.plenum.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.plenum.api.members.MemberStatus;
import org.plenum.core.audit.AuditLog;
import org.plenum.spi.ContentChanged;

/** What administrators decide about an account: suspended or not, member or supporter. */
@ApplicationScoped
public class AccountStanding {

  @PersistenceContext EntityManager em;

  @Inject Accounts accounts;

  @Inject AuditLog audit;

  @Inject ActiveAccounts active;

  @Inject Grants grants;

  @Inject Event<ContentChanged> contentChanged;

  /**
   * Suspends an account or lifts the suspension. A suspended account cannot log in, and its open
   * sessions end at their next request.
   *
   * @param username the account
   * @param suspended the new state
   * @return the account, if it exists
   */
  @Transactional
  public Optional<Account> setSuspended(String username, boolean suspended) {
    Optional<Account> account = accounts.byUsername(username);
    account.ifPresent(
        a -> {
          em.find(Account.class, a.id()).suspended(suspended);
          audit.recordChange(suspended ? "member.suspend" : "member.reactivate", username, null);
        });
    active.changed(username);
    contentChanged.fire(ContentChanged.of(ContentChanged.PEOPLE));
    return account.map(a -> em.find(Account.class, a.id()));
  }

  /**
   * Makes an account a member (who votes) or a supporter.
   *
   * @param username the account
   * @param status the new status
   * @return the account, if it exists
   */
  @Transactional
  public Optional<Account> setStatus(String username, MemberStatus status) {
    return accounts
        .byUsername(username)
        .map(
            a -> {
              Account managed = em.find(Account.class, a.id());
              managed.status(status);
              audit.recordChange("member.status", username, status.name());
              grants.changed(username);
              return managed;
            });
  }
}
