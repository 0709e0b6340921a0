package org.plenum.projects;

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

/** A member's offer to fill what a project needs, with a word for its leads. */
@Entity
@Cacheable(false)
@Table(name = "projects_offer")
public class Offer {

  /** Where an offer stands. */
  public enum State {
    /** Waiting for a lead. */
    OFFERED,
    /** Accepted: the member is in the team. */
    ACCEPTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "need_id")
  private long needId;

  @Column(name = "account_id")
  private long accountId;

  private String message;

  @Enumerated(EnumType.STRING)
  private State state;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  /** For JPA. */
  protected Offer() {}

  Offer(long needId, long accountId, String message) {
    this.needId = needId;
    this.accountId = accountId;
    this.message = message;
    this.state = State.OFFERED;
    this.createdAt = Project.now();
  }

  void accept() {
    state = State.ACCEPTED;
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return what it offers to fill
   */
  public long getNeedId() {
    return needId;
  }

  /**
   * @return the member who offers
   */
  public long getAccountId() {
    return accountId;
  }

  /**
   * @return their word for the leads, or {@code null}
   */
  public String getMessage() {
    return message;
  }

  /**
   * @return offered or accepted
   */
  public State getState() {
    return state;
  }

  /**
   * @return when it was made, UTC
   */
  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
