package org.plenum.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Holds the site's address while the server starts: every request is answered {@code 503 Service
 * Unavailable} with {@code Retry-After}, in the reader's language (English or French), as a small
 * page or, for API clients, as a problem document. The server starts with its HTTP listener off;
 * once the site is ready the gate lets go of the port and the server takes it.
 */
final class StartingGate implements AutoCloseable {

  /** Seconds a client is asked to wait before trying again. */
  static final int RETRY_AFTER = 3;

  private final HttpServer server;
  private final ExecutorService threads;
  private final AtomicBoolean open = new AtomicBoolean(true);

  private StartingGate(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /**
   * Opens the gate on an address.
   *
   * @param bind the address the site is bound to
   * @param port the site's port
   * @return the open gate
   * @throws IOException when the port is taken
   */
  static StartingGate open(String bind, int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 64);
    ExecutorService threads = Executors.newFixedThreadPool(2, StartingGate::daemon);
    server.setExecutor(threads);
    server.createContext("/", StartingGate::answer);
    server.start();
    return new StartingGate(server, threads);
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "plenum-starting-gate");
    t.setDaemon(true);
    return t;
  }

  private static void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      Locale locale = language(exchange.getRequestHeaders().getFirst("Accept-Language"));
      ResourceBundle texts =
          ResourceBundle.getBundle(
              "org.plenum.launcher.Starting",
              locale,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      String accept = exchange.getRequestHeaders().getFirst("Accept");
      boolean api =
          exchange.getRequestURI().getPath().startsWith("/api/")
              || (accept != null && accept.contains("json") && !accept.contains("html"));
      String title = texts.getString("starting.title");
      String detail = texts.getString("starting.detail");
      String body;
      String type;
      if (api) {
        type = "application/problem+json";
        body =
            "{\"type\":\"about:blank\",\"status\":503,\"title\":\""
                + json(title)
                + "\",\"detail\":\""
                + json(detail)
                + "\"}";
      } else {
        type = "text/html; charset=utf-8";
        body =
            "<!DOCTYPE html><html lang=\""
                + locale.getLanguage()
                + "\"><head><meta charset=\"utf-8\"><title>"
                + title
                + "</title><meta name=\"viewport\" content=\"width=device-width\">"
                + "<meta http-equiv=\"refresh\" content=\""
                + RETRY_AFTER
                + "\"></head>"
                + "<body><main><h1>"
                + title
                + "</h1><p>"
                + detail
                + "</p></main></body></html>";
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      var headers = exchange.getResponseHeaders();
      headers.set("Content-Type", type);
      headers.set("Retry-After", String.valueOf(RETRY_AFTER));
      headers.set("Cache-Control", "no-store");
      headers.set("Content-Language", locale.getLanguage());
      headers.set("Content-Security-Policy", "default-src 'none'");
      headers.set("X-Content-Type-Options", "nosniff");
      headers.set("Vary", "Accept, Accept-Language");
      boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
      exchange.sendResponseHeaders(503, head ? -1 : bytes.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  /**
   * The reader's first choice between the launcher's two languages, English or French; English when
   * they ask for neither.
   */
  static Locale language(String acceptLanguage) {
    if (acceptLanguage != null) {
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
          String tag = range.getRange();
          if (tag.startsWith("fr")) {
            return Locale.FRENCH;
          }
          if (tag.startsWith("en")) {
            return Locale.ENGLISH;
          }
        }
      } catch (IllegalArgumentException unreadable) {
        // an unreadable header: the default language
      }
    }
    return Locale.ENGLISH;
  }

  private static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** Lets go of the port; requests under way are finished first. */
  @Override
  public void close() {
    if (open.compareAndSet(true, false)) {
      server.stop(0);
      threads.shutdown();
    }
  }
}
