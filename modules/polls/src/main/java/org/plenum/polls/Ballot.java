package org.plenum.polls;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The answers of one voter in one poll. In an open poll it names its voter; in a secret poll it
 * does not, and is found again only through the hash of the receipt its voter holds.
 */
@Entity
@Cacheable(false)
@Table(name = "polls_ballot")
public class Ballot {

  /** One chosen option. */
  @Embeddable
  public static class Answer {
    @Column(name = "question_id")
    private Long questionId;

    @Column(name = "choice_id")
    private Long choiceId;

    /** For JPA. */
    protected Answer() {}

    Answer(Long questionId, Long choiceId) {
      this.questionId = questionId;
      this.choiceId = choiceId;
    }

    /**
     * @return the question
     */
    public Long getQuestionId() {
      return questionId;
    }

    /**
     * @return the option chosen
     */
    public Long getChoiceId() {
      return choiceId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Answer a
          && Objects.equals(questionId, a.questionId)
          && Objects.equals(choiceId, a.choiceId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(questionId, choiceId);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "poll_id")
  private Long pollId;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "receipt_hash")
  private String receiptHash;

  @Column(name = "group_id")
  private Long groupId;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  /** When the ballot was first cast (a change of answers keeps it). */
  @Column(name = "cast_at")
  private LocalDateTime castAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "polls_answer", joinColumns = @JoinColumn(name = "ballot_id"))
  private Set<Answer> answers = new HashSet<>();

  protected Ballot() {}

  Ballot(Long pollId, Long accountId, String receiptHash, Long groupId) {
    this.pollId = pollId;
    this.accountId = accountId;
    this.receiptHash = receiptHash;
    this.groupId = groupId;
    this.updatedAt = Poll.now();
    this.castAt = updatedAt;
  }

  void answer(Map<Long, Set<Long>> chosen) {
    answers.clear();
    chosen.forEach((q, options) -> options.forEach(o -> answers.add(new Answer(q, o))));
    updatedAt = Poll.now();
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return the poll
   */
  public Long getPollId() {
    return pollId;
  }

  /**
   * @return its voter in an open poll, {@code null} in a secret one
   */
  public Long getAccountId() {
    return accountId;
  }

  /**
   * @return the hash of its receipt
   */
  public String getReceiptHash() {
    return receiptHash;
  }

  /**
   * @return the sub-chapter its voter votes through
   */
  public Long getGroupId() {
    return groupId;
  }

  /**
   * @return the options chosen, by question
   */
  public Map<Long, Set<Long>> getChosen() {
    Map<Long, Set<Long>> map = new HashMap<>();
    for (Answer a : answers) {
      map.computeIfAbsent(a.getQuestionId(), k -> new TreeSet<>()).add(a.getChoiceId());
    }
    return map;
  }
}
