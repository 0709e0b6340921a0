package org.plenum.examples.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A short notice, in one language. */
@Entity
@Table(name = "example_notice")
public class Notice {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String language;
  private String body;

  @Column(name = "posted_at")
  private LocalDateTime postedAt;

  protected Notice() {}

  /**
   * @return the text
   */
  public String getBody() {
    return body;
  }

  /**
   * @return the language tag
   */
  public String getLanguage() {
    return language;
  }

  /**
   * @return when it was posted (UTC)
   */
  public LocalDateTime getPostedAt() {
    return postedAt;
  }
}
