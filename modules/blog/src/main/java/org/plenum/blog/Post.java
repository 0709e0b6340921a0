package org.plenum.blog;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A post in a blog. Times are kept in UTC. */
@Entity
@Table(name = "blog_post")
public class Post {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "blog_id")
  private Long blogId;

  private String slug;
  private String title;
  private String summary;

  @Column(name = "body_source")
  private String bodySource;

  @Column(name = "body_html")
  private String bodyHtml;

  private String language;

  @Enumerated(EnumType.STRING)
  private PostStatus status;

  @Column(name = "publish_at")
  private LocalDateTime publishAt;

  @Column(name = "published_at")
  private LocalDateTime publishedAt;

  @Column(name = "translation_group")
  private String translationGroup;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  private String cover;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "blog_post_author", joinColumns = @JoinColumn(name = "post_id"))
  @Column(name = "account_id")
  @OrderColumn(name = "position")
  private List<Long> authorIds = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "blog_post_tag", joinColumns = @JoinColumn(name = "post_id"))
  @Column(name = "tag")
  private Set<String> tags = new TreeSet<>();

  protected Post() {}

  /**
   * @return the present moment as the blog stores it: UTC, to the second
   */
  static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
  }

  Post(Long blogId, String language, String translationGroup) {
    this.blogId = blogId;
    this.language = language;
    this.translationGroup = translationGroup;
    this.status = PostStatus.DRAFT;
    this.createdAt = now();
    this.updatedAt = createdAt;
  }

  void write(
      String slug,
      String title,
      String summary,
      String source,
      String html,
      List<Long> authors,
      Set<String> tags,
      String by) {
    this.slug = slug;
    this.title = title;
    this.summary = summary;
    this.bodySource = source;
    this.bodyHtml = html;
    this.authorIds = new ArrayList<>(authors);
    this.tags = new TreeSet<>(tags);
    this.updatedAt = now();
    this.updatedBy = by;
  }

  void publish(LocalDateTime at) {
    this.status = PostStatus.PUBLISHED;
    if (publishedAt == null || at.isBefore(publishedAt)) {
      this.publishedAt = at;
    }
    this.publishAt = null;
  }

  void submit() {
    this.status = PostStatus.SUBMITTED;
    this.submittedAt = now();
  }

  void schedule(LocalDateTime at) {
    this.status = PostStatus.SCHEDULED;
    this.publishAt = at;
  }

  void archive() {
    this.status = PostStatus.ARCHIVED;
    this.publishAt = null;
  }

  void backToDraft() {
    this.status = PostStatus.DRAFT;
    this.publishAt = null;
  }

  void cover(String name) {
    this.cover = name;
  }

  void touch(String by) {
    this.updatedAt = now();
    this.updatedBy = by;
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return its blog
   */
  public Long getBlogId() {
    return blogId;
  }

  /**
   * @return its address within the blog
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
   * @return the summary, plain text
   */
  public String getSummary() {
    return summary;
  }

  /**
   * @return the body as written (Markdown, possibly with HTML)
   */
  public String getBodySource() {
    return bodySource;
  }

  /**
   * @return the body rendered and sanitised
   */
  public String getBodyHtml() {
    return bodyHtml;
  }

  /**
   * @return its language
   */
  public String getLanguage() {
    return language;
  }

  /**
   * @return its status
   */
  public PostStatus getStatus() {
    return status;
  }

  /**
   * @return when it was published, in UTC, or {@code null}
   */
  public LocalDateTime getPublishedAt() {
    return publishedAt;
  }

  /**
   * @return when it was published, or {@code null}
   */
  public Instant getPublished() {
    return publishedAt == null ? null : publishedAt.toInstant(ZoneOffset.UTC);
  }

  /**
   * @return when it last changed
   */
  public Instant getUpdated() {
    return updatedAt == null ? null : updatedAt.toInstant(ZoneOffset.UTC);
  }

  /**
   * @return the group its translations share
   */
  public String getTranslationGroup() {
    return translationGroup;
  }

  /**
   * @return its authors' account ids, in order
   */
  public List<Long> getAuthorIds() {
    return List.copyOf(authorIds);
  }

  /**
   * @return its tags, sorted
   */
  public Set<String> getTags() {
    return Set.copyOf(tags);
  }

  /**
   * @return its tags, sorted, for pages
   */
  public List<String> getTagList() {
    return List.copyOf(new TreeSet<>(tags));
  }

  /**
   * @return the cover image's stored name, or {@code null}
   */
  public String getCover() {
    return cover;
  }

  /**
   * @return when it will publish itself, UTC, for a scheduled post
   */
  public LocalDateTime getPublishAt() {
    return publishAt;
  }

  /**
   * @return when it will publish itself, for a scheduled post
   */
  public Instant getScheduled() {
    return publishAt == null ? null : publishAt.toInstant(ZoneOffset.UTC);
  }

  /**
   * @return when it was last submitted for review, or {@code null}
   */
  public Instant getSubmitted() {
    return submittedAt == null ? null : submittedAt.toInstant(ZoneOffset.UTC);
  }

  /**
   * @return who saved it last
   */
  public String getUpdatedBy() {
    return updatedBy;
  }

  /**
   * @return the version, for conflicts
   */
  public long getVersion() {
    return version;
  }
}
