package org.plenum.api;

import java.io.Serializable;
import java.util.Set;

/**
 * Who makes the current request: kept in the HTTP session after a form log-in, or made for one
 * request from an API client's credentials.
 *
 * @param username the account's log-in name
 * @param roles the roles held
 * @param viaSession true when it came from the session cookie (then writes need a CSRF token)
 */
public record Caller(String username, Set<String> roles, boolean viaSession)
    implements Serializable {

  /** Request attribute holding the caller, absent for anonymous requests. */
  public static final String ATTRIBUTE = "plenum.caller";

  /** The role of an account that must replace a one-time password before anything else. */
  public static final String PASSWORD_CHANGE_REQUIRED = "plenum:password-change-required";

  /** Session attribute holding the caller after a form log-in. */
  public static final String SESSION_ATTRIBUTE = "plenum.session.caller";

  /** Copies the roles. */
  public Caller {
    roles = Set.copyOf(roles);
  }

  /**
   * Tells whether the caller must replace a one-time password first.
   *
   * @return true until the password was changed
   */
  public boolean mustChangePassword() {
    return roles.contains(PASSWORD_CHANGE_REQUIRED);
  }
}
