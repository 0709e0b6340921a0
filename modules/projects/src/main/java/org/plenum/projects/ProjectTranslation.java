package org.plenum.projects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A project's title, summary and description in another of the site's languages. Its team, plan,
 * updates and discussion stay the project's own.
 */
@Entity
@Cacheable(false)
@Table(name = "projects_translation")
@IdClass(ProjectTranslation.Key.class)
public class ProjectTranslation {

  @Id
  @Column(name = "project_id")
  private Long projectId;

  @Id private String language;

  private String title;
  private String summary;

  @Column(name = "description_source")
  private String descriptionSource;

  @Column(name = "description_html")
  private String descriptionHtml;

  @Column(name = "translated_by")
  private String translatedBy;

  @Column(name = "translated_at")
  private LocalDateTime translatedAt;

  /** For JPA. */
  protected ProjectTranslation() {}

  ProjectTranslation(long projectId, String language) {
    this.projectId = projectId;
    this.language = language;
  }

  void write(String newTitle, String newSummary, String source, String html, String by) {
    this.title = newTitle;
    this.summary = newSummary;
    this.descriptionSource = source;
    this.descriptionHtml = html;
    this.translatedBy = by;
    this.translatedAt = Project.now();
  }

  /**
   * @return the project
   */
  public Long getProjectId() {
    return projectId;
  }

  /**
   * @return the language
   */
  public String getLanguage() {
    return language;
  }

  /**
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * @return the summary
   */
  public String getSummary() {
    return summary;
  }

  /**
   * @return the description as written, or {@code null}
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
   * @return when it was last written, in UTC
   */
  public java.time.Instant getTranslatedInstant() {
    return translatedAt.toInstant(ZoneOffset.UTC);
  }

  /** The key: project and language. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long projectId;
    private String language;

    /** For JPA. */
    public Key() {}

    Key(Long projectId, String language) {
      this.projectId = projectId;
      this.language = language;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(projectId, k.projectId)
          && Objects.equals(language, k.language);
    }

    @Override
    public int hashCode() {
      return Objects.hash(projectId, language);
    }
  }
}
