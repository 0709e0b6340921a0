package org.plenum.blog;

import java.io.InputStream;
import java.util.Objects;

/**
 * What a save does to the post's cover.
 *
 * @param remove true to take the cover away
 * @param upload the new picture as uploaded, or {@code null}
 */
public record CoverChange(boolean remove, InputStream upload) {

  /** The cover stays as it is. */
  public static final CoverChange KEEP = new CoverChange(false, null);

  /** The cover is taken away. */
  public static final CoverChange REMOVE = new CoverChange(true, null);

  /**
   * A new cover.
   *
   * @param upload the picture as uploaded
   * @return the change
   */
  public static CoverChange replaceWith(InputStream upload) {
    return new CoverChange(false, Objects.requireNonNull(upload));
  }
}
