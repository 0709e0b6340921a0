package org.plenum.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenum.api.Audit;
import org.plenum.api.Caller;
import org.plenum.api.Denied;
import org.plenum.api.Rejected;
import org.plenum.api.rest.ProblemException;
import org.plenum.spi.ContentChanged;

/**
 * A project's plan: milestones due on a day, and tasks — in a milestone or on their own — each with
 * an owner from the team. Its leads plan; a task's owner marks it done, as its leads may. The
 * plan's progress is the share of its tasks done (of its milestones, while it has no task).
 */
@ApplicationScoped
public class Plan {

  /** The longest title of a milestone or a task. */
  public static final int TITLE_MAX = 200;

  /**
   * How far a plan is.
   *
   * @param done the tasks (or milestones) done
   * @param total all of them
   */
  public record Progress(int done, int total) {

    /** Nothing planned. */
    public static final Progress NONE = new Progress(0, 0);

    /**
     * @return the share done, 0 to 100
     */
    public int percent() {
      return total == 0 ? 0 : done * 100 / total;
    }

    /**
     * @return the share done, for pages
     */
    public int getPercent() {
      return percent();
    }

    /**
     * @return true when something is planned
     */
    public boolean isPlanned() {
      return total > 0;
    }
  }

  @PersistenceContext EntityManager em;

  @Inject ProjectQueries projects;

  @Inject ProjectAccess access;

  @Inject Team team;

  @Inject Audit audit;

  @Inject Event<ContentChanged> changed;

  /**
   * @param projectId a project
   * @return its milestones, by the day they are due
   */
  @Transactional
  public List<Milestone> milestones(long projectId) {
    return em.createQuery(
            "select m from Milestone m where m.projectId = :p order by m.dueOn, m.id",
            Milestone.class)
        .setParameter("p", projectId)
        .getResultList();
  }

  /**
   * @param projectId a project
   * @return its tasks, in the order they were planned
   */
  @Transactional
  public List<Task> tasks(long projectId) {
    return em.createQuery("select t from Task t where t.projectId = :p order by t.id", Task.class)
        .setParameter("p", projectId)
        .getResultList();
  }

  /**
   * @param projectId a project
   * @return how far its plan is
   */
  @Transactional
  public Progress progress(long projectId) {
    return progress(List.of(projectId)).getOrDefault(projectId, Progress.NONE);
  }

  /**
   * How far the plans of several projects are, in two queries.
   *
   * @param projectIds the projects
   * @return the progress of those with a plan
   */
  @Transactional
  public Map<Long, Progress> progress(Collection<Long> projectIds) {
    Map<Long, Progress> result = new HashMap<>();
    if (projectIds.isEmpty()) {
      return result;
    }
    count("Task", projectIds).forEach(result::put);
    count("Milestone", projectIds).forEach(result::putIfAbsent);
    return result;
  }

  private Map<Long, Progress> count(String entity, Collection<Long> projectIds) {
    Map<Long, Progress> counts = new HashMap<>();
    List<Object[]> rows =
        em.createQuery(
                "select x.projectId, count(x), sum(case when x.done = true then 1 else 0 end)"
                    + " from "
                    + entity
                    + " x where x.projectId in :ids group by x.projectId",
                Object[].class)
            .setParameter("ids", projectIds)
            .getResultList();
    for (Object[] r : rows) {
      counts.put(
          ((Number) r[0]).longValue(),
          new Progress(((Number) r[2]).intValue(), ((Number) r[1]).intValue()));
    }
    return counts;
  }

  /**
   * A lead adds a milestone.
   *
   * @param projectId the project
   * @param title what is to be reached
   * @param dueOn the day it is due
   * @param caller who plans
   * @return the milestone
   * @throws Rejected when a rule is broken: a title, a day not before the project starts
   */
  @Transactional
  public Milestone addMilestone(long projectId, String title, LocalDate dueOn, Caller caller) {
    Project p = projects.ledBy(projectId, caller);
    Milestone m = new Milestone(projectId);
    m.describe(checkTitle(title), checkDue(p, dueOn));
    em.persist(m);
    done("project.milestone.add", p, m.getTitle());
    return m;
  }

  /**
   * A lead changes a milestone, or marks it done or open again.
   *
   * @param projectId the project
   * @param id the milestone
   * @param title its title
   * @param dueOn its day
   * @param isDone whether it is reached
   * @param caller who plans
   * @return the milestone
   */
  @Transactional
  public Milestone changeMilestone(
      long projectId, long id, String title, LocalDate dueOn, boolean isDone, Caller caller) {
    Project p = projects.ledBy(projectId, caller);
    Milestone m = milestone(projectId, id);
    m.describe(checkTitle(title), checkDue(p, dueOn));
    m.done(isDone);
    done("project.milestone.change", p, m.getTitle());
    return m;
  }

  /**
   * A lead removes a milestone; its tasks stay, on their own.
   *
   * @param projectId the project
   * @param id the milestone
   * @param caller who plans
   */
  @Transactional
  public void removeMilestone(long projectId, long id, Caller caller) {
    Project p = projects.ledBy(projectId, caller);
    Milestone m = milestone(projectId, id);
    em.createQuery("update Task t set t.milestoneId = null where t.milestoneId = :m")
        .setParameter("m", id)
        .executeUpdate();
    em.remove(m);
    done("project.milestone.remove", p, m.getTitle());
  }

