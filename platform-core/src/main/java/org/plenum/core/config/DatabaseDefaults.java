package org.plenum.core.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the database settings that follow from others: the embedded H2 file under the data
 * folder when {@code PLENUM_DB_URL} is not set, and the data-source class that matches the URL in
 * use. Its ordinal is below every other source, so any explicit value wins.
 *
 * <p>The H2 URL asks for {@code WRITE_DELAY=0}: H2 otherwise keeps commits in memory for up to half
 * a second, and a killed JVM loses writes the user was told had succeeded.
 */
public class DatabaseDefaults implements ConfigSource {

  static final String URL = "plenum.db.url";
  static final String DATA_SOURCE_CLASS = "plenum.db.class";
  static final String USER = "plenum.db.user";
  static final String PASSWORD = "plenum.db.password";
  private static final String EMBEDDED_USER = "plenum";
  private static final String EMBEDDED_PASSWORD = "plenum-embedded";

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(URL, DATA_SOURCE_CLASS, USER, PASSWORD);
  }

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        URL,
        embeddedUrl(),
        DATA_SOURCE_CLASS,
        dataSourceClass(),
        USER,
        EMBEDDED_USER,
        PASSWORD,
        EMBEDDED_PASSWORD);
  }

  @Override
  public String getValue(String name) {
    return switch (name) {
      case URL -> embeddedUrl();
      case DATA_SOURCE_CLASS -> dataSourceClass();
      // The embedded file database is reachable only through the data folder; its
      // credentials are fixed so that an existing file keeps opening.
      case USER -> EMBEDDED_USER;
      case PASSWORD -> EMBEDDED_PASSWORD;
      default -> null;
    };
  }

  @Override
  public String getName() {
    return "plenum-database-defaults";
  }

  @Override
  public int getOrdinal() {
    return 5;
  }

  /**
   * The embedded database URL for a data folder.
   *
   * @param dataFolder the site's data folder
   * @return an H2 file URL
   */
  public static String embeddedUrl(Path dataFolder) {
    Path file = dataFolder.toAbsolutePath().normalize().resolve("db").resolve("plenum");
    return "jdbc:h2:file:" + file + ";MODE=LEGACY;WRITE_DELAY=0";
  }

  /**
   * The data-source class for a JDBC URL.
   *
   * @param url a JDBC URL
   * @return the class name of the matching {@code javax.sql.DataSource}
   */
  public static String dataSourceClassFor(String url) {
    if (url != null && url.startsWith("jdbc:postgresql:")) {
      return "org.postgresql.ds.PGSimpleDataSource";
    }
    return "org.h2.jdbcx.JdbcDataSource";
  }

  private static String embeddedUrl() {
    return embeddedUrl(Path.of(firstOf("PLENUM_DATA", "plenum.data", "data")));
  }

  private static String dataSourceClass() {
    return dataSourceClassFor(firstOf("PLENUM_DB_URL", URL, embeddedUrl()));
  }

  private static String firstOf(String env, String property, String fallback) {
    String value = System.getenv(env);
    if (value == null || value.isBlank()) {
      value = System.getProperty(property);
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}
