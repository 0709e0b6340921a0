package org.plenum.blog;

/** Where a post is in its life. */
public enum PostStatus {
  /** Being written; only its authors and editors see it. */
  DRAFT,
  /** Waiting for an editor of a blog that reviews. */
  SUBMITTED,
  /** Will publish itself at its time. */
  SCHEDULED,
  /** Public. */
  PUBLISHED,
  /** Kept, out of lists. */
  ARCHIVED
}
