package org.plenum.events;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A member's answer for one occurrence. Beyond the capacity, "going" waits on the list in the order
 * answered, and moves up when a place frees.
 */
@Entity
@Cacheable(false)
@Table(name = "events_rsvp")
public class Rsvp {

  /** The answers. */
  public enum Answer {
    /** Going (or waiting for a place). */
    GOING,
    /** Perhaps. */
    MAYBE,
    /** Not going. */
    NOT_GOING
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id")
  private Long eventId;

  @Column(name = "occurrence_local")
  private LocalDateTime occurrenceLocal;

  @Column(name = "account_id")
  private Long accountId;

  @Enumerated(EnumType.STRING)
  private Answer answer;

  private boolean waiting;

  @Column(name = "answered_at")
  private LocalDateTime answeredAt;

  private boolean reminded;

  protected Rsvp() {}

  Rsvp(Long eventId, LocalDateTime occurrenceLocal, Long accountId) {
    this.eventId = eventId;
    this.occurrenceLocal = occurrenceLocal;
    this.accountId = accountId;
  }

  void answer(Answer answer, boolean waiting) {
    if (this.answer != answer) {
      // a new answer takes its place in the queue from now
      // to the millisecond, as every database keeps it: the queue compares it
      this.answeredAt = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
    this.answer = answer;
    this.waiting = waiting;
  }

  void promote() {
    this.waiting = false;
  }

  void reminded() {
    this.reminded = true;
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return the event
   */
  public Long getEventId() {
    return eventId;
  }

  /**
   * @return the occurrence, by its original local start
   */
  public LocalDateTime getOccurrenceLocal() {
    return occurrenceLocal;
  }

  /**
   * @return the member
   */
  public Long getAccountId() {
    return accountId;
  }

  /**
   * @return the answer
   */
  public Answer getAnswer() {
    return answer;
  }

  /**
   * @return true when going but on the waiting list
   */
  public boolean isWaiting() {
    return waiting;
  }

  /**
   * @return when the answer was given, UTC
   */
  public LocalDateTime getAnsweredAt() {
    return answeredAt;
  }

  /**
   * @return true when the day-before reminder was sent
   */
  public boolean isReminded() {
    return reminded;
  }
}
