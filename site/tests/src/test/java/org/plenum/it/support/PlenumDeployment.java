package org.plenum.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test class shares: the site WAR exactly as built,
 * deployed at the root context on one Payara Micro for the whole run, on an empty database
 * (the data folder, or the PostgreSQL schema {@code plenum_it}, is wiped first).
 */
@ArquillianSuiteDeployment
public final class PlenumDeployment {

  private PlenumDeployment() {}

  /**
   * The site as built by the site module.
   *
   * @return the WAR, named to deploy at {@code /}
   */
  @Deployment(testable = false)
  public static WebArchive site() {
    wipe(Path.of(System.getProperty("plenum.it.data")));
    String pg = System.getProperty("plenum.it.pg.url");
    if (pg != null && !pg.isBlank()) {
      resetSchema(pg, System.getProperty("plenum.it.pg.user"));
    }
    File war = new File(System.getProperty("plenum.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }

  private static void resetSchema(String url, String user) {
    try (Connection c = DriverManager.getConnection(url, user, "plenum");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS plenum_it CASCADE");
      s.execute("CREATE SCHEMA plenum_it");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reset the PostgreSQL test schema at " + url, e);
    }
  }

  static void wipe(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
