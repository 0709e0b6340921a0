package org.plenum.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clean URL of a module, mapped to one of its Facelets views.
 *
 * <p>The pattern is the path below the language prefix, such as {@code "pages/{slug}/edit"} for
 * {@code /en/pages/about/edit}; a {@code {name}} segment matches one path segment of lower-case
 * letters, digits and hyphens (a slug) and is handed to the view as a request parameter of that
 * name. An empty pattern is the language's home.
 *
 * @param pattern the path pattern below the language prefix
 * @param viewId the Facelets view, under the jar's {@code META-INF/resources}
 * @param access who may open it
 * @param priority lower first; use a high number for catch-all patterns such as {@code {slug}}
 * @param stateful true when the view holds a form and so needs a session; open routes are otherwise
 *     served stateless (no session, no view state) so that they can be cached
 */
public record Route(String pattern, String viewId, Access access, int priority, boolean stateful) {

  private static final Pattern PARAM = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");
  private static final String SEGMENT = "([a-z0-9](?:[a-z0-9-]{0,198}[a-z0-9])?)";

  /**
   * Validates the parts.
   *
   * @param pattern see the record component
   * @param viewId see the record component
   * @param access see the record component
   * @param priority see the record component
   * @param stateful see the record component
   */
  public Route {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(viewId, "viewId");
    Objects.requireNonNull(access, "access");
    if (pattern.startsWith("/") || pattern.endsWith("/")) {
      throw new IllegalArgumentException("route pattern must not start or end with '/'");
    }
    if (!viewId.startsWith("/") || !viewId.endsWith(".xhtml")) {
      throw new IllegalArgumentException("view id must be an absolute .xhtml path: " + viewId);
    }
  }

  /**
   * A route anyone may open, served as a stateless page.
   *
   * @param pattern path pattern
   * @param viewId Facelets view
   * @return the route
   */
  public static Route open(String pattern, String viewId) {
    return new Route(pattern, viewId, Access.anyone(), 100, false);
  }

  /**
   * A route anyone may open whose view posts a form (a log-in page): it gets a session.
   *
   * @param pattern path pattern
   * @param viewId Facelets view
   * @return the route
   */
  public static Route openForm(String pattern, String viewId) {
    return new Route(pattern, viewId, Access.anyone(), 100, true);
  }

  /**
   * A route that needs a permission.
   *
   * @param pattern path pattern
   * @param viewId Facelets view
   * @param permission the permission required
   * @return the route
   */
  public static Route guarded(String pattern, String viewId, String permission) {
    return new Route(pattern, viewId, Access.permission(permission), 100, true);
  }

  /**
   * Returns a copy of this route with another priority.
   *
   * @param value lower is tried first
   * @return the copy
   */
  public Route withPriority(int value) {
    return new Route(pattern, viewId, access, value, stateful);
  }

  /**
   * Matches a path below the language prefix.
   *
   * @param path such as {@code pages/about/edit}, without leading or trailing slash
   * @return the path parameters by name, or {@code null} when the route does not match
   */
  public Map<String, String> match(String path) {
    Matcher m = compiled().matcher(path);
    if (!m.matches()) {
      return null;
    }
    List<String> names = parameterNames();
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      values.put(names.get(i), m.group(i + 1));
    }
    return values;
  }

  /**
   * Builds a path from this route's pattern.
   *
   * @param values a value per parameter, in order of appearance
   * @return the path below the language prefix
   */
  public String expand(String... values) {
    Matcher m = PARAM.matcher(pattern);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values[i++]));
    }
    m.appendTail(out);
    return out.toString();
  }

  private List<String> parameterNames() {
    List<String> names = new ArrayList<>();
    Matcher m = PARAM.matcher(pattern);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private Pattern compiled() {
    return COMPILED.computeIfAbsent(pattern, Route::compile);
  }

  /** Compiled patterns, shared: a route is matched on every request. */
  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private static Pattern compile(String pattern) {
    StringBuilder regex = new StringBuilder();
    Matcher m = PARAM.matcher(pattern);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(pattern.substring(last, m.start()))).append(SEGMENT);
      last = m.end();
    }
    regex.append(Pattern.quote(pattern.substring(last)));
    return Pattern.compile(regex.toString());
  }

  /**
   * Who may open a route.
   *
   * @param permission the permission needed, or {@code null} when none is
   * @param signedIn true when the reader must be logged in
   */
  public record Access(String permission, boolean signedIn) {
    /**
     * Anyone, including anonymous visitors.
     *
     * @return open access
     */
    public static Access anyone() {
      return new Access(null, false);
    }

    /**
     * Any logged-in reader, such as for one's own account page.
     *
     * @return signed-in access
     */
    public static Access member() {
      return new Access(null, true);
    }

    /**
     * Logged-in readers holding a permission.
     *
     * @param name the permission
     * @return guarded access
     */
    public static Access permission(String name) {
      return new Access(Objects.requireNonNull(name), true);
    }

    /**
     * Tells whether anonymous visitors may open the route.
     *
     * @return true for open routes
     */
    public boolean isOpen() {
      return !signedIn;
    }
  }
}
