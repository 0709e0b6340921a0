package org.plenum.api;

import java.util.List;
import java.util.Optional;

/**
 * The federation's chapters: a tree of local, regional and national chapters (and working
 * groups) that members join. Read-only for modules; chapters are founded, moved and edited in
 * the core's own pages.
 */
public interface Chapters {

  /**
   * A chapter by its id.
   *
   * @param id the id
   * @return the chapter, if it exists
   */
  Optional<Chapter> byId(long id);

  /**
   * A chapter by its address.
   *
   * @param slug such as {@code iops-london}
   * @return the chapter, if it exists
   */
  Optional<Chapter> bySlug(String slug);

  /**
   * The chapters above one, from the top of the tree down to its parent.
   *
   * @param id the chapter
   * @return its ancestors; empty for the top or an unknown chapter
   */
  List<Chapter> ancestors(long id);

  /**
   * The chapters a member belongs to.
   *
   * @param memberId the member's id
   * @return their chapters, by name
   */
  List<Chapter> of(long memberId);

  /**
   * Tells whether a chapter is a given one or lies below it.
   *
   * @param chapterId the chapter
   * @param ancestorId the one it may lie within
   * @return true when {@code chapterId} is {@code ancestorId} or below it
   */
  boolean within(long chapterId, long ancestorId);
}
