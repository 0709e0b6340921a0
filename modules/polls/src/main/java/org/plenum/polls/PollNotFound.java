package org.plenum.polls;

/** A poll that does not exist. */
public class PollNotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param what the poll asked for
   */
  public PollNotFound(Object what) {
    super("no poll " + what);
  }
}
