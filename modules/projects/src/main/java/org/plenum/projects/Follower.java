package org.plenum.projects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A member who follows a project, with the mail they chose: its updates, the discussion's new
 * threads, or none; and the secret key of the link that stops the mail in one click.
 */
@Entity
@Cacheable(false)
@Table(name = "projects_follower")
public class Follower {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id")
  private long projectId;

  @Column(name = "account_id")
  private long accountId;

  private boolean updates;
  private boolean discussion;

  @Column(name = "mail_key")
  private String mailKey;

  private LocalDateTime since;

  /** For JPA. */
  protected Follower() {}

  Follower(long projectId, long accountId, String mailKey) {
    this.projectId = projectId;
    this.accountId = accountId;
    this.mailKey = mailKey;
    this.since = Project.now();
  }

  void choose(boolean updates, boolean discussion) {
    this.updates = updates;
    this.discussion = discussion;
  }

  /**
   * @return the project
   */
  public long getProjectId() {
    return projectId;
  }

  /**
   * @return the member
   */
  public long getAccountId() {
    return accountId;
  }

  /**
   * @return true when they want the updates by mail
   */
  public boolean isUpdates() {
    return updates;
  }

  /**
   * @return true when they want the discussion's new threads by mail
   */
  public boolean isDiscussion() {
    return discussion;
  }

  /**
   * @return the key of their unsubscribe link
   */
  public String getMailKey() {
    return mailKey;
  }
}
