package org.plenum.core.chapters;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** An account's membership of a chapter. */
@Entity
@Table(name = "plenum_chapter_member")
@IdClass(Membership.Key.class)
public class Membership {
  @Id
  @Column(name = "chapter_id")
  private Long chapterId;

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "joined_at")
  private LocalDateTime joinedAt;

  protected Membership() {}

  /**
   * A membership starting now.
   *
   * @param chapterId the chapter
   * @param accountId the account
   */
  public Membership(long chapterId, long accountId) {
    this.chapterId = chapterId;
    this.accountId = accountId;
    this.joinedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  /**
   * @return the chapter
   */
  public Long getChapterId() {
    return chapterId;
  }

  /**
   * @return the account
   */
  public Long getAccountId() {
    return accountId;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private Long chapterId;
    private Long accountId;

    /** For JPA. */
    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(chapterId, k.chapterId)
          && Objects.equals(accountId, k.accountId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(chapterId, accountId);
    }
  }
}
