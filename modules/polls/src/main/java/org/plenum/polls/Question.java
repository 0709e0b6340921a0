package org.plenum.polls;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A question of a poll: single choice, multiple choice (at most k), or a motion. */
@Entity
@Cacheable(false)
@Table(name = "polls_question")
public class Question {

  /** What kind of answer it takes. */
  public enum Kind {
    /** One option. */
    SINGLE,
    /** Up to {@code maxChoices} options. */
    MULTIPLE,
    /** For, Against or Abstain, carried by a rule. */
    MOTION
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "poll_id")
  private Poll poll;

  private int position;
  private String text;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Column(name = "max_choices")
  private int maxChoices;

  @Enumerated(EnumType.STRING)
  private Tally.Rule rule;

  @Column(name = "quorum_percent")
  private int quorumPercent;

  @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Choice> choices = new ArrayList<>();

  protected Question() {}

  Question(
      int position,
      String text,
      Kind kind,
      int maxChoices,
      Tally.Rule rule,
      int quorumPercent,
      List<String> labels) {
    this.position = position;
    this.text = text;
    this.kind = kind;
    this.maxChoices = kind == Kind.MULTIPLE ? maxChoices : 1;
    this.rule = kind == Kind.MOTION ? rule : null;
    this.quorumPercent = kind == Kind.MOTION ? quorumPercent : 0;
    int i = 0;
    for (String label : labels) {
      Choice c = new Choice(this, i++, label);
      choices.add(c);
    }
  }

  void attach(Poll owner) {
    this.poll = owner;
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return its place in the poll, from 0
   */
  public int getPosition() {
    return position;
  }

  /**
   * @return the question asked
   */
  public String getText() {
    return text;
  }

  /**
   * @return what kind of answer it takes
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * @return how many options a voter may choose
   */
  public int getMaxChoices() {
    return maxChoices;
  }

  /**
   * @return what a motion needs, or {@code null}
   */
  public Tally.Rule getRule() {
    return rule;
  }

  /**
   * @return the quorum of a motion, in percent of eligible members; 0 for none
   */
  public int getQuorumPercent() {
    return quorumPercent;
  }

  /**
   * What a ballot's answer to this question is checked against.
   *
   * @param position the place in the poll, from 0
   * @param maxChoices how many options at most
   * @param choices the options' ids
   */
  public record Shape(int position, int maxChoices, Set<Long> choices) {}

  /**
   * @return the question as ballots are checked against it
   */
  public Shape shape() {
    Set<Long> ids = new HashSet<>();
    getChoices().forEach(c -> ids.add(c.getId()));
    return new Shape(getPosition(), getMaxChoices(), Set.copyOf(ids));
  }

  /**
   * @return true for a motion
   */
  public boolean isMotion() {
    return kind == Kind.MOTION;
  }

  /**
   * @return true when several options may be chosen
   */
  public boolean isMultiple() {
    return kind == Kind.MULTIPLE;
  }

  /**
   * @return its options, in order
   */
  public List<Choice> getChoices() {
    return choices;
  }
}
