package org.plenum.spi;

import java.util.Set;

/**
 * A CDI event a module fires after content that pages show has changed, so that cached copies of
 * those pages are dropped. Tags are the ones the pages declared when they were cached (a post page
 * declares {@code blog.post:42}); {@link #EVERYTHING} drops every cached page. Fire it once the
 * change is committed, or with a transactional observer in mind: the core drops pages both when the
 * event is fired and after the transaction ends.
 *
 * @param tags what changed
 */
public record ContentChanged(Set<String> tags) {

  /** The tag of pages that show members' names or pictures (bylines, authors' lists). */
  public static final String PEOPLE = "core.people";

  /** The tag that drops every cached page. */
  public static final String EVERYTHING = "*";

  /**
   * Copies the tags.
   *
   * @param tags what changed
   */
  public ContentChanged {
    tags = Set.copyOf(tags);
  }

  /**
   * An event for some tags.
   *
   * @param tags what changed
   * @return the event
   */
  public static ContentChanged of(String... tags) {
    return new ContentChanged(Set.of(tags));
  }

  /**
   * @return an event that drops every cached page
   */
  public static ContentChanged everything() {
    return of(EVERYTHING);
  }
}
