package org.plenum.projects.web;

import org.plenum.api.Member;
import org.plenum.projects.Message;

/** A message of a discussion as the page shows it: its depth, author, what the reader may do. */
public final class DiscussionRow {

  /** The deepest indentation shown; deeper replies line up at it. */
  static final int DEPTH_MAX = 6;

  private final Message message;
  private final int depth;
  private final Member author;
  private final boolean editable;
  private final long reports;
  private final boolean locked;

  DiscussionRow(
      Message message, int depth, Member author, boolean editable, long reports, boolean locked) {
    this.message = message;
    this.depth = depth;
    this.author = author;
    this.editable = editable;
    this.reports = reports;
    this.locked = locked;
  }

  /**
   * @return the message
   */
  public Message getMessage() {
    return message;
  }

  /**
   * @return its indentation, 0 for a thread's first message
   */
  public int getDepth() {
    return Math.min(depth, DEPTH_MAX);
  }

  /**
   * @return its author's name, or {@code null} when they left
   */
  public String getAuthor() {
    return author == null ? null : author.displayName();
  }

  /**
   * @return true when the reader wrote it and may still change it
   */
  public boolean isEditable() {
    return editable;
  }

  /**
   * @return how many times it was reported, for the moderators
   */
  public long getReports() {
    return reports;
  }

  /**
   * @return true when its thread is locked
   */
  public boolean isLocked() {
    return locked;
  }
}
