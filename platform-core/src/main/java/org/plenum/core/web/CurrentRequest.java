package org.plenum.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.plenum.api.Caller;
import org.plenum.api.CurrentReader;
import org.plenum.core.config.PlenumConfig;
import org.plenum.core.permissions.Authorizer;

/**
 * The current request as views and beans see it: language, caller, route, and the URLs of this page
 * in other languages.
 */
@Named("req")
@RequestScoped
public class CurrentRequest implements CurrentReader {

  @Inject HttpServletRequest request;

  @Inject Languages languages;

  @Inject Authorizer authorizer;

  @Inject PlenumConfig config;

  private final Map<String, String> alternates = new LinkedHashMap<>();

  private RequestInfo info() {
    return (RequestInfo) request.getAttribute(RequestInfo.ATTRIBUTE);
  }

  /**
   * @return the language of the page
   */
  public String getLang() {
    RequestInfo info = info();
    return info != null ? info.lang() : languages.choose(request);
  }

  /**
   * @return the locale of the page
   */
  public Locale getLocale() {
    return Locale.forLanguageTag(getLang());
  }

  /**
   * Lets this page be kept in the page cache for anonymous readers, until content with one of these
   * tags changes ({@link org.plenum.spi.ContentChanged}). Pages that do not call this are rendered
   * afresh every time.
   *
   * @param tags what the page shows, such as {@code blog.post:42}
   */
  public void cache(String... tags) {
    @SuppressWarnings("unchecked")
    Set<String> set = (Set<String>) request.getAttribute(PageCache.TAGS);
    Set<String> merged = new HashSet<>(set == null ? Set.of() : set);
    merged.addAll(List.of(tags));
    request.setAttribute(PageCache.TAGS, Set.copyOf(merged));
  }

  /**
   * Keeps this page's view state although its route is open, for a signed-in reader who gets a form
   * on it. Has no effect for anonymous readers, whose pages stay stateless.
   */
  public void keepState() {
    if (isSignedIn()) {
      request.setAttribute(Layout.KEEP_STATE, Boolean.TRUE);
    }
  }

  /**
   * @return this page's path, encoded as the {@code next} parameter of a log-in link
   */
  public String getNext() {
    return URLEncoder.encode("/" + getLang() + "/" + getRest(), StandardCharsets.UTF_8);
  }

  /**
   * @return the path below the language prefix
   */
  public String getRest() {
    RequestInfo info = info();
    return info == null ? "" : info.rest();
  }

  /**
   * A path parameter of the route, such as the slug of {@code chapters/{slug}}.
   *
   * @param name the parameter
   * @return its value, or {@code null}
   */
  public String param(String name) {
    RequestInfo info = info();
    return info == null ? null : info.parameters().get(name);
  }

  /**
   * An absolute URL for a path of this site, on its configured public address (never the request's
   * {@code Host}).
   *
   * @param path a path below the server, starting with the context path
   * @return such as {@code https://example.org/en/news/x}
   */
  public String absolute(String path) {
    String root = config.baseUrl();
    String context = request.getContextPath();
    return root + (path.startsWith(context) ? path.substring(context.length()) : path);
  }

  /**
   * @return the route that answered, with its module and parameters; {@code null} outside
   */
  public RequestInfo getInfo() {
    return info();
  }

  /**
   * A query parameter.
   *
   * @param name the parameter
   * @return its value, or {@code null}
   */
  public String query(String name) {
    return request.getParameter(name);
  }

  /**
   * A language's name in itself, for lists of languages in any page.
   *
   * @param tag the language tag
   * @return such as "Français"
   */
  public String languageName(String tag) {
    return Languages.nativeName(tag);
  }

  /**
   * @return the context path, for links
   */
  public String getBase() {
    return request.getContextPath();
  }

  /**
   * A link to a path in the page's language.
   *
   * @param path below the language prefix
   * @return an absolute path
   */
  public String link(String path) {
    return request.getContextPath() + "/" + getLang() + "/" + (path == null ? "" : path);
  }

  /**
   * The address of a stored image.
   *
   * @param kind its kind ({@code avatars}, {@code covers}…)
   * @param name its file name, may be {@code null}
   * @return the address, or {@code null} when there is no image
   */
  public String media(String kind, String name) {
    return name == null ? null : request.getContextPath() + "/media/" + kind + "/" + name;
  }

  /**
   * @return the caller, or {@code null}
   */
  public Caller getCaller() {
    return (Caller) request.getAttribute(Caller.ATTRIBUTE);
  }

  /**
   * @return true when someone is logged in
   */
  public boolean isSignedIn() {
    return getCaller() != null;
  }

  /**
   * Tells whether the caller holds a permission.
   *
   * @param permission a permission name
   * @return true when granted
   */
  public boolean can(String permission) {
    return authorizer.can(getCaller(), permission);
  }

  /**
   * Tells whether the caller holds a permission on something of a chapter.
   *
   * @param permission a permission name
   * @param chapterId the chapter
   * @return true when granted there
   */
  public boolean can(String permission, Long chapterId) {
    return authorizer.can(getCaller(), permission, chapterId);
  }

  /**
   * @return the session's CSRF token; only for signed-in readers, who have a session
   */
  public String getCsrf() {
    HttpSession session = request.getSession(false);
    return session == null ? "" : CsrfToken.of(session);
  }

  @Override
  public String getRoute() {
    RequestInfo info = info();
    return info == null || info.route() == null ? null : info.route().pattern();
  }

  @Override
  public boolean csrfMatches(String sent) {
    return CsrfToken.matches(request.getSession(false), sent);
  }

  /**
   * Says where this page is in another language (a translated page has another slug).
   *
   * @param lang a language tag
   * @param path the path below that language's prefix
   */
  public void alternate(String lang, String path) {
    alternates.put(lang, path);
  }

  /**
   * Where this page is in a language: the alternate a view gave, else the same path.
   *
   * @param lang a language tag
   * @return an absolute path
   */
  public String pathIn(String lang) {
    return request.getContextPath() + "/" + lang + "/" + alternates.getOrDefault(lang, getRest());
  }

  /**
   * @return the client address
   */
  public String getAddress() {
    return request.getRemoteAddr();
  }
}
