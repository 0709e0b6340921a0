package org.plenum.events;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One occurrence of a recurring event cancelled, or moved to other local times, named by its
 * original local start (an iCalendar {@code RECURRENCE-ID}).
 */
@Entity
@Cacheable(false)
@Table(name = "events_exception")
public class EventException {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id")
  private Long eventId;

  @Column(name = "original_local")
  private LocalDateTime originalLocal;

  private boolean cancelled;

  @Column(name = "starts_local")
  private LocalDateTime startsLocal;

  @Column(name = "ends_local")
  private LocalDateTime endsLocal;

  private String note;

  protected EventException() {}

  EventException(Long eventId, LocalDateTime originalLocal) {
    this.eventId = eventId;
    this.originalLocal = originalLocal;
  }

  void cancel(String note) {
    this.cancelled = true;
    this.startsLocal = null;
    this.endsLocal = null;
    this.note = note;
  }

  void move(LocalDateTime startsLocal, LocalDateTime endsLocal, String note) {
    this.cancelled = false;
    this.startsLocal = startsLocal;
    this.endsLocal = endsLocal;
    this.note = note;
  }

  /**
   * @return the event
   */
  public Long getEventId() {
    return eventId;
  }

  /**
   * @return the occurrence's original start, local
   */
  public LocalDateTime getOriginalLocal() {
    return originalLocal;
  }

  /**
   * @return true when the occurrence does not take place
   */
  public boolean isCancelled() {
    return cancelled;
  }

  /**
   * @return the new start, local, when moved
   */
  public LocalDateTime getStartsLocal() {
    return startsLocal;
  }

  /**
   * @return the new end, local, when moved
   */
  public LocalDateTime getEndsLocal() {
    return endsLocal;
  }

  /**
   * @return a word from the organisers, or {@code null}
   */
  public String getNote() {
    return note;
  }
}
