package org.plenum.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenum.api.Caller;
import org.plenum.core.media.Images;
import org.plenum.core.permissions.Authorizer;
import org.plenum.spi.Route;

/**
 * Turns clean URLs into views. {@code /} sends the reader to their language; {@code /en/…} is
 * matched against the enabled modules' routes and forwarded to the route's Facelets view; the path
 * parameters reach the view in one way only, {@code CurrentReader.param}. Facelets files, {@code
 * WEB-INF} and {@code META-INF} are never reachable directly, nor are paths that try to climb out
 * ({@code ..}, {@code ;}, encoded dots or slashes). Guarded routes send anonymous readers to the
 * log-in page and answer 403 to those without the permission.
 */
public class PlenumRouter extends HttpFilter {

  /** Endpoints the server provides inside the site's context (MicroProfile Health, OpenAPI). */
  private static final Set<String> SERVER_PATHS = Set.of("/health", "/openapi", "/metrics");

  @Inject RouteTable routes;

  @Inject Languages languages;

  @Inject Authorizer authorizer;

  @Inject PageCache cache;

  /**
   * The largest form a page accepts, uploads included; the Faces servlet's multipart configuration
   * refuses larger bodies sent without a length.
   */
  static final long MAX_FORM_BYTES = Images.MAX_BYTES + 1024 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (suspicious(path)) {
      response.sendError(404);
      return;
    }
    if ("/metrics".equals(path) || path.startsWith("/metrics/")) {
      operatorsOnly(request, response, chain);
      return;
    }
    if ("/health".equals(path) || path.startsWith("/health/")) {
      health(request, response, chain);
      return;
    }
    if (path.startsWith("/api/")
        || path.startsWith("/themes/")
        || path.startsWith("/jakarta.faces.resource/")
        || SERVER_PATHS.contains(path)
        || path.startsWith("/health/")
        || path.startsWith("/openapi/")
        || path.startsWith("/_plenum/")
        || path.startsWith("/media/")
        || path.startsWith("/feeds/")
        || "/sitemap.xml".equals(path)) {
      if ((path.startsWith("/feeds/") || "/sitemap.xml".equals(path)) && read(request)) {
        // feeds and the sitemap are the same for everyone, signed in or not
        cached(request, response, true, (q, r) -> chain.doFilter(q, r));
      } else {
        chain.doFilter(request, response);
      }
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
        response.sendRedirect(
            request.getContextPath() + "/" + lang + "/" + rest.substring(0, rest.length() - 1));
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
      request.setAttribute(
          RequestInfo.ATTRIBUTE, new RequestInfo(lang, rest, null, null, Map.of()));
      response.sendError(413);
      return;
    }
    RouteTable.Match match = routes.match(rest);
    if (match == null) {
      request.setAttribute(
          RequestInfo.ATTRIBUTE, new RequestInfo(lang, rest, null, null, Map.of()));
      response.sendError(404);
      return;
    }
    Route route = match.route();
    Map<String, String> parameters = decoded(match.parameters());
    if (parameters == null) {
      response.sendError(404);
      return;
    }
    request.setAttribute(
        RequestInfo.ATTRIBUTE, new RequestInfo(lang, rest, match.moduleId(), route, parameters));
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
    String target = route.viewId();
    if (!route.stateful() && anonymousRead(request)) {
      cached(request, response, false, (q, r) -> q.getRequestDispatcher(target).forward(q, r));
      return;
    }
    HttpServletRequest forwarded = "POST".equals(method) ? new TextParameters(request) : request;
    forwarded.getRequestDispatcher(target).forward(forwarded, response);
  }

  /**
   * The server's metrics (connection pool, JVM, memory) are for administrators only: an anonymous
   * request is asked for credentials (HTTP Basic or a bearer token), anyone else refused.
   */
  private void operatorsOnly(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Cache-Control", "private, no-store");
    Caller caller = (Caller) request.getAttribute(Caller.ATTRIBUTE);
    if (caller == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Plenum\"");
      response.sendError(401);
    } else if (!authorizer.can(caller, "core.admin")) {
      response.sendError(403);
    } else {
      chain.doFilter(request, response);
    }
  }

  private static final Pattern HEALTH_STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(UP|DOWN)\"");

  /**
   * The health checks: administrators get every check with its details (the modules, the database);
   * anyone else — a load balancer, a monitor — gets only whether the site is up, with the same
   * status code.
   */
  private void health(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Caller caller = (Caller) request.getAttribute(Caller.ATTRIBUTE);
    response.setHeader("Cache-Control", "no-store");
    if (caller != null && authorizer.can(caller, "core.admin")) {
      chain.doFilter(request, response);
      return;
    }
    CapturedResponse captured = new CapturedResponse(response);
    chain.doFilter(request, captured);
    if (captured.handedOver()) {
      return;
    }
    Matcher m = HEALTH_STATUS.matcher(new String(captured.body(), StandardCharsets.UTF_8));
    String status = m.find() ? m.group(1) : "DOWN";
    byte[] body = ("{\"status\":\"" + status + "\"}").getBytes(StandardCharsets.UTF_8);
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** Something that answers a request. */
  @FunctionalInterface
  interface Answer {
    void answer(HttpServletRequest request, HttpServletResponse response)
        throws IOException, ServletException;
  }

  private static boolean read(HttpServletRequest request) {
    String m = request.getMethod();
    return "GET".equals(m) || "HEAD".equals(m);
  }

  private static boolean anonymousRead(HttpServletRequest request) {
    return read(request)
        && request.getAttribute(Caller.ATTRIBUTE) == null
        && request.getHeader("Authorization") == null;
  }

  /**
   * Answers a read from the page cache, or renders it, keeping the page when it declared its tags;
   * a page that differs by reader is kept only from an anonymous reader without a session ({@code
   * shared} is for answers that are the same for everyone). Either way the answer carries an entity
   * tag and a 304 is sent when the reader's copy is current.
   */
  private void cached(
      HttpServletRequest request, HttpServletResponse response, boolean shared, Answer answer)
      throws IOException, ServletException {
    String key =
        request.getRequestURI()
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    PageCache.Entry hit = cache.get(key);
    if (hit != null) {
      hit.headers().forEach(h -> response.setHeader(h.getKey(), h.getValue()));
      send(request, response, hit, "hit");
      return;
    }
    long generation = cache.generation();
    CapturedResponse captured = new CapturedResponse(response);
    answer.answer(request, captured);
    if (captured.handedOver()) {
      return;
    }
    byte[] body = captured.body();
    if (captured.status() != 200) {
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      return;
    }
    @SuppressWarnings("unchecked")
    Set<String> tags = (Set<String>) request.getAttribute(PageCache.TAGS);
    PageCache.Entry entry =
        new PageCache.Entry(
            body,
            response.getContentType(),
            replayed(response),
            PageCache.etag(body),
            System.currentTimeMillis() / 1000 * 1000,
            tags == null ? Set.of() : tags);
    if (tags != null
        && !response.containsHeader("Set-Cookie")
        && (shared || request.getSession(false) == null)) {
      cache.put(key, entry, generation);
    }
    send(request, response, entry, tags == null ? "none" : "miss");
  }

  private static List<Map.Entry<String, String>> replayed(HttpServletResponse r) {
    List<Map.Entry<String, String>> list = new ArrayList<>();
    for (String name : r.getHeaderNames()) {
      String n = name.toLowerCase(Locale.ROOT);
      if (!REPLAY_SKIPPED.contains(n) && !n.startsWith("x-")) {
        list.add(Map.entry(name, r.getHeader(name)));
      }
    }
    return list;
  }

  private static final Set<String> REPLAY_SKIPPED =
      Set.of(
          "set-cookie",
          "content-length",
          "date",
          "etag",
          "last-modified",
          "vary",
          "content-type",
          "content-security-policy",
          "referrer-policy",
          "permissions-policy",
          "strict-transport-security",
          "cross-origin-opener-policy",
          "transfer-encoding");

  private static void send(
      HttpServletRequest request, HttpServletResponse response, PageCache.Entry page, String state)
      throws IOException {
    response.setHeader("ETag", page.etag());
    response.setDateHeader("Last-Modified", page.lastModified());
    if (!response.containsHeader("Cache-Control")) {
      response.setHeader("Cache-Control", "no-cache");
    }
    response.setHeader("Vary", "Cookie, Authorization");
    response.setHeader("X-Plenum-Cache", state);
    if (page.contentType() != null) {
      response.setContentType(page.contentType());
    }
    String inm = request.getHeader("If-None-Match");
    long ims = inm == null ? safeDate(request) : -1;
    if (PageCache.matches(inm, page.etag()) || ims >= page.lastModified()) {
      response.setStatus(304);
      return;
    }
    response.setContentLength(page.body().length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(page.body());
    }
  }

  private static long safeDate(HttpServletRequest request) {
    try {
      return request.getDateHeader("If-Modified-Since");
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  /** Path parameters as text: {@code b%C3%A9n%C3%A9volat} is {@code bénévolat}; null if garbled. */
  static Map<String, String> decoded(Map<String, String> raw) {
    Map<String, String> out = new LinkedHashMap<>();
    try {
      raw.forEach(
          (k, v) -> out.put(k, URLDecoder.decode(v.replace("+", "%2B"), StandardCharsets.UTF_8)));
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
    return p.contains("..")
        || p.contains(";")
        || p.contains("%2e")
        || p.contains("%2f")
        || p.contains("%5c")
        || p.contains("\\")
        || p.contains("//")
        || p.contains("%00")
        || p.contains("web-inf")
        || p.contains("meta-inf")
        || (p.endsWith(".xhtml") && !p.startsWith("/jakarta.faces.resource/"))
        || p.contains(".xhtml/")
        || p.endsWith(".properties")
        || p.endsWith(".class");
  }
}
