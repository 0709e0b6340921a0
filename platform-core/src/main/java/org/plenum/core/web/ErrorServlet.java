package org.plenum.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenum.core.i18n.MessageCatalog;

/**
 * Every error the container sees ends here: API clients get problem details, readers a page in
 * their language. Exceptions are logged with an incident number that the page shows, and never
 * shown themselves.
 */
@WebServlet(name = "PlenumErrors", urlPatterns = "/_plenum/error")
public class ErrorServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

  /** Request attribute with the status for the error view. */
  public static final String STATUS = "plenum.error.status";

  /** Request attribute with the incident number for the error view. */
  public static final String INCIDENT = "plenum.error.incident";

  @Inject Problems problems;

  @Inject Languages languages;

  @Inject MessageCatalog catalog;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    if (request.getDispatcherType() != DispatcherType.ERROR) {
      response.sendError(404);
      return;
    }
    Integer status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    int code = status == null || status < 400 ? 500 : status;
    String incident = null;
    if (error != null || code >= 500) {
      incident = Long.toString(System.nanoTime() & 0xffffffffL, 36);
      final String id = incident;
      LOG.log(Level.SEVERE, error, () -> "Incident " + id + " on " + uri);
      code = 500;
    }
    if (response.isCommitted()) {
      return;
    }
    response.reset();
    SecurityHeadersFilter.apply(request, response);
    response.setStatus(code);
    response.setHeader("Cache-Control", "no-store");
    String context = request.getContextPath();
    String path = uri == null ? "" : uri.substring(Math.min(uri.length(), context.length()));
    if (path.startsWith("/api/")) {
      problems.write(
          request,
          response,
          code,
          code == 500 ? "core.problem.internal" : "core.problem.status",
          incident);
      return;
    }
    String lang = langOf(request, path);
    RequestInfo info = (RequestInfo) request.getAttribute(RequestInfo.ATTRIBUTE);
    if (info == null) {
      request.setAttribute(RequestInfo.ATTRIBUTE, new RequestInfo(lang, "", null, null, Map.of()));
    }
    request.setAttribute(STATUS, code);
    request.setAttribute(INCIDENT, incident);
    try {
      request.getRequestDispatcher("/core/error.xhtml").forward(request, response);
    } catch (RuntimeException | ServletException | IOException e) {
      LOG.log(Level.SEVERE, "The error page itself failed", e);
      if (!response.isCommitted()) {
        response.reset();
        SecurityHeadersFilter.apply(request, response);
        response.setStatus(code);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response
            .getWriter()
            .write(
                "<!DOCTYPE html><html lang=\""
                    + lang
                    + "\"><title>"
                    + catalog.get(lang, "core.status." + code)
                    + "</title><h1>"
                    + catalog.get(lang, "core.status." + code)
                    + "</h1></html>");
      }
    }
  }

  private String langOf(HttpServletRequest request, String path) {
    if (path.length() > 1) {
      int slash = path.indexOf('/', 1);
      String first = slash < 0 ? path.substring(1) : path.substring(1, slash);
      if (languages.offers(first)) {
        return first;
      }
    }
    return languages.choose(request);
  }
}
