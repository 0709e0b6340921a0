package org.plenum.api;

import java.util.List;
import java.util.Optional;

/**
 * The federation's chapters: a tree of local, regional and national chapters (and working groups)
 * that members join. Read-only for modules; chapters are founded, moved and edited in the core's
 * own pages.
 */
public interface Chapters {

  /** The page-cache tag of everything that shows chapters ({@link CurrentReader#cache}). */
  String TAG = "core.chapters";

  /**
   * A chapter in the tree.
   *
   * @param chapter the chapter
   * @param depth 0 for the top
   * @param members how many members it has, itself only
   */
  record Node(Chapter chapter, int depth, long members) {
    /**
     * @return the chapter, for pages
     */
    public Chapter getChapter() {
      return chapter;
    }

    /**
     * @return the depth, for pages
     */
    public int getDepth() {
      return depth;
    }
  }

  /**
   * A member's place in a chapter or below it.
   *
   * @param memberId the member
   * @param chapterId the chapter they joined
   * @param treePath that chapter's path in the tree
   */
  record Enrolment(long memberId, long chapterId, String treePath) {}

  /**
   * Someone shown in a list of people.
   *
   * @param name the name shown
   * @param slug the profile's address
   * @param avatar the picture's file name, or {@code null}
   */
  record Person(String name, String slug, String avatar) {
    /**
     * @return the name, for pages
     */
    public String getName() {
      return name;
    }

    /**
     * @return the profile's address, for pages
     */
    public String getSlug() {
      return slug;
    }

    /**
     * @return the picture, for pages
     */
    public String getAvatar() {
      return avatar;
    }
  }

  /**
   * The whole tree, depth first, children by name.
   *
   * @return every chapter with its depth
   */
  List<Node> tree();

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

  /**
   * Tells whether a member joined a chapter itself.
   *
   * @param chapterId the chapter
   * @param memberId the member
   * @return true when they are its member
   */
  boolean isMember(long chapterId, long memberId);

  /**
   * Makes a member join a chapter.
   *
   * @param chapterId the chapter
   * @param memberId the member
   * @return true when they were not its member before
   */
  boolean join(long chapterId, long memberId);

  /**
   * The members of a chapter and of every chapter below it.
   *
   * @param chapterId the chapter
   * @return their enrolments
   */
  List<Enrolment> membersWithin(long chapterId);

  /**
   * Where a member belongs within a chapter's part of the tree.
   *
   * @param chapterId the chapter
   * @param memberId the member
   * @return their enrolment there or below, if any
   */
  Optional<Enrolment> enrolmentWithin(long chapterId, long memberId);

  /**
   * A chapter's coordinators.
   *
   * @param chapterId the chapter
   * @return the people, by name
   */
  List<Person> coordinators(long chapterId);

  /**
   * The chapters a member coordinates.
   *
   * @param memberId the member
   * @return the chapters
   */
  List<Chapter> coordinatedBy(long memberId);
}
