package org.plenum.spi;

/**
 * A theme: a Facelets layout plus its assets, in one jar found through {@code
 * META-INF/services/org.plenum.spi.Theme}. The site setting {@code site.theme} picks one by id.
 * Assets live under the jar's {@code META-INF/resources/themes/<id>/} and must be self-hosted: no
 * CDN, no third-party request.
 */
public interface Theme {

  /**
   * The theme's id, also its folder under {@code themes/}.
   *
   * @return such as {@code default}
   */
  String id();

  /**
   * The layout template that every page is composed into. It must insert the {@code title} and
   * {@code content} sections and include the core's head and menu parts.
   *
   * @return a view path, such as {@code /themes/default/layout.xhtml}
   */
  default String layout() {
    return "/themes/" + id() + "/layout.xhtml";
  }

  /**
   * Message key of the theme's display name in the admin.
   *
   * @return a key of the core bundle or of a module's bundle
   */
  default String nameKey() {
    return "theme." + id() + ".name";
  }
}
