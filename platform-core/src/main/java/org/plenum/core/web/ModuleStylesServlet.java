package org.plenum.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@value ModuleStyles#PATH}: the enabled modules' stylesheets as one file. Asked for with the
 * current version it may be kept for a year; asked for without, or with an old one, it is
 * revalidated by its entity tag.
 */
@WebServlet(name = "PlenumModuleStyles", urlPatterns = ModuleStyles.PATH)
public class ModuleStylesServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ModuleStyles styles;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    ModuleStyles.Sheet sheet = styles.current();
    String etag = "\"" + sheet.hash() + "\"";
    resp.setHeader("ETag", etag);
    resp.setHeader(
        "Cache-Control",
        sheet.hash().equals(req.getParameter("v"))
            ? "public, max-age=31536000, immutable"
            : "public, no-cache");
    if (etag.equals(req.getHeader("If-None-Match"))) {
      resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    resp.setContentType("text/css;charset=UTF-8");
    resp.setContentLength(sheet.css().length);
    resp.getOutputStream().write(sheet.css());
  }
}
