package org.plenum.projects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A step of a project's plan, due on a day; open until its leads mark it done. */
@Entity
@Cacheable(false)
@Table(name = "projects_milestone")
public class Milestone {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id")
  private long projectId;

  private String title;

  @Column(name = "due_on")
  private LocalDate dueOn;

  private boolean done;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  /** For JPA. */
  protected Milestone() {}

  Milestone(long projectId) {
    this.projectId = projectId;
    this.createdAt = Project.now();
  }

  void describe(String title, LocalDate dueOn) {
    this.title = title;
    this.dueOn = dueOn;
  }

  void done(boolean done) {
    this.done = done;
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return the project
   */
  public long getProjectId() {
    return projectId;
  }

  /**
   * @return what is to be reached
   */
  public String getTitle() {
    return title;
  }

  /**
   * @return the day it is due
   */
  public LocalDate getDueOn() {
    return dueOn;
  }

  /**
   * @return true once reached
   */
  public boolean isDone() {
    return done;
  }

  /**
   * @param today the day it is where the reader is
   * @return true when it is open and its day has passed
   */
  public boolean overdue(LocalDate today) {
    return !done && dueOn.isBefore(today);
  }
}
