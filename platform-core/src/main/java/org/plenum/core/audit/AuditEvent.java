package org.plenum.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One administrative action: who, when, what, on what, from where. Never changed. */
@Entity
@Table(name = "plenum_audit_event")
public class AuditEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at")
  private LocalDateTime occurredAt;

  private String actor;
  private String action;
  private String subject;
  private String detail;
  private String address;

  protected AuditEvent() {}

  AuditEvent(String actor, String action, String subject, String detail, String address) {
    this.occurredAt = LocalDateTime.now(ZoneOffset.UTC);
    this.actor = actor;
    this.action = action;
    this.subject = subject;
    this.detail = detail;
    this.address = address;
  }

  /**
   * @return its number
   */
  public Long getId() {
    return id;
  }

  /**
   * @return when
   */
  public Instant getOccurredAt() {
    return occurredAt == null ? null : occurredAt.toInstant(ZoneOffset.UTC);
  }

  /**
   * @return who, a user name
   */
  public String getActor() {
    return actor;
  }

  /**
   * @return what, such as {@code module.disable}
   */
  public String getAction() {
    return action;
  }

  /**
   * @return on what
   */
  public String getSubject() {
    return subject;
  }

  /**
   * @return more about it
   */
  public String getDetail() {
    return detail;
  }

  /**
   * @return the client address
   */
  public String getAddress() {
    return address;
  }
}
