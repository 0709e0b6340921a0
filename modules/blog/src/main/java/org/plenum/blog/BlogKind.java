package org.plenum.blog;

/** Whose blog it is. */
public enum BlogKind {
  /** The site's News, written by editors. */
  SITE,
  /** A chapter's blog, written by its coordinators. */
  CHAPTER,
  /** A member's own blog. */
  MEMBER
}
