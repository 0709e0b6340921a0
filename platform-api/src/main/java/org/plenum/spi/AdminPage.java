package org.plenum.spi;

/** A CDI bean of a module that lists one of its pages in the administration menu. */
public interface AdminPage {

  /**
   * The module that contributes.
   *
   * @return a module id
   */
  String moduleId();

  /**
   * Message key of the link text.
   *
   * @return a key of the module's bundle
   */
  String labelKey();

  /**
   * The page, as a path below the language prefix (one of the module's routes).
   *
   * @return such as {@code pages/manage}
   */
  String path();

  /**
   * The permission needed to see the link; the route itself is guarded separately.
   *
   * @return a permission name
   */
  String permission();
}
