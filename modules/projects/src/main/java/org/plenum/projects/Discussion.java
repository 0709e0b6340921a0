package org.plenum.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenum.api.Audit;
import org.plenum.api.Caller;
import org.plenum.api.Denied;
import org.plenum.api.Markdown;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.Rejected;
import org.plenum.api.rest.ProblemException;
import org.plenum.spi.ContentChanged;

/**
 * A project's discussion: members start threads and reply to any message (replies to replies);
 * authors edit their message for {@link #EDIT_WINDOW} after writing it; a reply may quote what it
 * answers; naming a member of the team as {@code @their-profile} mails them. The leads and the
 * coordinators of the project's chapter moderate: they hide and show messages, delete them (with
 * their replies) and lock threads. Members report messages to them. A member writes at most {@value
 * #PER_WINDOW} messages in {@link #WINDOW}.
 */
@ApplicationScoped
public class Discussion {

  /** How long an author may change a message. */
  public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

  /** The longest message. */
  public static final int TEXT_MAX = 10_000;

  /** Messages a member may write per {@link #WINDOW}. */
  static final int PER_WINDOW = 5;

  /** The time {@link #PER_WINDOW} is counted over. */
  static final Duration WINDOW = Duration.ofMinutes(10);

  /**
   * A message written, for its mails once the transaction is over.
   *
   * @param messageId the message
   * @param mentioned the members of the team it names
   */
  public record Written(long messageId, Set<Long> mentioned) {}

  @PersistenceContext EntityManager em;

  @Inject ProjectQueries projects;

  @Inject ProjectAccess access;

  @Inject Team team;

  @Inject Members members;

  @Inject Markdown markdown;

  @Inject Audit audit;

  @Inject Event<ContentChanged> changed;

  @Inject Event<Written> written;

  /**
   * @param projectId a project
   * @return its messages, thread by thread, each in the order written
   */
  @Transactional
  public List<Message> of(long projectId) {
    return em.createQuery(
            "select m from Message m where m.projectId = :p order by m.threadId, m.createdAt, m.id",
            Message.class)
        .setParameter("p", projectId)
        .getResultList();
  }

  /**
   * @param id a message
   * @return the message, or {@code null}
   */
  @Transactional
  public Message byId(long id) {
    return em.find(Message.class, id);
  }

  /**
   * @param p a project
   * @param caller who asks
   * @return true when the caller moderates its discussion: its leads, who may approve it
   */
  public boolean moderates(Project p, Caller caller) {
    return caller != null && access.canLead(p, caller);
  }

