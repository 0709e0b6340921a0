package org.plenum.core.chapters;

/** What a chapter is in the federation; the tree goes from international to local. */
public enum ChapterKind {
  /** The whole organisation; the root. */
  INTERNATIONAL,
  /** A country's chapter. */
  NATIONAL,
  /** A region's chapter within a country. */
  REGIONAL,
  /** A city's or town's chapter, where members meet. */
  LOCAL,
  /** A group that works on a subject, hanging anywhere in the tree. */
  WORKING_GROUP
}
