package org.plenum.api;

import java.util.Optional;

/** The site's routes, for a module that lets members choose addresses (so as not to take one). */
public interface Routes {

  /**
   * The route that answers a path, of whichever module.
   *
   * @param moduleId the module that contributed the route
   * @param pattern the route's pattern, such as {@code news/{slug}}
   */
  record Match(String moduleId, String pattern) {}

  /**
   * Which route answers a path below the language prefix.
   *
   * @param path such as {@code news/x}
   * @return the route, if one answers
   */
  Optional<Match> match(String path);
}