  /**
   * A lead adds a task.
   *
   * @param projectId the project
   * @param draft the task
   * @param caller who plans
   * @return the task
   * @throws Rejected when a rule is broken: a title, an owner outside the team, a milestone of
   *     another project, a day before the project starts
   */
  @Transactional
  public Task addTask(long projectId, TaskDraft draft, Caller caller) {
    Project p = projects.ledBy(projectId, caller);
    Task t = new Task(projectId);
    describe(p, t, draft);
    em.persist(t);
    done("project.task.add", p, t.getTitle());
    return t;
  }

  /**
   * A lead changes a task.
   *
   * @param projectId the project
   * @param id the task
   * @param draft what it becomes
   * @param caller who plans
   * @return the task
   */
  @Transactional
  public Task changeTask(long projectId, long id, TaskDraft draft, Caller caller) {
    Project p = projects.ledBy(projectId, caller);
    Task t = task(projectId, id);
    describe(p, t, draft);
    done("project.task.change", p, t.getTitle());
    return t;
  }

  /**
   * Marks a task done, or open again: its owner, or a lead.
   *
   * @param projectId the project
   * @param id the task
   * @param isDone done or open
   * @param caller who marks it
   * @return the task
   * @throws Denied when the caller neither owns it nor leads the project
   */
  @Transactional
  public Task mark(long projectId, long id, boolean isDone, Caller caller) {
    Project p = projects.lockedFor(projectId, caller);
    Task t = task(projectId, id);
    boolean owner =
        t.getOwnerId() != null
            && access.member(caller).map(m -> m.id() == t.getOwnerId()).orElse(false);
    if (!owner && !access.canLead(p, caller)) {
      throw new Denied(caller == null, ProjectsModule.OVERSEE);
    }
    t.done(isDone);
    done(isDone ? "project.task.done" : "project.task.reopen", p, t.getTitle());
    return t;
  }

  /**
   * A lead removes a task.
   *
   * @param projectId the project
   * @param id the task
   * @param caller who plans
   */
  @Transactional
  public void removeTask(long projectId, long id, Caller caller) {
    Project p = projects.ledBy(projectId, caller);
    Task t = task(projectId, id);
    em.remove(t);
    done("project.task.remove", p, t.getTitle());
  }

  /**
   * A task as its lead wrote it.
   *
   * @param title what is to be done
   * @param milestoneId its milestone, or {@code null}
   * @param ownerId its owner, a member of the team, or {@code null}
   * @param dueOn the day it is due, or {@code null}
   */
  public record TaskDraft(String title, Long milestoneId, Long ownerId, LocalDate dueOn) {}

  private void describe(Project p, Task t, TaskDraft d) {
    List<Rejected.Problem> problems = new ArrayList<>();
    String title = d.title() == null ? "" : d.title().strip();
    if (title.isEmpty() || title.length() > TITLE_MAX) {
      problems.add(Rejected.problem("title", "projects.error.planTitle", TITLE_MAX));
    }
    if (d.milestoneId() != null) {
      Milestone m = em.find(Milestone.class, d.milestoneId());
      if (m == null || m.getProjectId() != p.getId()) {
        problems.add(Rejected.problem("milestone", "projects.error.noMilestone"));
      }
    }
    if (d.ownerId() != null
        && team.place(p.getId(), d.ownerId())
            .filter(x -> x.getState() == TeamMember.State.ACTIVE)
            .isEmpty()) {
      problems.add(Rejected.problem("owner", "projects.error.ownerNotInTeam"));
    }
    if (d.dueOn() != null && p.getStartsOn() != null && d.dueOn().isBefore(p.getStartsOn())) {
      problems.add(
          Rejected.problem("due", "projects.error.dueBeforeStart", p.getStartsOn().toString()));
    }
    if (!problems.isEmpty()) {
      throw new Rejected(problems, false);
    }
    t.describe(title, d.milestoneId(), d.ownerId(), d.dueOn());
  }

  private static String checkTitle(String title) {
    String t = title == null ? "" : title.strip();
    if (t.isEmpty() || t.length() > TITLE_MAX) {
      throw new Rejected(
          List.of(Rejected.problem("title", "projects.error.planTitle", TITLE_MAX)), false);
    }
    return t;
  }

  private static LocalDate checkDue(Project p, LocalDate dueOn) {
    if (dueOn == null) {
      throw new Rejected(List.of(Rejected.problem("due", "projects.error.due")), false);
    }
    if (p.getStartsOn() != null && dueOn.isBefore(p.getStartsOn())) {
      throw new Rejected(
          List.of(
              Rejected.problem("due", "projects.error.dueBeforeStart", p.getStartsOn().toString())),
          false);
    }
    return dueOn;
  }

  private Milestone milestone(long projectId, long id) {
    Milestone m = em.find(Milestone.class, id);
    if (m == null || m.getProjectId() != projectId) {
      throw new ProblemException(404, "projects.error.noMilestone");
    }
    return m;
  }

  private Task task(long projectId, long id) {
    Task t = em.find(Task.class, id);
    if (t == null || t.getProjectId() != projectId) {
      throw new ProblemException(404, "projects.error.noTask");
    }
    return t;
  }

  private void done(String action, Project p, String what) {
    em.flush();
    audit.recordChange(action, p.getSlug(), what);
    changed.fire(ContentChanged.of(ProjectWriter.TAG));
  }
}
