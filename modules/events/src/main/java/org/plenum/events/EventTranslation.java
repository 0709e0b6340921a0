package org.plenum.events;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** An event's title and description in another of the site's languages. */
@Entity
@Cacheable(false)
@Table(name = "events_translation")
public class EventTranslation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id")
  private Long eventId;

  private String language;
  private String title;

  @Column(name = "description_source")
  private String descriptionSource;

  @Column(name = "description_html")
  private String descriptionHtml;

  @Column(name = "translated_by")
  private String translatedBy;

  @Column(name = "translated_at")
  private LocalDateTime translatedAt;

  protected EventTranslation() {}

  EventTranslation(Long eventId, String language) {
    this.eventId = eventId;
    this.language = language;
  }

  void write(String title, String source, String html, String by) {
    this.title = title;
    this.descriptionSource = source;
    this.descriptionHtml = html;
    this.translatedBy = by;
    this.translatedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  /**
   * @return the event
   */
  public Long getEventId() {
    return eventId;
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
   * @return the description as written, or {@code null}
   */
  public String getDescriptionSource() {
    return descriptionSource;
  }

  /**
   * @return the description, rendered and sanitised, or {@code null}
   */
  public String getDescriptionHtml() {
    return descriptionHtml;
  }
}
