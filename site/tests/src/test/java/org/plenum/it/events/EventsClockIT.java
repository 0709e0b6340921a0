package org.plenum.it.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenum.testkit.Http;

/**
 * The events' clock runs on the server's managed executor, every 30 seconds from the start. A fresh
 * site is watched as an operator watches its log: from its start, before any page was asked for
 * (the first page reads the site's settings, and with them read the clock never reaches the
 * database outside a transaction), over more than two runs of the clock.
 */
class EventsClockIT {

  private static final Pattern SEVERE = Pattern.compile("^.*SEVERE.*$", Pattern.MULTILINE);

  @Test
  @DisplayName("16.15: the events' clock leaves no SEVERE from the managed executor in the log")
  void theClockRunsWithoutSevereLines() throws Exception {
    Path data = Path.of(System.getProperty("plenum.work"), "events-clock-it", "data");
    Path log = data.resolveSibling("server.log");
    if (Files.exists(data.getParent())) {
      try (var walk = Files.walk(data.getParent())) {
        walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(data);
    int port = freePort();
    Process launcher = start(data, port, log);
    try {
      Http http = new Http("http://127.0.0.1:" + port);
      // the health check reads no settings: the site stays as the clock first finds it
      Awaitility.await("the site's health")
          .atMost(Duration.ofMinutes(4))
          .pollInterval(Duration.ofMillis(500))
          .ignoreExceptions()
          .until(
              () -> {
                if (!launcher.isAlive()) {
                  throw new IllegalStateException("The site stopped; see " + log);
                }
                HttpResponse<String> r = http.get("/health");
                return r.statusCode() == 200;
              });
      // two runs of the clock and more: the first one, 30 s after the start, used to leave
      // an EntityManager behind that the second one closed again
      Awaitility.await("the clock's first runs")
          .pollInterval(Duration.ofSeconds(1))
          .failFast(
              "a SEVERE entry from the managed executor",
              () -> !severe(Files.readString(log)).isEmpty())
          .during(Duration.ofSeconds(75))
          .atMost(Duration.ofSeconds(80))
          .until(launcher::isAlive);
      String text = Files.readString(log);
      assertTrue(text.contains("Plenum ready at "), "the site started: " + log);
      assertTrue(severe(text).isEmpty(), () -> String.join("\n", severe(text)));
    } finally {
      launcher
          .descendants()
          .forEach(
              p -> {
                p.destroy();
                p.onExit().join();
              });
      launcher.destroy();
      launcher.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** The SEVERE entries of a log that come from the managed executor or an EntityManager. */
  private static List<String> severe(String log) {
    Matcher m = SEVERE.matcher(log);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      int end = log.indexOf("\n[20", m.end());
      String entry = log.substring(m.start(), end < 0 ? log.length() : end);
      if (entry.contains("ManagedScheduledExecutorService")
          || entry.contains("EntityManager")
          || entry.contains("invocation stack")) {
        found.add(entry);
      }
    }
    return found;
  }

  /** Starts the bundle's launcher as an operator does, with nothing but a data folder. */
  private static Process start(Path data, int port, Path log) throws IOException {
    Path bundle = Path.of(System.getProperty("plenum.bundle"));
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            bundle.resolve("plenum-launcher.jar").toString());
    for (String name :
        List.of(
            "PLENUM_DB_URL",
            "PLENUM_DB_CLASS",
            "PLENUM_DB_USER",
            "PLENUM_DB_PASSWORD",
            "PLENUM_SMTP_HOST",
            "PLENUM_SMTP_PORT")) {
      pb.environment().remove(name);
    }
    pb.environment().put("PLENUM_DATA", data.toString());
    pb.environment().put("PLENUM_PORT", String.valueOf(port));
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Process p = pb.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  p.descendants().forEach(ProcessHandle::destroyForcibly);
                  p.destroyForcibly();
                }));
    return p;
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
