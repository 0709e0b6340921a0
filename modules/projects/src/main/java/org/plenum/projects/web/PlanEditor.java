package org.plenum.projects.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plenum.api.CurrentReader;
import org.plenum.api.Denied;
import org.plenum.api.FormMessages;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.PageGuards;
import org.plenum.api.Rejected;
import org.plenum.api.Texts;
import org.plenum.api.rest.ProblemException;
import org.plenum.projects.Milestone;
import org.plenum.projects.Plan;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectAccess;
import org.plenum.projects.ProjectQueries;
import org.plenum.projects.Team;
import org.plenum.projects.TeamMember;

/**
 * The leads' page of a project's plan: add milestones with the day they are due and tasks with an
 * owner from the team, mark a milestone reached, remove what is no longer planned. What the plan
 * holds is shown on the project's page ({@link PlanView}).
 */
@Named("planEditor")
@RequestScoped
public class PlanEditor {

  @Inject ProjectQueries projects;

  @Inject ProjectAccess access;

  @Inject Plan plan;

  @Inject Team team;

  @Inject Members members;

  @Inject CurrentReader current;

  @Inject Texts msg;

  private Project project;
  private List<Milestone> milestones = List.of();
  private final List<Member> teamMembers = new ArrayList<>();
  private String milestoneTitle;
  private LocalDate milestoneDue;
  private String taskTitle;
  private Long taskMilestone;
  private Long taskOwner;
  private LocalDate taskDue;

  @PostConstruct
  void prepare() {
    project =
        projects
            .bySlug(current.param("project"))
            .filter(p -> access.canSee(p, current.getCaller()))
            .orElse(null);
    if (project == null) {
      return;
    }
    milestones = plan.milestones(project.getId());
    List<Long> ids =
        team.of(project.getId()).stream()
            .filter(t -> t.getState() == TeamMember.State.ACTIVE)
            .map(TeamMember::getAccountId)
            .toList();
    Map<Long, Member> people = members.byIds(ids);
    ids.stream().map(people::get).filter(m -> m != null).forEach(teamMembers::add);
  }

  /** Answers 404 for a project unknown or hidden, 403 to those who do not lead it. */
  public void load() {
    if (project == null) {
      PageGuards.notFound();
    } else if (!access.canLead(project, current.getCaller())) {
      PageGuards.forbidden();
    }
  }

  /**
   * Adds the milestone written.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String addMilestone() throws IOException {
    return act(
        () -> plan.addMilestone(project.getId(), milestoneTitle, milestoneDue, current.getCaller()),
        "milestone");
  }

  /**
   * Adds the task written.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String addTask() throws IOException {
    return act(
        () ->
            plan.addTask(
                project.getId(),
                new Plan.TaskDraft(taskTitle, taskMilestone, taskOwner, taskDue),
                current.getCaller()),
        "task");
  }

  /**
   * Marks a milestone reached, or open again.
   *
   * @param m the milestone
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String reach(Milestone m) throws IOException {
    return act(
        () ->
            plan.changeMilestone(
                project.getId(),
                m.getId(),
                m.getTitle(),
                m.getDueOn(),
                !m.isDone(),
                current.getCaller()),
        null);
  }

  /**
   * Removes a milestone; its tasks stay.
   *
   * @param id the milestone
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String removeMilestone(long id) throws IOException {
    return act(() -> plan.removeMilestone(project.getId(), id, current.getCaller()), null);
  }

  /**
   * Removes a task.
   *
   * @param id the task
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String removeTask(long id) throws IOException {
    return act(() -> plan.removeTask(project.getId(), id, current.getCaller()), null);
  }

  private interface Action {
    void run();
  }

  private String act(Action action, String form) throws IOException {
    if (project == null) {
      PageGuards.notFound();
      return null;
    }
    try {
      action.run();
      PageGuards.redirect(
          current.link("projects/" + project.getSlug() + "/plan") + "?done=planned");
    } catch (Rejected e) {
      FormMessages.show(e, msg, field -> form == null || field == null ? null : form + ":" + field);
    } catch (Denied e) {
      FormMessages.error(null, msg.text("projects.error.denied"));
    } catch (ProblemException e) {
      FormMessages.error(null, msg.format(e.key(), e.args()));
    }
    return null;
  }

  /**
   * @return true after a change was saved
   */
  public boolean isSaved() {
    return "planned".equals(current.query("done"));
  }

  /**
   * @return the project
   */
  public Project getProject() {
    return project;
  }

  /**
   * @return its milestones, by day
   */
  public List<Milestone> getMilestones() {
    return milestones;
  }

  /**
   * @return the members of its team, who may own tasks
   */
  public List<Member> getTeam() {
    return teamMembers;
  }

  /**
   * @return the new milestone's title
   */
  public String getMilestoneTitle() {
    return milestoneTitle;
  }

  /**
   * @param milestoneTitle the new milestone's title
   */
  public void setMilestoneTitle(String milestoneTitle) {
    this.milestoneTitle = milestoneTitle;
  }

  /**
   * @return the new milestone's day
   */
  public LocalDate getMilestoneDue() {
    return milestoneDue;
  }

  /**
   * @param milestoneDue the new milestone's day
   */
  public void setMilestoneDue(LocalDate milestoneDue) {
    this.milestoneDue = milestoneDue;
  }

  /**
   * @return the new task's title
   */
  public String getTaskTitle() {
    return taskTitle;
  }

  /**
   * @param taskTitle the new task's title
   */
  public void setTaskTitle(String taskTitle) {
    this.taskTitle = taskTitle;
  }

  /**
   * @return the new task's milestone, or {@code null}
   */
  public Long getTaskMilestone() {
    return taskMilestone;
  }

  /**
   * @param taskMilestone the new task's milestone
   */
  public void setTaskMilestone(Long taskMilestone) {
    this.taskMilestone = taskMilestone;
  }

  /**
   * @return the new task's owner, or {@code null}
   */
  public Long getTaskOwner() {
    return taskOwner;
  }

  /**
   * @param taskOwner the new task's owner
   */
  public void setTaskOwner(Long taskOwner) {
    this.taskOwner = taskOwner;
  }

  /**
   * @return the new task's day
   */
  public LocalDate getTaskDue() {
    return taskDue;
  }

  /**
   * @param taskDue the new task's day
   */
  public void setTaskDue(LocalDate taskDue) {
    this.taskDue = taskDue;
  }
}
