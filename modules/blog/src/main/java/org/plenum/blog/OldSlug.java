package org.plenum.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An address a post had before its slug changed; it redirects to the current one. */
@Entity
@Table(name = "blog_old_slug")
@IdClass(OldSlug.Key.class)
public class OldSlug {

  @Id
  @Column(name = "blog_id")
  private Long blogId;

  @Id private String slug;

  @Column(name = "post_id")
  private Long postId;

  protected OldSlug() {}

  OldSlug(Long blogId, String slug, Long postId) {
    this.blogId = blogId;
    this.slug = slug;
    this.postId = postId;
  }

  /**
   * @return the post it leads to
   */
  public Long getPostId() {
    return postId;
  }

  void pointTo(Long post) {
    this.postId = post;
  }

  /**
   * The key of an old address.
   *
   * @param blogId the blog
   * @param slug the address
   * @return the key
   */
  static Key key(long blogId, String slug) {
    Key k = new Key();
    k.blogId = blogId;
    k.slug = slug;
    return k;
  }

  /** The primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long blogId;
    private String slug;

    /** For JPA. */
    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(blogId, k.blogId) && Objects.equals(slug, k.slug);
    }

    @Override
    public int hashCode() {
      return Objects.hash(blogId, slug);
    }
  }
}
