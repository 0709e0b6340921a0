package org.plenum.spi;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Feeds a module offers below {@code /feeds/} — RSS, Atom, iCalendar — for feed readers and
 * calendars. Implement it as a CDI bean in the module's jar. The core routes {@code /feeds/…}: it
 * asks the enabled modules' sources in turn, answers 404 when none knows the address, sets the
 * caching headers and keeps public feeds in its page cache (tag them with {@code
 * CurrentReader.cache}). A module never registers a servlet for its feeds.
 *
 * @since 1.2.0
 */
public interface FeedSource {

  /**
   * A feed, written out.
   *
   * @param type its media type with its character set, such as {@code
   *     application/rss+xml;charset=UTF-8} (see {@link FeedLink} for the usual types)
   * @param body the feed's text, sent in UTF-8
   * @param personal true for a feed at a secret address of one member's (their calendar): then
   *     nothing on the way keeps it and no referrer carries its address
   */
  record Feed(String type, String body, boolean personal) {

    /**
     * Rejects missing parts.
     *
     * @param type see the record component
     * @param body see the record component
     * @param personal see the record component
     */
    public Feed {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(body, "body");
    }
  }

  /**
   * @return the contributing module's id
   */
  String moduleId();

  /**
   * The feed at an address, when it is one of this module's.
   *
   * @param path the address below {@code /feeds/}, without the leading slash, such as {@code
   *     en/news.rss} or {@code events/all.ics}, decoded
   * @param parameters the query's parameters (the first value of each)
   * @return the feed, or empty when the address is not one of this module's or names nothing
   */
  Optional<Feed> feed(String path, Map<String, String> parameters);
}
