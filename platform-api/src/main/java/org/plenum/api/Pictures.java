package org.plenum.api;

import java.io.InputStream;

/**
 * Pictures members upload (covers, avatars): checked to be JPEG, PNG or GIF of sane size, redrawn
 * (which drops what else the file carried) and stored under {@code media/}.
 */
public interface Pictures {

  /**
   * How a kind of picture is stored.
   *
   * @param kind the folder under {@code media/}: {@code avatars}, {@code covers}…
   * @param width the width stored
   * @param height the height stored; with {@code crop} the picture is cut to this ratio, otherwise
   *     it is scaled to fit inside width × height
   * @param crop true to fill the whole box, cutting the middle out
   */
  record Shape(String kind, int width, int height, boolean crop) {

    /**
     * Checks the shape.
     *
     * @param kind the folder: lower-case letters, digits and dashes
     * @param width width
     * @param height height
     * @param crop crop or fit
     */
    public Shape {
      if (kind == null || !kind.matches("[a-z][a-z0-9-]{0,30}") || width < 1 || height < 1) {
        throw new IllegalArgumentException("bad picture shape: " + kind);
      }
    }
  }

  /**
   * Checks, redraws and stores a picture.
   *
   * @param shape how to store it
   * @param in the uploaded bytes
   * @return the stored file's name
   * @throws Rejected when it is not a picture this site takes
   */
  String store(Shape shape, InputStream in);

  /**
   * Deletes a stored picture; nothing happens when there is none.
   *
   * @param kind its kind
   * @param name its file name, may be {@code null}
   */
  void delete(String kind, String name);
}
