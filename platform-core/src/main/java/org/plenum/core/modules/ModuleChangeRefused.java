package org.plenum.core.modules;

/** An enable or disable request that cannot be carried out, with the reason. */
public class ModuleChangeRefused extends RuntimeException {
  private final Reason reason;
  private final boolean unknown;

  /**
   * A refusal.
   *
   * @param reason why
   * @param unknown true when no such module exists
   */
  public ModuleChangeRefused(Reason reason, boolean unknown) {
    super(reason.inEnglish());
    this.reason = reason;
    this.unknown = unknown;
  }

  /**
   * Why.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Tells whether the module does not exist (a 404 rather than a 409).
   *
   * @return true for an unknown id
   */
  public boolean unknown() {
    return unknown;
  }
}
