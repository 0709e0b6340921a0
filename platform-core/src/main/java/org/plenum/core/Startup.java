package org.plenum.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.plenum.core.config.PlenumConfig;
import org.plenum.core.i18n.MessageCatalog;
import org.plenum.core.identity.Accounts;
import org.plenum.core.identity.FirstAdministrator;
import org.plenum.core.modules.InstalledModule;
import org.plenum.core.modules.ModuleRegistry;
import org.plenum.spi.SiteStarted;

/**
 * Brings the site up when the application starts: modules migrated and enabled, messages loaded,
 * first administrator made, modules' start-up work done; then one line that says where the site is,
 * on which database, with which modules, after how long.
 */
@ApplicationScoped
public class Startup {

  private static final Logger LOG = Logger.getLogger(Startup.class.getName());

  @Inject ModuleRegistry registry;

  @Inject MessageCatalog catalog;

  @Inject FirstAdministrator firstAdministrator;

  @Inject Accounts accounts;

  @Inject PlenumConfig config;

  @Inject Event<SiteStarted> started;

  /**
   * Starts the site. Called by {@link StartupListener} once the web application's resources, the
   * data source among them, are bound.
   */
  public void start() {
    registry.boot();
    Map<String, String> bundles = new HashMap<>();
    for (InstalledModule m : registry.all()) {
      if (m.module() != null && m.descriptor() != null && m.module().messageBundle() != null) {
        bundles.put(m.descriptor().id(), m.module().messageBundle());
      }
    }
    catalog.load(
        bundles,
        Thread.currentThread().getContextClassLoader(),
        config.dataFolder().resolve("i18n"));
    accounts.assignMissingSlugs();
    firstAdministrator.ensure();
    Set<String> enabled = new LinkedHashSet<>();
    registry.enabled().forEach(m -> enabled.add(m.id()));
    started.fire(new SiteStarted(enabled, config.demoContent()));

    long since =
        config.launchStartedAt().orElse(ManagementFactory.getRuntimeMXBean().getStartTime());
    double seconds = (System.currentTimeMillis() - since) / 1000.0;
    String modules =
        registry.enabled().stream()
            .map(m -> m.id() + " " + m.version())
            .collect(Collectors.joining(", "));
    String summary =
        String.format(
            Locale.ROOT,
            "database: %s | modules: %s | languages: %s",
            config.databaseDescription(),
            modules,
            String.join(", ", catalog.languages()));
    LOG.info(
        String.format(
            Locale.ROOT,
            "Plenum ready at %s/ | %s | started in %.1f s",
            config.baseUrl(),
            summary,
            seconds));
    // the launcher repeats this once the server answers, as the last line of the start-up
    try {
      Files.createDirectories(config.dataFolder());
      Files.writeString(config.dataFolder().resolve(SUMMARY_FILE), summary);
    } catch (IOException e) {
      LOG.log(Level.FINE, "Cannot write the start-up summary", e);
    }
    config.launchGate().ifPresent(Startup::awaitGateOpen);
  }

  /**
   * Waits, at most {@value #GATE_WAIT_MS} ms, until the launcher's starting gate has let go of the
   * site's address (it does once it reads the summary), so that the server can take the port as
   * soon as the site is initialised.
   *
   * @param address {@code host:port}
   */
  static void awaitGateOpen(String address) {
    int colon = address.lastIndexOf(':');
    String host = address.substring(0, colon);
    if (host.isEmpty() || "0.0.0.0".equals(host) || "::".equals(host)) {
      host = "127.0.0.1";
    }
    int port = Integer.parseInt(address.substring(colon + 1));
    long deadline = System.currentTimeMillis() + GATE_WAIT_MS;
    while (System.currentTimeMillis() < deadline) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(host, port), 500);
      } catch (IOException free) {
        return;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    LOG.warning(() -> "The launcher still holds " + address + "; the server takes it when it can");
  }

  private static final long GATE_WAIT_MS = 30_000;

  /** File in the data folder holding the last start-up's summary. */
  public static final String SUMMARY_FILE = "last-start.txt";
}
