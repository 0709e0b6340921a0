package org.plenum.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A member's comment under a post. Its HTML was sanitised when it was written. */
@Entity
@Table(name = "blog_comment")
public class Comment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "post_id")
  private Long postId;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "body_source")
  private String bodySource;

  @Column(name = "body_html")
  private String bodyHtml;

  @Enumerated(EnumType.STRING)
  private CommentStatus status;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "moderated_by")
  private String moderatedBy;

  @Column(name = "moderated_at")
  private LocalDateTime moderatedAt;

  @Version private long version;

  protected Comment() {}

  Comment(Long postId, Long accountId, String source, String html, CommentStatus status) {
    this.postId = postId;
    this.accountId = accountId;
    this.bodySource = source;
    this.bodyHtml = html;
    this.status = status;
    this.createdAt = Post.now();
  }

  void moderate(CommentStatus to, String by) {
    this.status = to;
    this.moderatedBy = by;
    this.moderatedAt = Post.now();
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return the post
   */
  public Long getPostId() {
    return postId;
  }

  /**
   * @return the writer's account
   */
  public Long getAccountId() {
    return accountId;
  }

  /**
   * @return the text as written
   */
  public String getBodySource() {
    return bodySource;
  }

  /**
   * @return the text rendered and sanitised
   */
  public String getBodyHtml() {
    return bodyHtml;
  }

  /**
   * @return whether it shows
   */
  public CommentStatus getStatus() {
    return status;
  }

  /**
   * @return when it was written
   */
  public Instant getCreated() {
    return createdAt.toInstant(ZoneOffset.UTC);
  }

  /**
   * @return who moderated it last, or {@code null}
   */
  public String getModeratedBy() {
    return moderatedBy;
  }
}
