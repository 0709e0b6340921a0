package org.plenum.core.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.plenum.core.modules.ModuleRegistry;
import org.plenum.spi.FeedSource;

/**
 * {@code /feeds/…}: the feeds of the enabled modules ({@link FeedSource}). The first source that
 * knows the address answers; none does, 404. Public feeds may be kept five minutes by anyone; a
 * member's personal feed is kept by no one and sends no referrer.
 */
@WebServlet(name = "PlenumFeeds", urlPatterns = "/feeds/*")
public class FeedsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Instance<FeedSource> sources;

  @Inject transient ModuleRegistry registry;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String info = req.getPathInfo();
    Optional<FeedSource.Feed> feed = Optional.empty();
    if (info != null && info.length() > 1) {
      String path = info.substring(1);
      Map<String, String> parameters = new HashMap<>();
      req.getParameterMap().forEach((k, v) -> parameters.put(k, v.length > 0 ? v[0] : ""));
      for (FeedSource source : sources) {
        if (registry.isEnabled(source.moduleId())) {
          feed = source.feed(path, Map.copyOf(parameters));
          if (feed.isPresent()) {
            break;
          }
        }
      }
    }
    if (feed.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FeedSource.Feed f = feed.get();
    if (f.personal()) {
      resp.setHeader("Cache-Control", "private, no-store");
      resp.setHeader("Referrer-Policy", "no-referrer");
    } else {
      resp.setHeader("Cache-Control", "public, max-age=300");
    }
    byte[] body = f.body().getBytes(StandardCharsets.UTF_8);
    resp.setContentType(f.type());
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }
}
