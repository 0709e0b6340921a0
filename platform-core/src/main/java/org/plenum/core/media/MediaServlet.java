package org.plenum.core.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Serves stored images at {@code /media/<kind>/<name>}: only names {@link Images} made, as the type
 * their extension says, never sniffed, cached for good (a new upload gets a new name).
 */
@WebServlet(name = "PlenumMedia", urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Images images;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String info = req.getPathInfo();
    String[] parts = info == null ? new String[0] : info.substring(1).split("/", -1);
    Optional<Path> file = parts.length == 2 ? images.find(parts[0], parts[1]) : Optional.empty();
    if (file.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    resp.setContentType(parts[1].endsWith(".png") ? "image/png" : "image/jpeg");
    resp.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Content-Disposition", "inline");
    resp.setContentLengthLong(Files.size(file.get()));
    Files.copy(file.get(), resp.getOutputStream());
  }
}
