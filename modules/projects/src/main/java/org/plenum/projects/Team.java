package org.plenum.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.plenum.api.Audit;
import org.plenum.api.Rejected;
import org.plenum.spi.ContentChanged;

/**
 * A project's team: members ask to join and a lead accepts them, or a lead invites a member who
 * accepts; leads give roles and remove; members leave. A team always keeps a lead. Each change
 * takes the project's row first, so two changes to one team wait for each other.
 */
@ApplicationScoped
public class Team {

  @PersistenceContext EntityManager em;

  @Inject ProjectQueries projects;

  @Inject Audit audit;

  @Inject Event<ContentChanged> changed;

  /**
   * @param projectId a project
   * @param memberId a member
   * @return true when the member is a lead of the project's team
   */
  @Transactional
  public boolean leads(long projectId, long memberId) {
    return place(projectId, memberId)
        .filter(t -> t.getState() == TeamMember.State.ACTIVE && t.getRole() == TeamRole.LEAD)
        .isPresent();
  }

  /**
   * A member's place in a team, or on the way in.
   *
   * @param projectId the project
   * @param memberId the member
   * @return the place, or empty
   */
  @Transactional
  public Optional<TeamMember> place(long projectId, long memberId) {
    return em.createQuery(
            "select t from TeamMember t where t.projectId = :p and t.accountId = :m",
            TeamMember.class)
        .setParameter("p", projectId)
        .setParameter("m", memberId)
        .getResultStream()
        .findFirst();
  }

  /**
   * A team: its leads first, then its members, then those asked and invited; each by seniority.
   *
   * @param projectId the project
   * @return the places
   */
  @Transactional
  public List<TeamMember> of(long projectId) {
    return em.createQuery(
            "select t from TeamMember t where t.projectId = :p order by t.state, t.role, t.since, t.id",
            TeamMember.class)
        .setParameter("p", projectId)
        .getResultList();
  }

  /**
   * Makes the initiator of a new project its first lead.
   *
   * @param projectId the project
   * @param memberId the initiator
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void founder(long projectId, long memberId) {
    TeamMember t = new TeamMember(projectId, memberId, TeamRole.LEAD, TeamMember.State.ACTIVE);
    em.persist(t);
  }

  /**
   * Takes a member into the team at once — one whose offer a lead accepted — whether they had no
   * place yet, or had asked or been invited.
   *
   * @param projectId the project, its row taken by the caller
   * @param memberId the member
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void admit(long projectId, long memberId) {
    Optional<TeamMember> place = place(projectId, memberId);
    if (place.isEmpty()) {
      em.persist(new TeamMember(projectId, memberId, TeamRole.MEMBER, TeamMember.State.ACTIVE));
    } else if (place.get().getState() != TeamMember.State.ACTIVE) {
      place.get().join();
    }
  }

  /**
   * A member asks to join; one a lead invited joins at once.
   *
   * @param projectId the project
   * @param memberId the member
   * @return their place: asked, or in the team
   * @throws Rejected when they are already in the team or asked already, or the project is not open
   *     to new members
   */
  @Transactional
  public TeamMember ask(long projectId, long memberId) {
    return meet(
        projectId, memberId, TeamMember.State.ASKED, TeamMember.State.INVITED, "ask", "join");
  }

  /**
   * A lead invites a member; one who asked to join joins at once.
   *
   * @param projectId the project
   * @param memberId the member invited
   * @return their place
   * @throws Rejected when they are already in the team or invited already
   */
  @Transactional
  public TeamMember invite(long projectId, long memberId) {
    return meet(
        projectId, memberId, TeamMember.State.INVITED, TeamMember.State.ASKED, "invite", "accept");
  }

  /**
   * One side of a member's way into a team: when the other side waits already, the member joins;
   * otherwise this side waits for the other.
   */
  private TeamMember meet(
      long projectId,
      long memberId,
      TeamMember.State waits,
      TeamMember.State otherSide,
      String waitAction,
      String joinAction) {
    Project p = projects.locked(projectId);
    open(p);
    Optional<TeamMember> place = place(projectId, memberId);
    if (place.isPresent()) {
      TeamMember t = place.get();
      if (t.getState() != otherSide) {
        throw conflict("member", "projects.error.alreadyInTeam");
      }
      t.join();
      done("project.team." + joinAction, p, memberId);
      return t;
    }
    TeamMember t = new TeamMember(projectId, memberId, TeamRole.MEMBER, waits);
    em.persist(t);
    done("project.team." + waitAction, p, memberId);
    return t;
  }

  /**
   * A lead accepts a member who asked to join.
   *
   * @param projectId the project
   * @param memberId the member
   * @return their place, in the team
   * @throws Rejected when they did not ask
   */
  @Transactional
  public TeamMember accept(long projectId, long memberId) {
    Project p = projects.locked(projectId);
    TeamMember t =
        place(projectId, memberId)
            .filter(x -> x.getState() == TeamMember.State.ASKED)
            .orElseThrow(() -> conflict("member", "projects.error.notAsked"));
    t.join();
    done("project.team.accept", p, memberId);
    return t;
  }

  /**
   * Gives a member of the team a role. The last lead stays one.
   *
   * @param projectId the project
   * @param memberId the member
   * @param role the role
   * @return their place
   * @throws Rejected when they are not in the team, or would leave it without a lead
   */
  @Transactional
  public TeamMember role(long projectId, long memberId, TeamRole role) {
    Project p = projects.locked(projectId);
    TeamMember t =
        place(projectId, memberId)
            .filter(x -> x.getState() == TeamMember.State.ACTIVE)
            .orElseThrow(() -> conflict("member", "projects.error.notInTeam"));
    if (t.getRole() == TeamRole.LEAD && role != TeamRole.LEAD && leads(projectId) == 1) {
      throw conflict("role", "projects.error.lastLead");
    }
    t.role(role);
    done("project.team.role." + role.key(), p, memberId);
    return t;
  }

  /**
   * Takes a member out of the team, or withdraws an invitation or a request. The last lead stays.
   *
   * @param projectId the project
   * @param memberId the member
   * @throws Rejected when they have no place, or are the last lead
   */
  @Transactional
  public void remove(long projectId, long memberId) {
    Project p = projects.locked(projectId);
    TeamMember t =
        place(projectId, memberId)
            .orElseThrow(() -> conflict("member", "projects.error.notInTeam"));
    if (t.getState() == TeamMember.State.ACTIVE
        && t.getRole() == TeamRole.LEAD
        && leads(projectId) == 1) {
      throw conflict("member", "projects.error.lastLead");
    }
    em.remove(t);
    done("project.team.remove", p, memberId);
  }

  private long leads(long projectId) {
    return em.createQuery(
            "select count(t) from TeamMember t where t.projectId = :p and t.role = :lead"
                + " and t.state = :active",
            Long.class)
        .setParameter("p", projectId)
        .setParameter("lead", TeamRole.LEAD)
        .setParameter("active", TeamMember.State.ACTIVE)
        .getSingleResult();
  }

  private static void open(Project p) {
    if (p.getStatus() != ProjectStatus.ACTIVE && p.getStatus() != ProjectStatus.PAUSED) {
      throw conflict("status", "projects.error.teamClosed");
    }
  }

  private void done(String action, Project p, long memberId) {
    em.flush();
    audit.recordChange(action, p.getSlug(), "member " + memberId);
    changed.fire(ContentChanged.of(ProjectWriter.TAG));
  }

  private static Rejected conflict(String field, String key) {
    return new Rejected(List.of(Rejected.problem(field, key)), true);
  }
}
