package org.plenum.projects.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenum.api.CurrentReader;
import org.plenum.api.Denied;
import org.plenum.api.FormMessages;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.PageGuards;
import org.plenum.api.ReaderDates;
import org.plenum.api.Texts;
import org.plenum.api.rest.ProblemException;
import org.plenum.projects.Milestone;
import org.plenum.projects.Plan;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectAccess;
import org.plenum.projects.ProjectQueries;
import org.plenum.projects.Task;

/**
 * A project's plan as its page shows it: the progress, the milestones with their tasks, the tasks
 * on their own, what is overdue in the reader's time zone; a task's owner (or a lead) marks it done
 * from the page.
 */
@Named("planView")
@RequestScoped
public class PlanView {

  /** A milestone with its tasks, for the page. */
  public static final class Step {
    private final Milestone milestone;
    private final List<Item> tasks;
    private final boolean overdue;

    Step(Milestone milestone, List<Item> tasks, boolean overdue) {
      this.milestone = milestone;
      this.tasks = tasks;
      this.overdue = overdue;
    }

    /**
     * @return the milestone
     */
    public Milestone getMilestone() {
      return milestone;
    }

    /**
     * @return its tasks
     */
    public List<Item> getTasks() {
      return tasks;
    }

    /**
     * @return true when open and its day has passed
     */
    public boolean isOverdue() {
      return overdue;
    }
  }

  /** A task with its owner's name, for the page. */
  public static final class Item {
    private final Task task;
    private final Member owner;
    private final boolean overdue;
    private final boolean markable;

    Item(Task task, Member owner, boolean overdue, boolean markable) {
      this.task = task;
      this.owner = owner;
      this.overdue = overdue;
      this.markable = markable;
    }

    /**
     * @return the task
     */
    public Task getTask() {
      return task;
    }

    /**
     * @return its owner's name, or {@code null}
     */
    public String getOwner() {
      return owner == null ? null : owner.displayName();
    }

    /**
     * @return true when open and its day has passed
     */
    public boolean isOverdue() {
      return overdue;
    }

    /**
     * @return true when the reader may mark it done or open
     */
    public boolean isMarkable() {
      return markable;
    }
  }

  @Inject ProjectQueries projects;

  @Inject ProjectAccess access;

  @Inject Plan plan;

  @Inject Members members;

  @Inject ReaderDates dates;

  @Inject CurrentReader current;

  @Inject Texts msg;

  private Project project;
  private Plan.Progress progress = Plan.Progress.NONE;
  private final List<Step> steps = new ArrayList<>();
  private final List<Item> loose = new ArrayList<>();

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
    LocalDate today = LocalDate.now(dates.getZone());
    progress = plan.progress(project.getId());
    List<Task> tasks = plan.tasks(project.getId());
    Set<Long> owners = new HashSet<>();
    tasks.stream().filter(t -> t.getOwnerId() != null).forEach(t -> owners.add(t.getOwnerId()));
    Map<Long, Member> people = members.byIds(owners);
    boolean lead = current.getCaller() != null && access.canLead(project, current.getCaller());
    Long me = access.member(current.getCaller()).map(Member::id).orElse(null);
    List<Item> items = new ArrayList<>();
    for (Task t : tasks) {
      boolean mine = me != null && me.equals(t.getOwnerId());
      items.add(new Item(t, people.get(t.getOwnerId()), t.overdue(today), lead || mine));
    }
    for (Milestone m : plan.milestones(project.getId())) {
      steps.add(
          new Step(
              m,
              items.stream().filter(i -> m.getId().equals(i.getTask().getMilestoneId())).toList(),
              m.overdue(today)));
    }
    items.stream().filter(i -> i.getTask().getMilestoneId() == null).forEach(loose::add);
  }

  /**
   * @return how far the plan is
   */
  public Plan.Progress getProgress() {
    return progress;
  }

  /**
   * @return the milestones, by day, with their tasks
   */
  public List<Step> getSteps() {
    return steps;
  }

  /**
   * @return the tasks in no milestone
   */
  public List<Item> getLoose() {
    return loose;
  }

  /**
   * Marks a task done, or open again.
   *
   * @param taskId the task
   * @param done done or open
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String mark(long taskId, boolean done) throws IOException {
    if (project == null) {
      PageGuards.notFound();
      return null;
    }
    try {
      plan.mark(project.getId(), taskId, done, current.getCaller());
      PageGuards.redirect(
          current.link("projects/" + project.getSlug()) + "?done=" + (done ? "task" : "reopened"));
    } catch (Denied e) {
      FormMessages.error(null, msg.text("projects.error.denied"));
    } catch (ProblemException e) {
      FormMessages.error(null, msg.format(e.key(), e.args()));
    }
    return null;
  }
}
