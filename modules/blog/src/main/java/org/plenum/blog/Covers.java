package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.plenum.api.Pictures;

/**
 * Posts' covers: a picture checked and stored before anything else of a save is written, and thrown
 * away when the save fails or the cover is replaced or removed.
 */
@ApplicationScoped
public class Covers {

  /** Covers: 1200 × 630, the size link previews use. */
  public static final Pictures.Shape COVER = new Pictures.Shape("covers", 1200, 630, true);

  @Inject Pictures images;

  /**
   * Checks and stores a new cover before anything else is written.
   *
   * @param change what a save does to the cover
   * @return the stored picture's name, or {@code null} when the change brings none
   * @throws org.plenum.api.Rejected when the picture is refused
   */
  public String store(CoverChange change) {
    return change.remove() || change.upload() == null ? null : images.store(COVER, change.upload());
  }

  /**
   * Throws a stored cover away.
   *
   * @param name the picture's name, or {@code null} for none
   */
  public void discard(String name) {
    images.delete(COVER.kind(), name);
  }
}
