package org.plenum.pages;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A static page in one language. Translations of a page share a translation group. The body is kept
 * as written (Markdown) and as sanitised HTML, rendered once at save time.
 */
@Entity
@Table(name = "plenum_page")
public class Page {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String language;
  private String slug;
  private String title;

  @Column(name = "body_markdown")
  private String bodyMarkdown;

  @Column(name = "body_html")
  private String bodyHtml;

  @Column(name = "menu_order")
  private Integer menuOrder;

  @Column(name = "translation_group")
  private String translationGroup;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private long version;

  protected Page() {}

  Page(String language, String translationGroup) {
    this.language = language;
    this.translationGroup = translationGroup;
    this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  void write(
      String slug, String title, String markdown, String html, Integer menuOrder, String by) {
    this.slug = slug;
    this.title = title;
    this.bodyMarkdown = markdown;
    this.bodyHtml = html;
    this.menuOrder = menuOrder;
    this.updatedBy = by;
    this.updatedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return the language tag
   */
  public String getLanguage() {
    return language;
  }

  /**
   * @return the URL slug, unique within the language
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
   * @return the body as written
   */
  public String getBodyMarkdown() {
    return bodyMarkdown;
  }

  /**
   * @return the body as sanitised HTML
   */
  public String getBodyHtml() {
    return bodyHtml;
  }

  /**
   * @return the position in the main menu, or {@code null} when not in it
   */
  public Integer getMenuOrder() {
    return menuOrder;
  }

  /**
   * @return the id shared by the translations of this page
   */
  public String getTranslationGroup() {
    return translationGroup;
  }

  /**
   * @return last change
   */
  public Instant getUpdatedAt() {
    return updatedAt == null ? null : updatedAt.toInstant(ZoneOffset.UTC);
  }

  /**
   * @return who changed it last
   */
  public String getUpdatedBy() {
    return updatedBy;
  }

  /**
   * @return the optimistic-lock version
   */
  public long getVersion() {
    return version;
  }
}
