package org.plenum.projects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A member's report of a discussion's message to its moderators. */
@Entity
@Cacheable(false)
@Table(name = "projects_report")
public class Report {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "message_id")
  private long messageId;

  @Column(name = "account_id")
  private long accountId;

  private String reason;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  /** For JPA. */
  protected Report() {}

  Report(long messageId, long accountId, String reason) {
    this.messageId = messageId;
    this.accountId = accountId;
    this.reason = reason;
    this.createdAt = Project.now();
  }

  /**
   * @return the message reported
   */
  public long getMessageId() {
    return messageId;
  }

  /**
   * @return the member who reported it
   */
  public long getAccountId() {
    return accountId;
  }

  /**
   * @return why, or {@code null}
   */
  public String getReason() {
    return reason;
  }
}
