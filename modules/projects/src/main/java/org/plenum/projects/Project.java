package org.plenum.projects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;

/**
 * A project: a member's initiative, of a chapter or of the whole federation, with a status its
 * approvers and leads move along {@link ProjectStatus}'s steps. Times are UTC.
 */
@Entity
@Cacheable(false)
@Table(name = "projects_project")
public class Project {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String slug;
  private String title;
  private String summary;

  @Column(name = "description_source")
  private String descriptionSource;

  @Column(name = "description_html")
  private String descriptionHtml;

  private String language;

  @Column(name = "chapter_id")
  private Long chapterId;

  @Enumerated(EnumType.STRING)
  private ProjectStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "status_since")
  private LocalDateTime statusSince;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "initiator_id")
  private long initiatorId;

  @Column(name = "approved_at")
  private LocalDateTime approvedAt;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  private String cover;

  @ElementCollection
  @CollectionTable(name = "projects_tag", joinColumns = @JoinColumn(name = "project_id"))
  @Column(name = "tag")
  private Set<String> tags = new TreeSet<>();

  @Version private long version;

  /** For JPA. */
  protected Project() {}

  /**
   * A new proposal.
   *
   * @param initiatorId the member who proposes it
   */
  Project(long initiatorId) {
    this.initiatorId = initiatorId;
    this.status = ProjectStatus.PROPOSED;
    this.createdAt = now();
    this.statusSince = createdAt;
    this.updatedAt = createdAt;
  }

  static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }

  /**
   * Takes what was written, checked.
   *
   * @param c the checked draft
   * @param html the description rendered and sanitised, or {@code null}
   */
  void describe(ProjectDraft.Checked c, String html) {
    this.slug = c.slug();
    this.title = c.title();
    this.summary = c.summary();
    this.descriptionSource = c.description();
    this.descriptionHtml = html;
    this.language = c.language();
    this.chapterId = c.chapterId();
    this.startsOn = c.startsOn();
    if (c.tags() != null) {
      this.tags.clear();
      this.tags.addAll(c.tags());
    }
    this.updatedAt = now();
  }

  /**
   * Moves the project to another status; the step is checked by {@link ProjectWriter}.
   *
   * @param to the new status
   * @param reason why, for a project sent back or dropped; or {@code null}
   */
  void move(ProjectStatus to, String reason) {
    if (to == ProjectStatus.ACTIVE && approvedAt == null) {
      approvedAt = now();
    }
    this.status = to;
    this.statusReason = reason;
    this.statusSince = now();
    this.updatedAt = statusSince;
  }

  /**
   * @return true once approved and while it stays so: its page, lists, feed and search are open to
   *     everyone; a proposal withdrawn or dropped before approval never is
   */
  public boolean isPublic() {
    return status.isPublic() && approvedAt != null;
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return the address below {@code projects/}
   */
  public String getSlug() {
    return slug;
  }

  /**
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * @return what it is and what it needs, in a sentence or two
   */
  public String getSummary() {
    return summary;
  }

  /**
   * @return the description as written (Markdown), or {@code null}
   */
  public String getDescriptionSource() {
    return descriptionSource;
  }

  /**
   * @return the description rendered and sanitised, or {@code null}
   */
  public String getDescriptionHtml() {
    return descriptionHtml;
  }

  /**
   * @return the language it is written in
   */
  public String getLanguage() {
    return language;
  }

  /**
   * @return its chapter, or {@code null} for a project of the whole federation
   */
  public Long getChapterId() {
    return chapterId;
  }

  /**
   * @return where it stands
   */
  public ProjectStatus getStatus() {
    return status;
  }

  /**
   * @return why it was sent back or dropped, or {@code null}
   */
  public String getStatusReason() {
    return statusReason;
  }

  /**
   * @return when its status last changed, UTC
   */
  public LocalDateTime getStatusSince() {
    return statusSince;
  }

  /**
   * @return the day it starts (or started), or {@code null}
   */
  public LocalDate getStartsOn() {
    return startsOn;
  }

  /**
   * @return the member who proposed it
   */
  public long getInitiatorId() {
    return initiatorId;
  }

  /**
   * @return when it was approved, UTC, or {@code null}
   */
  public LocalDateTime getApprovedAt() {
    return approvedAt;
  }

  /**
   * @return when it was proposed, UTC
   */
  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  /**
   * @return when it last changed, UTC
   */
  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  /**
   * @return the version, for changes made from an older copy
   */
  public long getVersion() {
    return version;
  }

  /**
   * @return its tags, in alphabetical order
   */
  public Set<String> getTags() {
    return new TreeSet<>(tags);
  }

  /**
   * @return the stored name of its cover picture, or {@code null}
   */
  public String getCover() {
    return cover;
  }

  void cover(String name) {
    this.cover = name;
    this.updatedAt = now();
  }
}
