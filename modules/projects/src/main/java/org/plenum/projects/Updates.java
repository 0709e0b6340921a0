package org.plenum.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.plenum.api.Audit;
import org.plenum.api.Caller;
import org.plenum.api.Denied;
import org.plenum.api.Markdown;
import org.plenum.api.Member;
import org.plenum.api.Rejected;
import org.plenum.api.rest.ProblemException;
import org.plenum.spi.ContentChanged;

/**
 * A project's news and its followers. The team posts updates (Markdown, rendered and sanitised);
 * its leads remove them. Members follow a project and choose their mail; each update is mailed to
 * the followers who chose updates, in their language, once the update is saved ({@link
 * UpdateMail}). A follower's mail stops in one click, by the key in its link.
 */
@ApplicationScoped
public class Updates {

  /** The longest title of an update. */
  public static final int TITLE_MAX = 200;

  /** The longest text of an update. */
  public static final int TEXT_MAX = 20_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * An update saved, for its mail to the followers once the transaction is over.
   *
   * @param updateId the update
   */
  public record Posted(long updateId) {}

  @PersistenceContext EntityManager em;

  @Inject ProjectQueries projects;

  @Inject ProjectAccess access;

  @Inject Team team;

  @Inject Markdown markdown;

  @Inject Audit audit;

  @Inject Event<ContentChanged> changed;

  @Inject Event<Posted> posted;

  /**
   * @param projectId a project
   * @param max at most so many
   * @return its updates, the newest first
   */
  @Transactional
  public List<ProjectUpdate> of(long projectId, int max) {
    return em.createQuery(
            "select u from ProjectUpdate u where u.projectId = :p"
                + " order by u.publishedAt desc, u.id desc",
            ProjectUpdate.class)
        .setParameter("p", projectId)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * @param id an update
   * @return the update
   */
  @Transactional
  public Optional<ProjectUpdate> byId(long id) {
    return Optional.ofNullable(em.find(ProjectUpdate.class, id));
  }

  /**
   * A member of the team (or one who may approve the project) posts an update.
   *
   * @param projectId the project
   * @param title its title
   * @param body its text (Markdown)
   * @param caller who posts
   * @return the update
   * @throws Denied when the caller is not in the team
   * @throws Rejected when the title or the text is missing or too long
   */
  @Transactional
  public ProjectUpdate post(long projectId, String title, String body, Caller caller) {
    Project p = projects.lockedFor(projectId, caller);
    Member m = access.require(caller, ProjectsModule.PROPOSE);
    boolean inTeam =
        team.place(projectId, m.id())
            .filter(t -> t.getState() == TeamMember.State.ACTIVE)
            .isPresent();
    if (!inTeam && !access.canLead(p, caller)) {
      throw new Denied(false, ProjectsModule.OVERSEE);
    }
    if (!p.isPublic()) {
      throw new Rejected(List.of(Rejected.problem("status", "projects.error.notYet")), true);
    }
    List<Rejected.Problem> problems = new ArrayList<>();
    String t = title == null ? "" : title.strip();
    if (t.isEmpty() || t.length() > TITLE_MAX) {
      problems.add(Rejected.problem("title", "projects.error.planTitle", TITLE_MAX));
    }
    String text = body == null ? "" : body.strip();
    if (text.isEmpty() || text.length() > TEXT_MAX) {
      problems.add(Rejected.problem("body", "projects.error.updateBody", TEXT_MAX));
    }
    if (!problems.isEmpty()) {
      throw new Rejected(problems, false);
    }
    String html =
        ProjectRules.rendered(markdown.render(text), TEXT_MAX, "body", "projects.error.updateBody");
    ProjectUpdate u = new ProjectUpdate(projectId, m.id(), t, text, html);
    em.persist(u);
    em.flush();
    audit.recordChange("project.update.post", p.getSlug(), t);
    changed.fire(ContentChanged.of(ProjectWriter.TAG));
    posted.fire(new Posted(u.getId()));
    return u;
  }

  /**
   * Removes an update: its author, or a lead.
   *
   * @param projectId the project
   * @param id the update
   * @param caller who asks
   */
  @Transactional
  public void remove(long projectId, long id, Caller caller) {
    Project p = projects.lockedFor(projectId, caller);
    ProjectUpdate u = em.find(ProjectUpdate.class, id);
    if (u == null || u.getProjectId() != projectId) {
      throw new ProblemException(404, "projects.error.noUpdate");
    }
    boolean author = access.member(caller).map(m -> m.id() == u.getAuthorId()).orElse(false);
    if (!author) {
      access.requireLead(p, caller);
    }
    em.remove(u);
    audit.recordChange("project.update.remove", p.getSlug(), u.getTitle());
    changed.fire(ContentChanged.of(ProjectWriter.TAG));
  }

  /**
   * A member's following of a project.
   *
   * @param projectId the project
   * @param memberId the member
   * @return their choice, or empty when they do not follow it
   */
  @Transactional
  public Optional<Follower> following(long projectId, long memberId) {
    return em.createQuery(
            "select f from Follower f where f.projectId = :p and f.accountId = :m", Follower.class)
        .setParameter("p", projectId)
        .setParameter("m", memberId)
        .getResultStream()
        .findFirst();
  }

  /**
   * A member follows a project, or changes the mail they get; choosing no mail at all stops
   * following it.
   *
   * @param projectId the project
   * @param updates mail for updates
   * @param discussion mail for the discussion's new threads
   * @param caller the member
   * @return their following, or empty when they chose no mail
   */
  @Transactional
  public Optional<Follower> follow(
      long projectId, boolean updates, boolean discussion, Caller caller) {
    // the project's row, taken: a second click at once finds the first one's following
    Project p = projects.lockedFor(projectId, caller);
    Member m = access.signedIn(caller);
    Optional<Follower> now = following(p.getId(), m.id());
    if (!updates && !discussion) {
      now.ifPresent(em::remove);
      return Optional.empty();
    }
    Follower f =
        now.orElseGet(
            () -> {
              byte[] key = new byte[24];
              RANDOM.nextBytes(key);
              Follower made = new Follower(p.getId(), m.id(), HexFormat.of().formatHex(key));
              em.persist(made);
              return made;
            });
    f.choose(updates, discussion);
    return Optional.of(f);
  }

  /**
   * Stops the mail a link was sent with, whoever follows it.
   *
   * @param key the key in the link
   * @return the project it was about, or empty for a key that is unknown (used already)
   */
  @Transactional
  public Optional<Long> unsubscribe(String key) {
    if (key == null || !key.matches("[0-9a-f]{48}")) {
      return Optional.empty();
    }
    Optional<Follower> f =
        em.createQuery("select f from Follower f where f.mailKey = :k", Follower.class)
            .setParameter("k", key)
            .getResultStream()
            .findFirst();
    f.ifPresent(em::remove);
    return f.map(Follower::getProjectId);
  }

  /**
   * The followers who chose mail for updates.
   *
   * @param projectId the project
   * @return their followings
   */
  @Transactional
  public List<Follower> mailedUpdates(long projectId) {
    return em.createQuery(
            "select f from Follower f where f.projectId = :p and f.updates = true order by f.id",
            Follower.class)
        .setParameter("p", projectId)
        .getResultList();
  }

  /**
   * The followers who chose mail for the discussion's new threads.
   *
   * @param projectId the project
   * @return their followings
   */
  @Transactional
  public List<Follower> mailedDiscussion(long projectId) {
    return em.createQuery(
            "select f from Follower f where f.projectId = :p and f.discussion = true order by f.id",
            Follower.class)
        .setParameter("p", projectId)
        .getResultList();
  }
}
