package org.plenum.api;

/**
 * An action refused for want of a permission. Thrown by {@link Permissions#require}; the site
 * answers it with 401 for an anonymous caller and 403 for a signed-in one, in pages and in the API
 * alike.
 */
public class Denied extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean anonymous;

  /**
   * A denial.
   *
   * @param anonymous true when nobody is logged in (401 rather than 403)
   * @param permission the permission missing
   */
  public Denied(boolean anonymous, String permission) {
    super("permission " + permission + " denied");
    this.anonymous = anonymous;
  }

  /**
   * @return true when nobody is logged in
   */
  public boolean anonymous() {
    return anonymous;
  }
}
