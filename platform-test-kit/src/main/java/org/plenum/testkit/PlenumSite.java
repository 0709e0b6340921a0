package org.plenum.testkit;

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
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The site a test suite runs against: the site's WAR exactly as released, with the modules under
 * test added as a maintainer adds them, deployed once at the root context on Payara Micro for the
 * whole run, on an empty database.
 *
 * <p>A module's suite declares its deployment once:
 *
 * <pre>{@code
 * @ArquillianSuiteDeployment
 * public final class NoticesSite {
 *   @Deployment(testable = false)
 *   public static WebArchive site() {
 *     return PlenumSite.with(Path.of("target/plenum-example-notices.jar"));
 *   }
 * }
 * }</pre>
 *
 * <p>It reads these system properties, which the build sets: {@code plenum.war} (the site's WAR),
 * {@code plenum.it.data} (the data folder, emptied first), and, for a run on PostgreSQL, {@code
 * plenum.it.pg.url} and {@code plenum.it.pg.user} (the schema {@code plenum_it} is dropped and made
 * again). The server itself reads {@code PLENUM_*} variables as in production (see the README's
 * configuration).
 */
public final class PlenumSite {

  private PlenumSite() {}

  /**
   * The site with some modules installed.
   *
   * @param moduleJars module jars to add, as dropped into a site's modules folder
   * @return the WAR, named to deploy at {@code /}
   */
  public static WebArchive with(Path... moduleJars) {
    wipe(Path.of(required("plenum.it.data")));
    String pg = System.getProperty("plenum.it.pg.url");
    if (pg != null && !pg.isBlank()) {
      resetSchema(pg, System.getProperty("plenum.it.pg.user"));
    }
    File war = new File(required("plenum.war"));
    WebArchive site =
        ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    for (Path jar : moduleJars) {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(
            "No module jar at "
                + jar.toAbsolutePath()
                + ": package the module before its integration tests");
      }
      site.addAsLibrary(jar.toFile());
    }
    return site;
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("The system property " + property + " is not set");
    }
    return value;
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

  /**
   * Deletes a folder and everything in it.
   *
   * @param dir the folder; nothing happens when it does not exist
   */
  public static void wipe(Path dir) {
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
