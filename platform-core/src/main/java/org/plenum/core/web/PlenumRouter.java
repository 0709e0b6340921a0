package org.plenum.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.plenum.core.identity.Authorizer;
import org.plenum.core.identity.Caller;
import org.plenum.spi.Route;

/**
 * Turns clean URLs into views. {@code /} sends the reader to their language; {@code /en/…}
 * is matched against the enabled modules' routes and forwarded to the route's Facelets view
 * with the path parameters as request parameters. Facelets files, {@code WEB-INF} and
 * {@code META-INF} are never reachable directly, nor are paths that try to climb out
 * ({@code ..}, {@code ;}, encoded dots or slashes). Guarded routes send anonymous readers to
 * the log-in page and answer 403 to those without the permission.
 */
public class PlenumRouter extends HttpFilter {

  /** Endpoints the server provides inside the site's context (MicroProfile Health, OpenAPI). */
  private static final java.util.Set<String> SERVER_PATHS =
      java.util.Set.of("/health", "/openapi", "/metrics");

  @Inject
  RouteTable routes;

  @Inject
  Languages languages;

  @Inject
  Authorizer authorizer;

  /**
   * The largest form a page accepts, uploads included; the Faces servlet's multipart
   * configuration refuses larger bodies sent without a length.
   */
  static final long MAX_FORM_BYTES = org.plenum.core.media.Images.MAX_BYTES + 1024 * 1024;

  @Inject
  org.plenum.core.i18n.MessageCatalog catalog;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    catalog.refreshIfChanged();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (suspicious(path)) {
      response.sendError(404);
      return;
    }
    if (path.startsWith("/api/") || path.startsWith("/themes/")
        || path.startsWith("/jakarta.faces.resource/") || SERVER_PATHS.contains(path)
        || path.startsWith("/health/") || path.startsWith("/openapi/")
        || path.startsWith("/_plenum/") || path.startsWith("/media/")
        || path.startsWith("/feeds/") || "/sitemap.xml".equals(path)) {
      chain.doFilter(request, response);
      return;
    }
    if (path.isEmpty() || "/".equals(path)) {
      response.setHeader("Vary", "Accept-Language, Cookie");
      response.setHeader("Cache-Control", "no-store");
      response.sendRedirect(request.getContextPath() + "/" + languages.choose(request) + "/");
      return;
    }
    int slash = path.indexOf('/', 1);
    String lang = slash < 0 ? path.substring(1) : path.substring(1, slash);
    if (!languages.offers(lang)) {
      response.sendError(404);
      return;
    }
    if (slash < 0) {
      response.sendRedirect(request.getContextPath() + "/" + lang + "/");
      return;
    }
    String rest = path.substring(slash + 1);
    if (rest.endsWith("/")) {
      if (!rest.isEmpty()) {
        response.sendRedirect(request.getContextPath() + "/" + lang + "/"
            + rest.substring(0, rest.length() - 1));
        return;
      }
    }
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method) && !"POST".equals(method)) {
      response.setHeader("Allow", "GET, HEAD, POST");
      response.sendError(405);
      return;
    }
    if ("POST".equals(method) && request.getContentLengthLong() > MAX_FORM_BYTES) {
      request.setAttribute(RequestInfo.ATTRIBUTE,
          new RequestInfo(lang, rest, null, null, Map.of()));
      response.sendError(413);
      return;
    }
    RouteTable.Match match = routes.match(rest);
    if (match == null) {
      request.setAttribute(RequestInfo.ATTRIBUTE,
          new RequestInfo(lang, rest, null, null, Map.of()));
      response.sendError(404);
      return;
    }
    Route route = match.route();
    Map<String, String> parameters = decoded(match.parameters());
    if (parameters == null) {
      response.sendError(404);
      return;
    }
    request.setAttribute(RequestInfo.ATTRIBUTE,
        new RequestInfo(lang, rest, match.moduleId(), route, parameters));
    Caller caller = (Caller) request.getAttribute(Caller.ATTRIBUTE);
    if (!route.access().isOpen()) {
      if (caller == null) {
        String next = URLEncoder.encode("/" + lang + "/" + rest, StandardCharsets.UTF_8);
        response.sendRedirect(request.getContextPath() + "/" + lang + "/login?next=" + next);
        return;
      }
      if (caller.mustChangePassword() && !"account/password".equals(rest)) {
        response.sendRedirect(request.getContextPath() + "/" + lang + "/account/password");
        return;
      }
      String permission = route.access().permission();
      if (permission != null && !authorizer.can(caller, permission)) {
        response.sendError(403);
        return;
      }
    }
    if (route.stateful() || caller != null) {
      response.setHeader("Cache-Control", "no-store");
    }
    StringBuilder target = new StringBuilder(route.viewId());
    char sep = '?';
    for (Map.Entry<String, String> p : parameters.entrySet()) {
      target.append(sep).append(p.getKey()).append('=')
          .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
      sep = '&';
    }
    request.getRequestDispatcher(target.toString()).forward(request, response);
  }

  /** Path parameters as text: {@code b%C3%A9n%C3%A9volat} is {@code bénévolat}; null if garbled. */
  static Map<String, String> decoded(Map<String, String> raw) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    try {
      raw.forEach((k, v) -> out.put(k, java.net.URLDecoder.decode(v.replace("+", "%2B"),
          StandardCharsets.UTF_8)));
    } catch (IllegalArgumentException e) {
      return null;
    }
    return out;
  }

  /**
   * Tells whether a raw request path must never reach a resource.
   *
   * @param path the path below the context, undecoded
   * @return true for Facelets sources, container folders and traversal attempts
   */
  static boolean suspicious(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.contains("..") || p.contains(";") || p.contains("%2e") || p.contains("%2f")
        || p.contains("%5c") || p.contains("\\") || p.contains("//") || p.contains("%00")
        || p.contains("web-inf") || p.contains("meta-inf")
        || (p.endsWith(".xhtml") && !p.startsWith("/jakarta.faces.resource/"))
        || p.contains(".xhtml/") || p.endsWith(".properties") || p.endsWith(".class");
  }
}
