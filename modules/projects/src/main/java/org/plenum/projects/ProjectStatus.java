package org.plenum.projects;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a project stands. A member proposes it; the chapter's coordinators (editors for a project
 * of the whole federation) approve it, and it is active, or send it back with a reason, and its
 * initiator changes it and proposes it again. An active project may pause and resume; it ends done
 * or dropped. Only these steps exist: any other is refused.
 */
public enum ProjectStatus {
  /** Proposed, waiting for approval: seen by its initiator and those who may approve it only. */
  PROPOSED,
  /** Sent back with a reason, for its initiator to change and propose again; not public. */
  RETURNED,
  /** Approved and under way. */
  ACTIVE,
  /** Approved, and resting for now. */
  PAUSED,
  /** Finished. */
  DONE,
  /** Given up; a proposal its initiator withdrew, too. */
  DROPPED;

  private static final Map<ProjectStatus, Set<ProjectStatus>> NEXT =
      Map.of(
          PROPOSED, EnumSet.of(ACTIVE, RETURNED, DROPPED),
          RETURNED, EnumSet.of(PROPOSED, DROPPED),
          ACTIVE, EnumSet.of(PAUSED, DONE, DROPPED),
          PAUSED, EnumSet.of(ACTIVE, DONE, DROPPED),
          DONE, EnumSet.of(ACTIVE),
          DROPPED, EnumSet.noneOf(ProjectStatus.class));

  /**
   * Tells whether a project may go from this status to another.
   *
   * @param to the status asked for
   * @return true when the step exists
   */
  public boolean leadsTo(ProjectStatus to) {
    return NEXT.get(this).contains(to);
  }

  /**
   * @return the statuses this one leads to
   */
  public Set<ProjectStatus> next() {
    return NEXT.get(this);
  }

  /**
   * @return true once approved: the project is public
   */
  public boolean isPublic() {
    return this != PROPOSED && this != RETURNED;
  }

  /**
   * @return the status as the API and pages name it, such as {@code active}
   */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
