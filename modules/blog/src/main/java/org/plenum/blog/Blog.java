package org.plenum.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A blog: the site's News, a chapter's blog or a member's. */
@Entity
@Table(name = "blog_blog")
public class Blog {

  /** The slug of the site's News. */
  public static final String NEWS = "news";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private BlogKind kind;

  private String slug;

  @Column(name = "chapter_id")
  private Long chapterId;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "requires_review")
  private boolean requiresReview;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  protected Blog() {}

  Blog(BlogKind kind, String slug, Long chapterId, Long accountId) {
    this.kind = kind;
    this.slug = slug;
    this.chapterId = chapterId;
    this.accountId = accountId;
    this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return whose blog it is
   */
  public BlogKind getKind() {
    return kind;
  }

  /**
   * @return its address: {@code news}, a chapter's or a member's slug
   */
  public String getSlug() {
    return slug;
  }

  /**
   * @return the chapter, for a chapter's blog
   */
  public Long getChapterId() {
    return chapterId;
  }

  /**
   * @return the member, for a member's blog
   */
  public Long getAccountId() {
    return accountId;
  }

  /**
   * @return true when posts wait for an editor before they appear
   */
  public boolean isRequiresReview() {
    return requiresReview;
  }

  /**
   * A post's path below the language: {@code news/<post>} in the News, {@code blogs/<blog>/<post>}
   * elsewhere.
   *
   * @param postSlug the post's address in this blog
   * @return the path
   */
  public String postPath(String postSlug) {
    return isNews() ? "news/" + postSlug : "blogs/" + slug + "/" + postSlug;
  }

  /**
   * @return true for the site's News
   */
  public boolean isNews() {
    return kind == BlogKind.SITE;
  }
}
