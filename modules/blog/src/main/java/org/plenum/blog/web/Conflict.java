package org.plenum.blog.web;

import java.time.Instant;
import java.util.List;
import org.plenum.blog.Differences;
import org.plenum.blog.Post;

/**
 * Someone else's save that came in between, as the editor shows it.
 *
 * @param by who saved
 * @param at when
 * @param version the version now stored
 * @param lines their body against the writer's
 */
public record Conflict(String by, Instant at, long version, List<Differences.Line> lines) {

  /**
   * The conflict between the stored post and what the writer typed.
   *
   * @param stored the post as stored now
   * @param mine the writer's body
   * @return the conflict
   */
  public static Conflict between(Post stored, String mine) {
    return new Conflict(
        stored.getUpdatedBy(),
        stored.getUpdated(),
        stored.getVersion(),
        Differences.of(stored.getBodySource(), mine));
  }
}
