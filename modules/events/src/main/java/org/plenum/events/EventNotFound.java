package org.plenum.events;

import org.plenum.api.rest.ProblemException;

/**
 * An event that does not exist (deleted meanwhile, say): a 404 with its message in the API; pages
 * answer 404 too.
 */
public class EventNotFound extends ProblemException {
  private static final long serialVersionUID = 1L;

  /**
   * @param what the event asked for
   */
  public EventNotFound(Object what) {
    super(404, "events.error.notFound");
  }
}
