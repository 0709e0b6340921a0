package org.plenum.api;

import java.util.Locale;

/**
 * The current request as a module's pages and resources see it: the reader's language and who they
 * are, the route's parameters, links, and what the page tells the site about itself (that it may be
 * cached, that it keeps a form's state, where it is in other languages). Request-scoped; also named
 * {@code req} in pages.
 */
public interface CurrentReader {

  /**
   * @return the page's language tag
   */
  String getLang();

  /**
   * @return the page's locale
   */
  Locale getLocale();

  /**
   * @return the caller, or {@code null} for an anonymous visitor
   */
  Caller getCaller();

  /**
   * @return true when someone is signed in (or an API client authenticated)
   */
  boolean isSignedIn();

  /**
   * Tells whether the caller holds a permission site-wide.
   *
   * @param permission a permission name
   * @return true when granted
   */
  boolean can(String permission);

  /**
   * Tells whether the caller holds a permission on something of a chapter.
   *
   * @param permission a permission name
   * @param chapterId the chapter, or {@code null}
   * @return true when granted there
   */
  boolean can(String permission, Long chapterId);

  /**
   * @return the client's address, for the audit log
   */
  String getAddress();

  /**
   * A path parameter of the route, such as {@code slug} of {@code news/{slug}}.
   *
   * @param name the parameter
   * @return its value, or {@code null}
   */
  String param(String name);

  /**
   * A query parameter.
   *
   * @param name the parameter
   * @return its value, or {@code null}
   */
  String query(String name);

  /**
   * @return the pattern of the route that answered, such as {@code news/{slug}}, or null
   */
  String getRoute();

  /**
   * @return the path below the language prefix
   */
  String getRest();

  /**
   * @return this page's path, encoded for the {@code next} parameter of a log-in link
   */
  String getNext();

  /**
   * @return the context path, for links
   */
  String getBase();

  /**
   * A link to a path in the page's language.
   *
   * @param path below the language prefix, such as {@code news/x}
   * @return an absolute path
   */
  String link(String path);

  /**
   * An absolute URL on the site's configured address (never the request's {@code Host}).
   *
   * @param path a path below the server, starting with the context path
   * @return such as {@code https://example.org/en/news/x}
   */
  String absolute(String path);

  /**
   * The address of a stored picture.
   *
   * @param kind its kind ({@code avatars}, {@code covers}…)
   * @param name its file name, may be {@code null}
   * @return the address, or {@code null} when there is none
   */
  String media(String kind, String name);

  /**
   * A language's name in itself, for lists of languages.
   *
   * @param tag the language tag
   * @return such as "Français"
   */
  String languageName(String tag);

  /**
   * @return the session's CSRF token, for forms outside Faces; empty without a session
   */
  String getCsrf();

  /**
   * Checks the CSRF token a form outside Faces sent back.
   *
   * @param sent the token sent, may be {@code null}
   * @return true when it is this session's
   */
  boolean csrfMatches(String sent);

  /**
   * Lets this page be kept in the page cache for anonymous readers until content with one of these
   * tags changes ({@link org.plenum.spi.ContentChanged}). A page that does not call this is
   * rendered afresh every time.
   *
   * @param tags what the page shows, such as {@code blog.post:42}
   */
  void cache(String... tags);

  /**
   * Keeps this page's view state although its route is open, for a signed-in reader who gets a form
   * on it. No effect for anonymous readers, whose pages stay stateless.
   */
  void keepState();

  /**
   * Says where this page is in another language (a translation has another address).
   *
   * @param lang a language tag
   * @param path the path below that language's prefix
   */
  void alternate(String lang, String path);

  /**
   * Where this page is in a language: the alternate given, else the same path.
   *
   * @param lang a language tag
   * @return an absolute path
   */
  String pathIn(String lang);
}
