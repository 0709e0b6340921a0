package org.plenum.projects.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
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
import org.plenum.api.Rejected;
import org.plenum.api.Texts;
import org.plenum.api.rest.ProblemException;
import org.plenum.projects.Discussion;
import org.plenum.projects.Message;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectAccess;
import org.plenum.projects.ProjectQueries;
import org.plenum.projects.Threads;

/**
 * A project's discussion on its page, without script: threads with their replies indented under
 * what they answer; a reply or an edit opens its form at its message ({@code ?reply=<id>}, {@code
 * ?edit=<id>}). Visitors read it; members write, reply, quote and report; the moderators hide,
 * show, delete and lock, and see what is hidden and how often each message was reported.
 */
@Named("discussionView")
@RequestScoped
public class DiscussionView {

  /** Threads a page of the discussion shows, with all their replies. */
  static final int THREADS_PAGE = 10;

  @Inject ProjectQueries projects;

  @Inject ProjectAccess access;

  @Inject Discussion discussion;

  @Inject Members members;

  @Inject CurrentReader current;

  @Inject Texts msg;

  private Project project;
  private final List<DiscussionRow> rows = new ArrayList<>();
  private boolean moderator;
  private Member reader;
  private String body;
  private String editBody;
  private Boolean mayWrite;
  private Long replyTo;
  private Long editing;
  private Long reporting;
  private Threads.Page page;
  private String reason;

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
    reader = access.member(current.getCaller()).orElse(null);
    moderator = reader != null && discussion.moderates(project, current.getCaller());
    List<Message> all = discussion.of(project.getId());
    Map<Long, Member> people =
        members.byIds(all.stream().map(Message::getAuthorId).distinct().toList());
    Map<Long, Long> reports =
        moderator ? discussion.reports(all.stream().map(Message::getId).toList()) : Map.of();
    Set<Long> locked = new HashSet<>();
    all.stream().filter(Message::isLocked).forEach(m -> locked.add(m.getId()));
    Set<Long> hidden = new HashSet<>();
    Long focus = getReplyTo() != null ? getReplyTo() : getEditing();
    focus = focus != null ? focus : getReporting() != null ? getReporting() : id("shown");
    String asked = current.query("threads");
    page =
        Threads.page(
            Threads.reading(all),
            focus,
            asked != null && asked.matches("[1-9]\\d{0,5}") ? Integer.parseInt(asked) : 1,
            THREADS_PAGE);
    for (Map.Entry<Message, Integer> e : page.entries()) {
      Message m = e.getKey();
      if (!moderator
          && (m.isHidden() || m.getParentId() != null && hidden.contains(m.getParentId()))) {
        // what the moderators hid is not read by others, nor the replies to it
        hidden.add(m.getId());
        continue;
      }
      boolean mine = reader != null && m.getAuthorId() == reader.id();
      boolean editable =
          mine
              && !m.isHidden()
              && m.getCreatedAt()
                  .plus(Discussion.EDIT_WINDOW)
                  .isAfter(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC));
      rows.add(
          new DiscussionRow(
              m,
              e.getValue(),
              people.get(m.getAuthorId()),
              editable,
              reports.getOrDefault(m.getId(), 0L),
              locked.contains(m.getThreadId())));
    }
  }

  /**
   * @return the messages in reading order
   */
  public List<DiscussionRow> getRows() {
    return rows;
  }

  /**
   * @return the page of threads shown, from 1
   */
  public int getThreadPage() {
    return page == null ? 1 : page.number();
  }

  /**
   * @return how many pages the threads fill
   */
  public int getThreadPages() {
    return page == null ? 1 : page.count();
  }

  /**
   * @return true when the reader moderates the discussion
   */
  public boolean isModerator() {
    return moderator;
  }

  /**
   * @return true when the reader may write: a member, the project approved
   */
  public boolean isMayWrite() {
    if (mayWrite == null) {
      mayWrite = reader != null && project.isPublic() && access.mayTakePart(current.getCaller());
    }
    return mayWrite;
  }

  /**
   * @return the message the reader is replying to, from the address; or {@code null}
   */
  public Long getReplyTo() {
    if (replyTo == null) {
      Long id = id("reply");
      replyTo = id != null ? id : id("parent");
      if (replyTo == null) {
        replyTo = -1L;
      }
    }
    return replyTo < 0 ? null : replyTo;
  }

  /**
   * @return the message the reader is changing, from the address; or {@code null}
   */
  public Long getEditing() {
    if (editing == null) {
      Long id = id("edit");
      editing = id != null ? id : id("message");
      if (editing == null) {
        editing = -1L;
      }
    }
    return editing < 0 ? null : editing;
  }

  /**
   * @return true when the reply quotes what it answers
   */
  public boolean isQuote() {
    return "true".equals(current.query("quote"));
  }

  /**
   * @return the text of the message being changed: as written, until the reader changes it
   */
  public String getEditBody() {
    if (editBody == null && getEditing() != null) {
      return rows.stream()
          .filter(r -> r.getMessage().getId().equals(getEditing()) && r.isEditable())
          .map(r -> r.getMessage().getBodySource())
          .findFirst()
          .orElse(null);
    }
    return editBody;
  }

  /**
   * @param editBody the changed text
   */
  public void setEditBody(String editBody) {
    this.editBody = editBody;
  }

  private Long id(String name) {
    String v = current.query(name);
    return v != null && v.matches("\\d{1,18}") ? Long.valueOf(v) : null;
  }

  /**
   * Starts a thread, or sends the reply written (its parent and quoting in the form).
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String write() throws IOException {
    Long parent = id("parent");
    boolean quote = "true".equals(current.query("quote"));
    return act(
        () -> discussion.write(project.getId(), parent, body, quote, current.getCaller()).getId(),
        parent == null ? "threaded" : "replied",
        parent == null ? "thread" : "reply");
  }

  /**
   * Saves the change to the message being edited.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String save() throws IOException {
    Long id = id("message");
    if (id == null) {
      PageGuards.notFound();
      return null;
    }
    return act(
        () -> discussion.edit(project.getId(), id, editBody, current.getCaller()).getId(),
        "edited",
        "edit");
  }

  /**
   * Hides a message, or shows it again.
   *
   * @param id the message
   * @param hidden hide or show
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String hide() throws IOException {
    Long id = id("target");
    boolean hidden = !"true".equals(current.query("hiddenNow"));
    return act(
        () -> discussion.hide(project.getId(), target(id), hidden, current.getCaller()).getId(),
        "moderated",
        null);
  }

  /**
   * Locks a thread, or opens it again.
   *
   * @param id the thread's first message
   * @param locked lock or open
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String lock() throws IOException {
    Long id = id("target");
    boolean locked = !"true".equals(current.query("lockedNow"));
    return act(
        () -> discussion.lock(project.getId(), target(id), locked, current.getCaller()).getId(),
        "moderated",
        null);
  }

  /**
   * Deletes a message with its replies.
   *
   * @param id the message
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String delete() throws IOException {
    Long id = id("target");
    return act(
        () -> {
          discussion.delete(project.getId(), target(id), current.getCaller());
          return null;
        },
        "moderated",
        null);
  }

  /**
   * Reports the message named in the form to the moderators, with the reason written.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String report() throws IOException {
    Long id = id("reported");
    if (id == null) {
      PageGuards.notFound();
      return null;
    }
    return act(
        () -> {
          discussion.report(project.getId(), id, reason, current.getCaller());
          return id;
        },
        "reported",
        null);
  }

  /**
   * @return the message the reader is reporting, from the address; or {@code null}
   */
  public Long getReporting() {
    if (reporting == null) {
      Long id = id("report");
      reporting = id != null ? id : id("reported");
      if (reporting == null) {
        reporting = -1L;
      }
    }
    return reporting < 0 ? null : reporting;
  }

  /**
   * @return the reason written for a report
   */
  public String getReason() {
    return reason;
  }

  /**
   * @param reason the reason written for a report
   */
  public void setReason(String reason) {
    this.reason = reason;
  }

  /** The message a moderator's form names, or a 404 when it names none. */
  private static long target(Long id) {
    if (id == null) {
      throw new ProblemException(404, "projects.error.noMessage");
    }
    return id;
  }

  private interface Action {
    Long run();
  }

  private String act(Action action, String done, String ignored) throws IOException {
    if (project == null) {
      PageGuards.notFound();
      return null;
    }
    try {
      Long id = action.run();
      PageGuards.redirect(
          current.link("projects/" + project.getSlug())
              + "?done="
              + done
              + (id == null ? "#discussion-title" : "&shown=" + id + "#message-" + id));
    } catch (Rejected e) {
      // shown at the top of the page: the forms are in the discussion's rows
      FormMessages.show(e, msg, field -> null);
    } catch (Denied e) {
      FormMessages.error(null, msg.text("projects.error.denied"));
    } catch (ProblemException e) {
      FormMessages.error(null, msg.format(e.key(), e.args()));
    }
    return null;
  }

  /**
   * @return the text written
   */
  public String getBody() {
    return body;
  }

  /**
   * @param body the text written
   */
  public void setBody(String body) {
    this.body = body;
  }
}
