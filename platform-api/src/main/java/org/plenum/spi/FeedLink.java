package org.plenum.spi;

/**
 * A feed a page offers to feed readers and browsers, written in the page's head as {@code <link
 * rel="alternate" type="…" title="…" href="…">}.
 *
 * @param type the feed's media type, such as {@code application/rss+xml}, {@code
 *     application/atom+xml} or {@code text/calendar}
 * @param title what a feed reader calls it, in the page's language
 * @param path the feed's address below the site's root, such as {@code /feeds/en/news.rss}
 */
public record FeedLink(String type, String title, String path) {

  /** The media type of RSS 2.0 feeds. */
  public static final String RSS = "application/rss+xml";

  /** The media type of Atom feeds. */
  public static final String ATOM = "application/atom+xml";

  /** The media type of iCalendar feeds. */
  public static final String CALENDAR = "text/calendar";

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException when a part is missing or the path is not below the root
   */
  public FeedLink {
    if (type == null || type.isBlank() || title == null || path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("A feed link needs a type, a title and a path from /");
    }
  }
}
