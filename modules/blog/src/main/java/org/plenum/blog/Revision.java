package org.plenum.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** One save of a post, as it was written: the history an editor compares and restores. */
@Entity
@Table(name = "blog_revision")
public class Revision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "post_id")
  private Long postId;

  private int number;
  private String title;
  private String slug;
  private String summary;

  @Column(name = "body_source")
  private String bodySource;

  private String tags;

  @Column(name = "saved_at")
  private LocalDateTime savedAt;

  @Column(name = "saved_by")
  private String savedBy;

  protected Revision() {}

  Revision(Post post, int number, String by) {
    this.postId = post.getId();
    this.number = number;
    this.title = post.getTitle();
    this.slug = post.getSlug();
    this.summary = post.getSummary();
    this.bodySource = post.getBodySource();
    this.tags = String.join("\n", post.getTagList());
    this.savedAt = Post.now();
    this.savedBy = by;
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
   * @return its number within the post, from 1
   */
  public int getNumber() {
    return number;
  }

  /**
   * @return the title then
   */
  public String getTitle() {
    return title;
  }

  /**
   * @return the address then
   */
  public String getSlug() {
    return slug;
  }

  /**
   * @return the summary then
   */
  public String getSummary() {
    return summary;
  }

  /**
   * @return the body as written then
   */
  public String getBodySource() {
    return bodySource;
  }

  /**
   * @return the tags then
   */
  public List<String> getTagList() {
    return tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n"));
  }

  /**
   * @return when it was saved
   */
  public Instant getSaved() {
    return savedAt.toInstant(ZoneOffset.UTC);
  }

  /**
   * @return who saved it (user name)
   */
  public String getSavedBy() {
    return savedBy;
  }
}
