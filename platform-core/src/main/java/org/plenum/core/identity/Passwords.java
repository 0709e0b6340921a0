package org.plenum.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.plenum.core.audit.AuditLog;

/**
 * Passwords: checking them in the time of one hash whatever the account, changing them under the
 * policy, and resetting them through a mailed link. A new password ends the account's other
 * sessions.
 */
@ApplicationScoped
public class Passwords {

  @PersistenceContext EntityManager em;

  @Inject Accounts accounts;

  @Inject AuditLog audit;

  @Inject Sessions sessions;

  @Inject LoginThrottle throttle;

  @Inject PasswordHasher hasher;

  /**
   * Sets a new password chosen through a reset link, ends every session of the account and revokes
   * its API tokens: the reset is how an owner takes back an account.
   *
   * @param accountId the account
   * @param password the new password
   * @throws PasswordRejected when the policy refuses it
   */
  @Transactional
  public void resetPassword(long accountId, String password) {
    Account a = em.find(Account.class, accountId);
    PasswordPolicy.problem(password, List.of(a.username(), a.displayName()))
        .ifPresent(
            key -> {
              throw new PasswordRejected(key);
            });
    a.replacePassword(hasher.hash(password));
    sessions.endOthers(accountId, null);
    // whoever knew the old password may have made a token with it
    em.createNativeQuery(
            "UPDATE plenum_api_token SET revoked_at = ? WHERE account_id = ?"
                + " AND revoked_at IS NULL")
        .setParameter(1, LocalDateTime.now(ZoneOffset.UTC))
        .setParameter(2, accountId)
        .executeUpdate();
    // the owner proved they read the account's mail: guessing others did is forgotten
    throttle.succeeded(a.username(), null);
  }

  /**
   * Spends the time of one password hash, so that a path that needs none answers as slowly as one
   * that does.
   *
   * @param password the password given
   */
  public void burn(String password) {
    hasher.burn(password == null ? "" : password);
  }

  /**
   * Checks a user name and password. Takes the time of one hash whether or not the account exists,
   * so the answer tells nothing about which accounts there are.
   *
   * @param username the log-in name
   * @param password the password
   * @return the account when both match and it is not suspended
   */
  @Transactional
  public Optional<Account> verify(String username, String password) {
    if (password == null || password.length() > PasswordPolicy.MAX_LENGTH * 4) {
      return Optional.empty();
    }
    Optional<Account> account = accounts.byUsername(username);
    if (account.isEmpty()) {
      hasher.burn(password);
      return Optional.empty();
    }
    if (Account.NO_PASSWORD.equals(account.get().passwordHash())) {
      hasher.burn(password);
      return Optional.empty();
    }
    boolean ok = hasher.matches(password, account.get().passwordHash());
    return ok && !account.get().suspended() && account.get().isVerified()
        ? account
        : Optional.empty();
  }

  /**
   * Replaces a password after checking the current one and the policy.
   *
   * @param username the account
   * @param current its current password
   * @param replacement the new password
   * @throws PasswordRejected with the message key of the problem
   */
  @Transactional
  public void changePassword(String username, String current, String replacement) {
    changePassword(username, current, replacement, null);
  }

  /**
   * Replaces a password after checking the current one and the policy, and ends every other session
   * of the account in the same transaction: whoever held the old password is out.
   *
   * @param username the account
   * @param current its current password
   * @param replacement the new password
   * @param keptSessionKey the key of the session that changes it, which stays signed in, or {@code
   *     null} to end every session
   * @throws PasswordRejected with the message key of the problem
   */
  @Transactional
  public void changePassword(
      String username, String current, String replacement, String keptSessionKey) {
    Account account =
        verify(username, current)
            .orElseThrow(() -> new PasswordRejected("core.password.currentWrong"));
    if (replacement != null && replacement.equals(current)) {
      throw new PasswordRejected("core.password.same");
    }
    PasswordPolicy.problem(replacement, List.of(username, account.displayName()))
        .ifPresent(
            key -> {
              throw new PasswordRejected(key);
            });
    em.find(Account.class, account.id()).replacePassword(hasher.hash(replacement));
    sessions.endOthers(account.id(), keptSessionKey);
    audit.recordChange("account.password", username, null);
  }

  /** A password that cannot be used, with the message key that says why. */
  public static class PasswordRejected extends RuntimeException {
    private final String key;

    /**
     * A rejection.
     *
     * @param key message key
     */
    public PasswordRejected(String key) {
      super(key);
      this.key = key;
    }

    /**
     * @return the message key
     */
    public String key() {
      return key;
    }
  }
}
