package org.plenum.api;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The site's configuration, from MicroProfile Config: each key can also be set with an environment
 * variable ({@code plenum.search.log-days} from {@code PLENUM_SEARCH_LOG_DAYS}). A module names its
 * keys {@code plenum.<module id>.<name>} and documents them.
 */
public interface SiteConfig {

  /**
   * The data folder. A module keeps its files in a folder named after it below this one.
   *
   * @return an absolute path
   */
  Path dataFolder();

  /**
   * The address the site is reached at, for links in mails and feeds.
   *
   * @return such as {@code https://example.org}, without trailing slash
   */
  String baseUrl();

  /**
   * A configured value.
   *
   * @param <T> its type
   * @param key the key
   * @param type its type
   * @return the value, when set
   */
  <T> Optional<T> value(String key, Class<T> type);
}
