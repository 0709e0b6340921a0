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

/** A task of a project's plan: in a milestone or on its own, with an owner from the team. */
@Entity
@Cacheable(false)
@Table(name = "projects_task")
public class Task {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id")
  private long projectId;

  @Column(name = "milestone_id")
  private Long milestoneId;

  private String title;

  @Column(name = "owner_id")
  private Long ownerId;

  @Column(name = "due_on")
  private LocalDate dueOn;

  private boolean done;

  @Column(name = "done_at")
  private LocalDateTime doneAt;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  /** For JPA. */
  protected Task() {}

  Task(long projectId) {
    this.projectId = projectId;
    this.createdAt = Project.now();
  }

  void describe(String title, Long milestoneId, Long ownerId, LocalDate dueOn) {
    this.title = title;
    this.milestoneId = milestoneId;
    this.ownerId = ownerId;
    this.dueOn = dueOn;
  }

  void done(boolean done) {
    this.done = done;
    this.doneAt = done ? Project.now() : null;
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
   * @return its milestone, or {@code null}
   */
  public Long getMilestoneId() {
    return milestoneId;
  }

  /**
   * @return what is to be done
   */
  public String getTitle() {
    return title;
  }

  /**
   * @return the member of the team who does it, or {@code null} while no one does
   */
  public Long getOwnerId() {
    return ownerId;
  }

  /**
   * @return the day it is due, or {@code null}
   */
  public LocalDate getDueOn() {
    return dueOn;
  }

  /**
   * @return true once done
   */
  public boolean isDone() {
    return done;
  }

  /**
   * @return when it was done, UTC, or {@code null}
   */
  public LocalDateTime getDoneAt() {
    return doneAt;
  }

  /**
   * @param today the day it is where the reader is
   * @return true when it is open and its day has passed
   */
  public boolean overdue(LocalDate today) {
    return !done && dueOn != null && dueOn.isBefore(today);
  }
}
