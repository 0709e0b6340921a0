package org.plenum.projects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A member in a project's team — or on the way in: one who asked to join waits for a lead, one a
 * lead invited waits for their own yes.
 */
@Entity
@Cacheable(false)
@Table(name = "projects_member")
public class TeamMember {

  /** Where a member stands with the team. */
  public enum State {
    /** Asked to join; a lead accepts or declines. */
    ASKED,
    /** Invited by a lead; the member accepts or declines. */
    INVITED,
    /** In the team. */
    ACTIVE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id")
  private long projectId;

  @Column(name = "account_id")
  private long accountId;

  @Enumerated(EnumType.STRING)
  private TeamRole role;

  @Enumerated(EnumType.STRING)
  private State state;

  private LocalDateTime since;

  /** For JPA. */
  protected TeamMember() {}

  TeamMember(long projectId, long accountId, TeamRole role, State state) {
    this.projectId = projectId;
    this.accountId = accountId;
    this.role = role;
    this.state = state;
    this.since = Project.now();
  }

  void join() {
    state = State.ACTIVE;
    since = Project.now();
  }

  void role(TeamRole role) {
    this.role = role;
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
   * @return the member
   */
  public long getAccountId() {
    return accountId;
  }

  /**
   * @return lead or member
   */
  public TeamRole getRole() {
    return role;
  }

  /**
   * @return asked, invited or in the team
   */
  public State getState() {
    return state;
  }

  /**
   * @return since when, UTC
   */
  public LocalDateTime getSince() {
    return since;
  }
}
