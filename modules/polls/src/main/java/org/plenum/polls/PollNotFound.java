package org.plenum.polls;

import org.plenum.api.rest.ProblemException;

/**
 * A poll that does not exist, or no longer: one deleted between a reader's request and its write is
 * answered 404 with "There is no such poll." in the reader's language, by the API and the pages
 * alike.
 */
public class PollNotFound extends ProblemException {
  private static final long serialVersionUID = 1L;

  /**
   * @param what the poll asked for
   */
  public PollNotFound(Object what) {
    super(404, "polls.error.notFound", what);
  }
}
