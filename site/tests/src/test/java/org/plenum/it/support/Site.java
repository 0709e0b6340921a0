package org.plenum.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.plenum.testkit.Http;

/**
 * A site started from the runnable bundle with the README's launcher, in a data folder of its own,
 * on a free loopback port. Used by the tests that restart or kill the server.
 */
public final class Site implements AutoCloseable {

  private final Path data;
  private final int port;
  private final Map<String, String> env;
  private final Path log;
  private Process launcher;
  private final List<HttpResponse<String>> answersWhileStarting = new CopyOnWriteArrayList<>();

  /**
   * A site in a data folder.
   *
   * @param data the data folder
   * @param env extra environment variables
   */
  public Site(Path data, Map<String, String> env) {
    this.data = data;
    this.env = env;
    this.port = freePort();
    this.log = data.resolveSibling(data.getFileName() + "-server.log");
  }

  /**
   * @return the data folder
   */
  public Path data() {
    return data;
  }

  /**
   * @return the site's root URL
   */
  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /**
   * @return a client for the site
   */
  public Http http() {
    return new Http(url());
  }

  /**
   * Starts the site and waits until it serves its home page.
   *
   * @return this site
   */
  public Site start() {
    Path bundle = Path.of(System.getProperty("plenum.bundle"));
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            bundle.resolve("plenum-launcher.jar").toString());
    pb.environment().remove("PLENUM_DB_URL");
    pb.environment().remove("PLENUM_DB_CLASS");
    pb.environment().remove("PLENUM_DB_USER");
    pb.environment().remove("PLENUM_DB_PASSWORD");
    // no mail server: a bundle started with nothing configured writes mail to its outbox
    pb.environment().remove("PLENUM_SMTP_HOST");
    pb.environment().remove("PLENUM_SMTP_PORT");
    pb.environment().put("PLENUM_DATA", data.toString());
    pb.environment().put("PLENUM_PORT", String.valueOf(port));
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    try {
      Files.createDirectories(data);
      launcher = pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(this::kill));
    Http http = http();
    answersWhileStarting.clear();
    Awaitility.await("site on port " + port)
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () -> {
              if (!launcher.isAlive()) {
                throw new IllegalStateException("The site stopped; see " + log);
              }
              HttpResponse<String> r = http.get("/en/");
              answersWhileStarting.add(r);
              return r.statusCode() == 200;
            });
    return this;
  }

  /**
   * @return what the site answered to the requests for its home page made while the last {@link
   *     #start()} waited, the last one being the first success (connections refused are left out)
   */
  public List<HttpResponse<String>> answersWhileStarting() {
    return List.copyOf(answersWhileStarting);
  }

  /** Stops the site as an operator would (SIGTERM to the launcher). */
  public void stop() {
    if (launcher == null) {
      return;
    }
    var server = launcher.descendants().toList();
    launcher.destroy();
    try {
      if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
        kill();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.forEach(p -> p.onExit().join());
    launcher = null;
  }

  /** Kills the server JVM with SIGKILL, as {@code kill -9} does, then the launcher. */
  public void kill() {
    if (launcher == null) {
      return;
    }
    launcher
        .descendants()
        .forEach(
            p -> {
              p.destroyForcibly();
              p.onExit().join();
            });
    launcher.destroyForcibly();
    try {
      launcher.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    launcher = null;
  }

  /**
   * @return the server log so far
   */
  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
