package org.plenum.core.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.plenum.core.config.PlenumConfig;
import org.plenum.core.modules.ModuleRegistry;
import org.plenum.spi.SitemapContribution;

/**
 * {@code /sitemap.xml}: every public address that the enabled modules contribute through {@link
 * SitemapContribution}, on the site's configured public address.
 */
@WebServlet(name = "PlenumSitemap", urlPatterns = "/sitemap.xml")
public class SitemapServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The most addresses one sitemap file may hold. */
  static final int MAX = 50_000;

  @Inject transient Instance<SitemapContribution> contributions;

  @Inject transient ModuleRegistry registry;

  @Inject transient Languages languages;

  @Inject transient PlenumConfig config;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    req.setAttribute(PageCache.TAGS, Set.of(PageCache.ANY));
    List<SitemapContribution.Entry> entries = new ArrayList<>();
    for (SitemapContribution c : contributions) {
      if (registry.isEnabled(c.moduleId())) {
        entries.addAll(c.sitemap(languages.offered()));
      }
    }
    resp.setContentType("application/xml;charset=UTF-8");
    resp.setHeader("Cache-Control", "public, max-age=3600");
    String root = config.baseUrl();
    try (PrintWriter out = resp.getWriter()) {
      out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
      out.println("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
      for (SitemapContribution.Entry e : entries.subList(0, Math.min(MAX, entries.size()))) {
        out.print("  <url><loc>");
        out.print(escape(root + "/" + e.lang() + "/" + e.path()));
        out.print("</loc>");
        if (e.lastModified() != null) {
          out.print("<lastmod>");
          out.print(
              DateTimeFormatter.ISO_LOCAL_DATE.format(e.lastModified().atOffset(ZoneOffset.UTC)));
          out.print("</lastmod>");
        }
        out.println("</url>");
      }
      out.println("</urlset>");
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }
}
