package org.plenum.projects;

import org.plenum.api.rest.ProblemException;

/**
 * A project that does not exist, or that the reader may not see (a proposal not theirs): a 404 with
 * its message; pages answer 404 too.
 */
public class ProjectNotFound extends ProblemException {
  private static final long serialVersionUID = 1L;

  /** A 404 with its message. */
  public ProjectNotFound() {
    super(404, "projects.error.notFound");
  }
}
