package org.plenum.api.rest;

/**
 * A refusal with an HTTP status and a message key, turned into problem details in the client's
 * language.
 */
public class ProblemException extends RuntimeException {
  private final int status;
  private final String key;
  private final transient Object[] args;

  /**
   * A problem.
   *
   * @param status HTTP status
   * @param key message key of the detail
   * @param args message arguments
   */
  public ProblemException(int status, String key, Object... args) {
    super(key);
    this.status = status;
    this.key = key;
    this.args = args;
  }

  /**
   * @return the HTTP status
   */
  public int status() {
    return status;
  }

  /**
   * @return the message key
   */
  public String key() {
    return key;
  }

  /**
   * @return the message arguments
   */
  public Object[] args() {
    return args;
  }
}
