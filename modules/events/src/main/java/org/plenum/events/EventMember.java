package org.plenum.events;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member's choices for events: the secret key of their own calendar feed, and whether they are
 * reminded the day before an occurrence they go to.
 */
@Entity
@Cacheable(false)
@Table(name = "events_member")
public class EventMember {

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "feed_key")
  private String feedKey;

  private boolean reminders = true;

  protected EventMember() {}

  EventMember(Long accountId, String feedKey) {
    this.accountId = accountId;
    this.feedKey = feedKey;
  }

  void newKey(String feedKey) {
    this.feedKey = feedKey;
  }

  void reminders(boolean reminders) {
    this.reminders = reminders;
  }

  /**
   * @return the member
   */
  public Long getAccountId() {
    return accountId;
  }

  /**
   * @return the key in their feed's address
   */
  public String getFeedKey() {
    return feedKey;
  }

  /**
   * @return true when reminded the day before
   */
  public boolean isReminders() {
    return reminders;
  }
}
