package org.plenum.api;

/**
 * Members' Markdown, made safe: every piece of HTML a member wrote reaches readers through here,
 * with scripts, event handlers, styles and foreign frames removed.
 */
public interface Markdown {

  /**
   * Renders Markdown to sanitised HTML.
   *
   * @param markdown the source, may be {@code null}
   * @return safe HTML, empty for {@code null}
   */
  String render(String markdown);

  /**
   * Sanitises HTML that came from elsewhere (an import, a feed) with the same policy.
   *
   * @param html the HTML
   * @return safe HTML
   */
  String sanitise(String html);
}
