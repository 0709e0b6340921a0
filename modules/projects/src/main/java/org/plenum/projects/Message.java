package org.plenum.projects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A message of a project's discussion: a thread's first message (no parent), or a reply to another
 * message of the thread. Markdown, kept rendered and sanitised. A thread's first message carries
 * whether the thread is locked.
 */
@Entity
@Cacheable(false)
@Table(name = "projects_message")
public class Message {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id")
  private long projectId;

  @Column(name = "thread_id")
  private Long threadId;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(name = "author_id")
  private long authorId;

  @Column(name = "body_source")
  private String bodySource;

  @Column(name = "body_html")
  private String bodyHtml;

  private boolean hidden;
  private boolean locked;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "edited_at")
  private LocalDateTime editedAt;

  /** For JPA. */
  protected Message() {}

  Message(long projectId, Message parent, long authorId) {
    this.projectId = projectId;
    this.authorId = authorId;
    if (parent != null) {
      this.parentId = parent.getId();
      this.threadId = parent.getThreadId();
    }
    this.createdAt = Project.now();
  }

  /** A thread's first message is its own thread. */
  void thread() {
    if (threadId == null) {
      threadId = id;
    }
  }

  void write(String source, String html, boolean edit) {
    this.bodySource = source;
    this.bodyHtml = html;
    if (edit) {
      this.editedAt = Project.now();
    }
  }

  void hide(boolean hidden) {
    this.hidden = hidden;
  }

  void lock(boolean locked) {
    this.locked = locked;
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
   * @return its thread: the id of the thread's first message
   */
  public Long getThreadId() {
    return threadId;
  }

  /**
   * @return the message it replies to, or {@code null} for a thread's first
   */
  public Long getParentId() {
    return parentId;
  }

  /**
   * @return the member who wrote it
   */
  public long getAuthorId() {
    return authorId;
  }

  /**
   * @return its text as written (Markdown)
   */
  public String getBodySource() {
    return bodySource;
  }

  /**
   * @return its text rendered and sanitised
   */
  public String getBodyHtml() {
    return bodyHtml;
  }

  /**
   * @return true when the moderators hid it
   */
  public boolean isHidden() {
    return hidden;
  }

  /**
   * @return true, on a thread's first message, when the thread takes no reply
   */
  public boolean isLocked() {
    return locked;
  }

  /**
   * @return when it was written, UTC
   */
  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  /**
   * @return when it was last changed, UTC, or {@code null}
   */
  public LocalDateTime getEditedAt() {
    return editedAt;
  }

  /**
   * @return when it was written, as an instant
   */
  public java.time.Instant getCreatedInstant() {
    return createdAt.toInstant(java.time.ZoneOffset.UTC);
  }
}
