package org.plenum.projects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A piece of a project's news, posted by a member of its team: Markdown, kept rendered. */
@Entity
@Cacheable(false)
@Table(name = "projects_update")
public class ProjectUpdate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id")
  private long projectId;

  @Column(name = "author_id")
  private long authorId;

  private String title;

  @Column(name = "body_source")
  private String bodySource;

  @Column(name = "body_html")
  private String bodyHtml;

  @Column(name = "published_at")
  private LocalDateTime publishedAt;

  /** For JPA. */
  protected ProjectUpdate() {}

  ProjectUpdate(long projectId, long authorId, String title, String source, String html) {
    this.projectId = projectId;
    this.authorId = authorId;
    this.title = title;
    this.bodySource = source;
    this.bodyHtml = html;
    this.publishedAt = Project.now();
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
   * @return the member who posted it
   */
  public long getAuthorId() {
    return authorId;
  }

  /**
   * @return its title
   */
  public String getTitle() {
    return title;
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
   * @return when it was posted, UTC
   */
  public LocalDateTime getPublishedAt() {
    return publishedAt;
  }

  /**
   * @return when it was posted, as an instant
   */
  public java.time.Instant getPublishedInstant() {
    return publishedAt.toInstant(java.time.ZoneOffset.UTC);
  }
}
