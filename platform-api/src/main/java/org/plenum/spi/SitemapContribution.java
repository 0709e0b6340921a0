package org.plenum.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A module's public addresses, for the site's {@code /sitemap.xml}. Implement it as a CDI bean in
 * the module's jar; only enabled modules are asked, and only for what anonymous visitors may read.
 */
public interface SitemapContribution {

  /**
   * One public address.
   *
   * @param lang the language prefix
   * @param path the path below it, such as {@code news/my-post}
   * @param lastModified when it last changed, or {@code null} when unknown
   */
  record Entry(String lang, String path, Instant lastModified) {

    /**
     * Rejects null parts.
     *
     * @param lang see the record component
     * @param path see the record component
     * @param lastModified see the record component
     */
    public Entry {
      Objects.requireNonNull(lang, "lang");
      Objects.requireNonNull(path, "path");
    }
  }

  /**
   * @return the contributing module's id
   */
  String moduleId();

  /**
   * The module's public addresses.
   *
   * @param languages the languages the site offers
   * @return addresses, in any order
   */
  List<Entry> sitemap(List<String> languages);
}
