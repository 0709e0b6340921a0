package org.plenum.core.chapters;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A chapter of the federation. Its place in the tree is kept twice: the parent, and the
 * materialised path of ids from the root ({@code /1/4/9/}) that makes "this chapter and all below
 * it" one indexed query.
 */
@Entity
@Table(name = "plenum_chapter")
public class Chapter {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "parent_id")
  private Long parentId;

  @Enumerated(EnumType.STRING)
  private ChapterKind kind;

  private String slug;
  private String name;
  private String city;
  private String region;
  private String country;

  @Column(name = "founded_on")
  private LocalDate foundedOn;

  @Column(name = "description_markdown")
  private String descriptionMarkdown;

  @Column(name = "description_html")
  private String descriptionHtml;

  @Column(name = "tree_path")
  private String treePath;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Version private long version;

  protected Chapter() {}

  Chapter(ChapterKind kind) {
    this.kind = kind;
    this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    this.treePath = "/";
  }

  void describe(
      String slug,
      String name,
      String city,
      String region,
      String country,
      LocalDate foundedOn,
      String markdown,
      String html) {
    this.slug = slug;
    this.name = name;
    this.city = city;
    this.region = region;
    this.country = country;
    this.foundedOn = foundedOn;
    this.descriptionMarkdown = markdown;
    this.descriptionHtml = html;
  }

  void placeUnder(Chapter parent) {
    this.parentId = parent == null ? null : parent.getId();
    this.treePath = (parent == null ? "/" : parent.getTreePath()) + id + "/";
  }

  void rebase(String oldPrefix, String newPrefix) {
    this.treePath = newPrefix + treePath.substring(oldPrefix.length());
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return the parent's id, or {@code null} for the root
   */
  public Long getParentId() {
    return parentId;
  }

  /**
   * @return the kind
   */
  public ChapterKind getKind() {
    return kind;
  }

  /**
   * @return the URL slug, unique in the federation
   */
  public String getSlug() {
    return slug;
  }

  /**
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * @return the city, or {@code null}
   */
  public String getCity() {
    return city;
  }

  /**
   * @return the region, or {@code null}
   */
  public String getRegion() {
    return region;
  }

  /**
   * @return the ISO 3166 country code, or {@code null}
   */
  public String getCountry() {
    return country;
  }

  /**
   * @return the founding date, or {@code null}
   */
  public LocalDate getFoundedOn() {
    return foundedOn;
  }

  /**
   * @return the description as written
   */
  public String getDescriptionMarkdown() {
    return descriptionMarkdown;
  }

  /**
   * @return the description as sanitised HTML
   */
  public String getDescriptionHtml() {
    return descriptionHtml;
  }

  /**
   * @return the ids from the root to this chapter, as {@code /1/4/9/}
   */
  public String getTreePath() {
    return treePath;
  }

  /**
   * @return the depth: 0 for the root
   */
  public int getDepth() {
    return (int) treePath.chars().filter(c -> c == '/').count() - 2;
  }

  /**
   * @return the optimistic-lock version
   */
  public long getVersion() {
    return version;
  }
}
