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
 * Something a project needs people for — "two translators into Spanish" — with how many places, how
 * many are filled, and whether it is still open.
 */
@Entity
@Cacheable(false)
@Table(name = "projects_need")
public class Need {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id")
  private long projectId;

  private String title;
  private String details;
  private int places;
  private int filled;
  private boolean open;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  /** For JPA. */
  protected Need() {}

  Need(long projectId) {
    this.projectId = projectId;
    this.open = true;
    this.createdAt = Project.now();
  }

  void describe(String title, String details, int places) {
    this.title = title;
    this.details = details;
    this.places = places;
    this.open = filled < places;
  }

  void fill() {
    filled++;
    open = filled < places;
  }

  void open(boolean open) {
    this.open = open;
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
   * @return what is needed
   */
  public String getTitle() {
    return title;
  }

  /**
   * @return more about it, or {@code null}
   */
  public String getDetails() {
    return details;
  }

  /**
   * @return how many people are needed
   */
  public int getPlaces() {
    return places;
  }

  /**
   * @return how many offers were accepted
   */
  public int getFilled() {
    return filled;
  }

  /**
   * @return true while offers are welcome
   */
  public boolean isOpen() {
    return open;
  }
}
