package org.plenum.blog;

/**
 * Fired after a post's public face may have changed: published, edited while public, archived,
 * deleted, a comment shown or hidden. Caches of pages listing posts listen.
 *
 * @param postId the post
 * @param blogId its blog
 * @param group the translation group it belongs to
 * @param what what happened
 */
public record PostChanged(long postId, long blogId, String group, What what) {

  /** What happened. */
  public enum What {
    /** Saved. */
    SAVED,
    /** Made public, now or by the scheduler. */
    PUBLISHED,
    /** Taken out of public view. */
    WITHDRAWN,
    /** Deleted. */
    DELETED,
    /** A comment under it was shown, hidden or deleted. */
    COMMENTS
  }
}
