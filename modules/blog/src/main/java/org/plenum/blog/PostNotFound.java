package org.plenum.blog;

/** A post that does not exist, or that the actor may not know of. */
public class PostNotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param id the post asked for
   */
  public PostNotFound(long id) {
    super("no post " + id);
  }
}
