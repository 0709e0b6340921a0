package org.plenum.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Something members must be told about an occurrence, mailed once the change has committed.
 *
 * @param kind what happened
 * @param eventId the event
 * @param original the occurrence's original local start
 * @param accountIds the members to tell
 * @param at when the occurrence now starts (or started, when cancelled)
 */
public record EventNotice(
    Kind kind, long eventId, LocalDateTime original, List<Long> accountIds, Instant at) {

  /** What happened. */
  public enum Kind {
    /** A place freed and the members moved up from the waiting list. */
    PROMOTED,
    /** The occurrence was cancelled. */
    CANCELLED,
    /** The occurrence was moved. */
    MOVED,
    /** The occurrence is tomorrow. */
    REMINDER
  }

  /**
   * Copies the list.
   *
   * @param kind see the record component
   * @param eventId see the record component
   * @param original see the record component
   * @param accountIds see the record component
   * @param at see the record component
   */
  public EventNotice {
    accountIds = List.copyOf(accountIds);
  }
}
