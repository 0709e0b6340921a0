package org.plenum.polls;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An option of a question. */
@Entity
@Cacheable(false)
@Table(name = "polls_choice")
public class Choice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "question_id")
  private Question question;

  private int position;
  private String label;

  protected Choice() {}

  Choice(Question question, int position, String label) {
    this.question = question;
    this.position = position;
    this.label = label;
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return its place, from 0
   */
  public int getPosition() {
    return position;
  }

  /**
   * @return what it says
   */
  public String getLabel() {
    return label;
  }
}
