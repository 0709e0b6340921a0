package org.plenum.launcher;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Starts the site. It has {@link SiteAssembly} unpack the site WAR with the modules folder's jars,
 * holds the address with a {@link StartingGate} and runs Payara Micro on the result as a child
 * process bound to the configured address.
 *
 * <p>Configuration, all optional, by environment variable: {@code PLENUM_PORT} (8080), {@code
 * PLENUM_BIND} (127.0.0.1), {@code PLENUM_DATA} (./data), {@code PLENUM_MODULES} ({@code
 * <data>/modules}), {@code PLENUM_JAVA_OPTS}; the site itself reads {@code PLENUM_DB_URL}, {@code
 * PLENUM_DB_USER}, {@code PLENUM_DB_PASSWORD}, {@code PLENUM_ADMIN_PASSWORD}, {@code
 * PLENUM_BASE_URL} and {@code PLENUM_DEMO}.
 */
public final class Launcher {

  /** The types the server compresses: scripts, styles and drawings. */
  static final String COMPRESSED =
      "text/css,text/javascript,application/javascript,application/x-javascript,image/svg+xml";

  private final Map<String, String> env;
  private final Path home;

  Launcher(Map<String, String> env, Path home) {
    this.env = env;
    this.home = home;
  }

  /**
   * Starts the site and waits for it to stop.
   *
   * @param args none
   * @throws Exception when the site cannot be assembled or started
   */
  public static void main(String[] args) throws Exception {
    long started = System.currentTimeMillis();
    Path home =
        Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .getParent();
    Launcher launcher = new Launcher(System.getenv(), home);
    System.exit(launcher.run(started));
  }

  int run(long started) throws IOException, InterruptedException {
    Path data = Path.of(env.getOrDefault("PLENUM_DATA", "data")).toAbsolutePath().normalize();
    Path modules =
        Path.of(env.getOrDefault("PLENUM_MODULES", data.resolve("modules").toString()))
            .toAbsolutePath()
            .normalize();
    Files.createDirectories(modules);
    Path war = home.resolve("lib/plenum-site.war");
    Path micro = home.resolve("lib/payara-micro.jar");
    if (!Files.isRegularFile(war) || !Files.isRegularFile(micro)) {
      System.err.println(
          "The bundle is incomplete: "
              + war
              + " or "
              + micro
              + " is missing."
              + " Build it with: mvn -DskipTests install");
      return 2;
    }
    Map<Path, String> rejected = new LinkedHashMap<>();
    List<Path> jars = SiteAssembly.moduleJars(modules, rejected);
    rejected.forEach(
        (file, why) ->
            System.err.println("[plenum] Not installing " + file.getFileName() + ": " + why));
    Path app = SiteAssembly.assemble(data, war, jars, rejected);
    Path preboot = data.resolve("payara-preboot.txt");
    String bind = env.getOrDefault("PLENUM_BIND", "127.0.0.1");
    Files.writeString(
        preboot,
        String.join(
            System.lineSeparator(),
            List.of(
                "set configs.config.server-config.network-config.network-listeners.network-listener"
                    + ".http-listener.address="
                    + bind,
                "set configs.config.server-config.network-config.network-listeners.network-listener"
                    + ".https-listener.address="
                    + bind,
                "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false",
                // answers do not name the server or its version
                "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
                    + ".server-header=false",
                "set configs.config.server-config.network-config.protocols.protocol.https-listener.http"
                    + ".server-header=false",
                // scripts and styles are sent compressed to browsers that accept it; pages and
                // API answers are not, so that a secret in them cannot be guessed from their size
                "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
                    + ".compression=on",
                "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
                    + ".compressable-mime-type="
                    + COMPRESSED,
                // the starting gate holds the port until the site is ready (see below)
                "set configs.config.server-config.network-config.network-listeners.network-listener"
                    + ".http-listener.enabled=false",
                "")),
        StandardCharsets.UTF_8);
    // run once every application is initialised, that is once the site is ready
    Path postdeploy = data.resolve("payara-postdeploy.txt");
    Files.writeString(
        postdeploy,
        "set configs.config.server-config.network-config.network-listeners.network-listener"
            + ".http-listener.enabled=true"
            + System.lineSeparator(),
        StandardCharsets.UTF_8);
    String port = env.getOrDefault("PLENUM_PORT", "8080");
    StartingGate gate;
    try {
      gate = StartingGate.open(bind, Integer.parseInt(port));
    } catch (IOException | NumberFormatException e) {
      System.err.println(
          "Cannot listen on "
              + bind
              + ":"
              + port
              + " ("
              + e.getMessage()
              + ")."
              + " Is another site or program using it? Set PLENUM_PORT to choose another port.");
      return 2;
    }
    Path summary = data.resolve("last-start.txt");
    Files.deleteIfExists(summary);

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String opts =
        env.getOrDefault("PLENUM_JAVA_OPTS", "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
    for (String o : opts.trim().split("\\s+")) {
      if (!o.isEmpty()) {
        command.add(o);
      }
    }
    command.add("-Dplenum.launch.started-at=" + started);
    command.add("-Dplenum.data=" + data);
    command.add("-Dplenum.launch.gate=" + bind + ":" + port);
    command.add("-jar");
    command.add(micro.toString());
    command.add("--deploy");
    command.add(app.toString());
    command.add("--contextroot");
    command.add("/");
    command.add("--port");
    command.add(port);
    command.add("--prebootcommandfile");
    command.add(preboot.toString());
    command.add("--postdeploycommandfile");
    command.add(postdeploy.toString());
    command.add("--nocluster");

    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().put("PLENUM_DATA", data.toString());
    builder.environment().putAll(databaseEnvironment(env, data));
    builder.environment().putIfAbsent("PLENUM_PORT", port);
    Process server;
    try {
      server = builder.start();
    } catch (IOException e) {
      gate.close();
      throw e;
    }
    server.onExit().thenRun(gate::close);
    Thread announcer =
        new Thread(() -> announce(server, gate, summary, port, started), "plenum-ready");
    announcer.setDaemon(true);
    announcer.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.destroy();
                  try {
                    server.waitFor();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                "plenum-stop"));
    return server.waitFor();
  }

