package org.plenum.polls;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** That a member took part in a poll: the database holds at most one per member per poll. */
@Entity
@Cacheable(false)
@Table(name = "polls_participation")
@IdClass(Participation.Key.class)
public class Participation {

  @Id
  @Column(name = "poll_id")
  private Long pollId;

  @Id
  @Column(name = "account_id")
  private Long accountId;

  protected Participation() {}

  Participation(Long pollId, Long accountId) {
    this.pollId = pollId;
    this.accountId = accountId;
  }

  /** The primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long pollId;
    private Long accountId;

    /** For JPA. */
    public Key() {}

    Key(Long pollId, Long accountId) {
      this.pollId = pollId;
      this.accountId = accountId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(pollId, k.pollId)
          && Objects.equals(accountId, k.accountId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(pollId, accountId);
    }
  }
}