  /**
   * How many times each message was reported.
   *
   * @param ids messages
   * @return the counts of those reported
   */
  @Transactional
  public Map<Long, Long> reports(Collection<Long> ids) {
    Map<Long, Long> counts = new HashMap<>();
    if (ids.isEmpty()) {
      return counts;
    }
    for (Object[] r :
        em.createQuery(
                "select r.messageId, count(r) from Report r where r.messageId in :ids"
                    + " group by r.messageId",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }
    return counts;
  }

  /**
   * A member starts a thread, or replies to a message.
   *
   * @param projectId the project
   * @param parentId the message replied to, or {@code null} for a new thread
   * @param body the text (Markdown)
   * @param quote whether to quote the message replied to
   * @param caller the member
   * @return the message
   * @throws Rejected when the text is missing or too long, the thread is locked or the message
   *     replied to hidden
   * @throws ProblemException 429 when the member wrote too much in a short time
   */
  @Transactional
  public Message write(long projectId, Long parentId, String body, boolean quote, Caller caller) {
    Project p = projects.lockedFor(projectId, caller);
    Member me = access.require(caller, ProjectsModule.PROPOSE);
    if (!p.isPublic()) {
      throw conflict("status", "projects.error.notYet");
    }
    Message parent = null;
    if (parentId != null) {
      parent = message(projectId, parentId);
      Message root = em.find(Message.class, parent.getThreadId());
      // what lies below a hidden message is hidden too: no reply, no quote of it
      for (Message a = parent;
          a != null;
          a = a.getParentId() == null ? null : em.find(Message.class, a.getParentId())) {
        if (a.isHidden()) {
          throw conflict("parent", "projects.error.replyHidden");
        }
      }
      if (root == null || root.isHidden()) {
        throw conflict("parent", "projects.error.replyHidden");
      }
      if (root.isLocked()) {
        throw conflict("parent", "projects.error.locked");
      }
    }
    String text = MessageText.checked(body);
    if (quote && parent != null) {
      text = MessageText.withQuote(MessageText.quoted(parent.getBodySource()), text);
    }
    long recent =
        em.createQuery(
                "select count(m) from Message m where m.authorId = :a and m.createdAt > :t",
                Long.class)
            .setParameter("a", me.id())
            .setParameter("t", LocalDateTime.now(java.time.ZoneOffset.UTC).minus(WINDOW))
            .getSingleResult();
    if (recent >= PER_WINDOW) {
      throw new ProblemException(429, "projects.error.throttled", WINDOW.toMinutes());
    }
    Message m = new Message(projectId, parent, me.id());
    m.write(text, MessageText.rendered(markdown.render(text)), false);
    em.persist(m);
    em.flush();
    m.thread();
    audit.recordChange(
        parent == null ? "project.thread.start" : "project.reply", p.getSlug(), null);
    changed.fire(ContentChanged.of(ProjectWriter.TAG));
    written.fire(new Written(m.getId(), mentioned(projectId, text, me.id())));
    return m;
  }

  /**
   * Its author changes a message, within {@link #EDIT_WINDOW} of writing it.
   *
   * @param projectId the project
   * @param id the message
   * @param body the new text
   * @param caller the author
   * @return the message
   * @throws Denied when the caller did not write it
   * @throws Rejected when the time to change it is over, or it is hidden
   */
  @Transactional
  public Message edit(long projectId, long id, String body, Caller caller) {
    Project p = projects.lockedFor(projectId, caller);
    Member me = access.require(caller, ProjectsModule.PROPOSE);
    Message m = message(projectId, id);
    if (m.getAuthorId() != me.id()) {
      throw new Denied(false, "projects.message.edit");
    }
    if (m.isHidden()) {
      throw conflict("body", "projects.error.replyHidden");
    }
    if (m.getCreatedAt().plus(EDIT_WINDOW).isBefore(Project.now())) {
      throw conflict("body", "projects.error.editWindow");
    }
    String text = MessageText.checked(body);
    m.write(text, MessageText.rendered(markdown.render(text)), true);
    em.flush();
    audit.recordChange("project.message.edit", p.getSlug(), String.valueOf(id));
    changed.fire(ContentChanged.of(ProjectWriter.TAG));
    return m;
  }

  /**
   * A moderator hides a message, or shows it again.
   *
   * @param projectId the project
   * @param id the message
   * @param hidden hidden or shown
   * @param caller the moderator
   * @return the message
   */
  @Transactional
  public Message hide(long projectId, long id, boolean hidden, Caller caller) {
    Project p = moderator(projectId, caller);
    Message m = message(projectId, id);
    m.hide(hidden);
    moderated(p, hidden ? "project.message.hide" : "project.message.show", id);
    return m;
  }

  /**
   * A moderator locks a thread, or opens it again.
   *
   * @param projectId the project
   * @param id the thread's first message
   * @param locked locked or open
   * @param caller the moderator
   * @return the message
   * @throws Rejected when the message is a reply, not a thread
   */
  @Transactional
  public Message lock(long projectId, long id, boolean locked, Caller caller) {
    Project p = moderator(projectId, caller);
    Message m = message(projectId, id);
    if (m.getParentId() != null) {
      throw conflict("message", "projects.error.notThread");
    }
    m.lock(locked);
    moderated(p, locked ? "project.thread.lock" : "project.thread.unlock", id);
    return m;
  }

  /**
   * A moderator deletes a message with every reply below it.
   *
   * @param projectId the project
   * @param id the message
   * @param caller the moderator
   */
  @Transactional
  public void delete(long projectId, long id, Caller caller) {
    Project p = moderator(projectId, caller);
    Message m = message(projectId, id);
    List<Message> thread =
        em.createQuery("select x from Message x where x.threadId = :t", Message.class)
            .setParameter("t", m.getThreadId())
            .getResultList();
    Set<Long> gone = new LinkedHashSet<>(List.of(m.getId()));
    boolean more = true;
    while (more) {
      more = false;
      for (Message x : thread) {
        if (x.getParentId() != null && gone.contains(x.getParentId()) && gone.add(x.getId())) {
          more = true;
        }
      }
    }
    em.createQuery("delete from Report r where r.messageId in :ids")
        .setParameter("ids", gone)
        .executeUpdate();
    em.createQuery("delete from Message x where x.id in :ids")
        .setParameter("ids", gone)
        .executeUpdate();
    moderated(p, "project.message.delete", id);
  }

  /**
   * A member reports a message to the moderators, once.
   *
   * @param projectId the project
   * @param id the message
   * @param reason why, or {@code null}
   * @param caller the member
   * @throws Rejected when they reported it already
   */
  @Transactional
  public void report(long projectId, long id, String reason, Caller caller) {
    Project p = projects.lockedFor(projectId, caller);
    Member me = access.require(caller, ProjectsModule.PROPOSE);
    Message m = message(projectId, id);
    long already =
        em.createQuery(
                "select count(r) from Report r where r.messageId = :m and r.accountId = :a",
                Long.class)
            .setParameter("m", m.getId())
            .setParameter("a", me.id())
            .getSingleResult();
    if (already > 0) {
      throw conflict("message", "projects.error.reportedAlready");
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why != null && why.length() > 500) {
      throw new Rejected(List.of(Rejected.problem("reason", "projects.error.message", 500)), false);
    }
    em.persist(new Report(m.getId(), me.id(), why));
    audit.recordChange("project.message.report", p.getSlug(), String.valueOf(id));
  }

  private Set<Long> mentioned(long projectId, String text, long authorId) {
    Set<Long> found = new LinkedHashSet<>();
    for (String slug : MessageText.mentions(text)) {
      if (found.size() >= 20) {
        break;
      }
      members
          .bySlug(slug)
          .filter(x -> x.id() != authorId)
          .filter(
              x ->
                  team.place(projectId, x.id())
                      .filter(t -> t.getState() == TeamMember.State.ACTIVE)
                      .isPresent())
          .ifPresent(x -> found.add(x.id()));
    }
    return found;
  }

  private Project moderator(long projectId, Caller caller) {
    Project p = projects.lockedFor(projectId, caller);
    if (!moderates(p, caller)) {
      throw new Denied(caller == null, ProjectsModule.OVERSEE);
    }
    return p;
  }

  private Message message(long projectId, long id) {
    Message m = em.find(Message.class, id);
    if (m == null || m.getProjectId() != projectId) {
      throw new ProblemException(404, "projects.error.noMessage");
    }
    return m;
  }

  private void moderated(Project p, String action, long id) {
    em.flush();
    audit.recordChange(action, p.getSlug(), String.valueOf(id));
    changed.fire(ContentChanged.of(ProjectWriter.TAG));
  }

  private static Rejected conflict(String field, String key) {
    return new Rejected(List.of(Rejected.problem(field, key)), true);
  }
}