  /**
   * Waits until the site has started, opens the gate, waits until the site answers, then says so in
   * one line: the last line of the start-up, with the address, the database, the modules and the
   * whole time since the launcher began. The site writes its summary once started, then waits for
   * the port to be free before the server takes it.
   */
  private void announce(
      Process server, StartingGate gate, Path summary, String port, long started) {
    long deadline = System.currentTimeMillis() + 600_000;
    try {
      while (server.isAlive() && !Files.exists(summary)) {
        Thread.sleep(50);
      }
      gate.close();
      URI health = URI.create("http://127.0.0.1:" + port + "/health");
      while (server.isAlive() && System.currentTimeMillis() < deadline) {
        try {
          HttpURLConnection c = (HttpURLConnection) health.toURL().openConnection();
          c.setConnectTimeout(1000);
          c.setReadTimeout(5000);
          int status = c.getResponseCode();
          c.disconnect();
          if (status == 200 && Files.exists(summary)) {
            String base = env.getOrDefault("PLENUM_BASE_URL", "http://localhost:" + port);
            System.out.printf(
                Locale.ROOT,
                "Plenum is up at %s/ | %s | ready in %.1f s%n",
                base.replaceAll("/+$", ""),
                Files.readString(summary).trim(),
                (System.currentTimeMillis() - started) / 1000.0);
            return;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(200);
      }
    } catch (InterruptedException e) {
      // the launcher is shutting down: nothing to announce
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The database settings the server needs before the application's own configuration is read:
   * Payara resolves the data source while deploying, from environment variables only. The embedded
   * H2 URL asks for {@code WRITE_DELAY=0} so that an acknowledged commit is on disk before the user
   * hears of it (H2 otherwise delays writes by up to half a second).
   *
   * @param env the launcher's environment
   * @param data the data folder
   * @return variables to add to the server's environment
   */
  static Map<String, String> databaseEnvironment(Map<String, String> env, Path data) {
    Map<String, String> db = new LinkedHashMap<>();
    String url = env.get("PLENUM_DB_URL");
    if (url == null || url.isBlank()) {
      url = "jdbc:h2:file:" + data.resolve("db").resolve("plenum") + ";MODE=LEGACY;WRITE_DELAY=0";
      db.put("PLENUM_DB_URL", url);
      db.put("PLENUM_DB_USER", "plenum");
      db.put("PLENUM_DB_PASSWORD", "plenum-embedded");
    }
    if (env.get("PLENUM_DB_CLASS") == null) {
      db.put(
          "PLENUM_DB_CLASS",
          url.startsWith("jdbc:postgresql:")
              ? "org.postgresql.ds.PGSimpleDataSource"
              : "org.h2.jdbcx.JdbcDataSource");
    }
    if (!db.containsKey("PLENUM_DB_USER") && env.get("PLENUM_DB_USER") == null) {
      db.put("PLENUM_DB_USER", "plenum");
    }
    if (!db.containsKey("PLENUM_DB_PASSWORD") && env.get("PLENUM_DB_PASSWORD") == null) {
      db.put("PLENUM_DB_PASSWORD", "");
    }
    return db;
  }
}
