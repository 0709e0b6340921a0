package org.plenum.blog;

/** Whether readers see a comment. */
public enum CommentStatus {
  /** Waiting for a moderator. */
  PENDING,
  /** Shown under the post. */
  VISIBLE,
  /** Kept but not shown, after moderation. */
  HIDDEN
}
