package org.plenum.core.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.plenum.api.SiteConfig;

/**
 * The site's configuration. Every value comes from MicroProfile Config, so each can be set with an
 * environment variable ({@code plenum.data} from {@code PLENUM_DATA}, and so on).
 */
@ApplicationScoped
public class PlenumConfig implements SiteConfig {

  private Config config;

  PlenumConfig() {}

  @Inject
  PlenumConfig(Config config) {
    this.config = config;
  }

  /**
   * The data folder: embedded database, uploaded files, outbox, installed modules.
   *
   * @return an absolute path
   */
  public Path dataFolder() {
    return Path.of(string("plenum.data", "data")).toAbsolutePath().normalize();
  }

  /**
   * The JDBC URL in use.
   *
   * @return the URL
   */
  public String databaseUrl() {
    return string("plenum.db.url", DatabaseDefaults.embeddedUrl(dataFolder()));
  }

  /**
   * A short description of the database for logs: product and where, never the password.
   *
   * @return such as {@code H2 (file /srv/plenum/data/db/plenum)}
   */
  public String databaseDescription() {
    String url = databaseUrl();
    if (url.startsWith("jdbc:h2:file:")) {
      String file = url.substring("jdbc:h2:file:".length());
      int semicolon = file.indexOf(';');
      return "H2 (file " + (semicolon < 0 ? file : file.substring(0, semicolon)) + ")";
    }
    if (url.startsWith("jdbc:postgresql:")) {
      String rest = url.substring("jdbc:postgresql:".length());
      int query = rest.indexOf('?');
      return "PostgreSQL (" + (query < 0 ? rest : rest.substring(0, query)) + ")";
    }
    return url.split("[;?]", 2)[0];
  }

  /**
   * The address the site is reached at, used in mails, feeds and logs.
   *
   * @return such as {@code http://localhost:8080}, without trailing slash
   */
  public String baseUrl() {
    String url = string("plenum.base-url", "http://localhost:" + string("plenum.port", "8080"));
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * The first administrator's password, when the operator chose one.
   *
   * @return the password, if configured
   */
  public Optional<String> initialAdminPassword() {
    return config.getOptionalValue("plenum.admin.password", String.class).filter(s -> !s.isBlank());
  }

  /**
   * Whether to create demo content in an empty database.
   *
   * @return true unless {@code PLENUM_DEMO=false}
   */
  public boolean demoContent() {
    return config.getOptionalValue("plenum.demo", Boolean.class).orElse(true);
  }

  /** The iterations of PBKDF2 a password hash takes unless configured otherwise. */
  public static final int PASSWORD_ITERATIONS = 600_000;

  /** The fewest iterations the site accepts, whatever is configured. */
  public static final int PASSWORD_ITERATIONS_MIN = 10_000;

  /**
   * The iterations of PBKDF2-HMAC-SHA256 for new password hashes: OWASP's 600,000 by default; fewer
   * only for test and development sites, never under {@value #PASSWORD_ITERATIONS_MIN}. Hashes
   * carry their own count, so a change applies to passwords set from then on.
   *
   * @return the iterations
   */
  public int passwordIterations() {
    return Math.max(
        PASSWORD_ITERATIONS_MIN,
        config
            .getOptionalValue("plenum.password.iterations", Integer.class)
            .orElse(PASSWORD_ITERATIONS));
  }

  /**
   * The moment the launcher began, to report the whole start-up time.
   *
   * @return epoch milliseconds, if the launcher said
   */
  public Optional<Long> launchStartedAt() {
    return config.getOptionalValue("plenum.launch.started-at", Long.class);
  }

  /**
   * The address ({@code host:port}) the launcher's starting gate holds while the site starts; the
   * server takes it once the gate lets go.
   *
   * @return the address, when started by the launcher
   */
  public Optional<String> launchGate() {
    return config.getOptionalValue("plenum.launch.gate", String.class);
  }

  /**
   * A setting a module reads for itself, from the same sources as the core's ({@code
   * plenum.search.log-days} is also {@code PLENUM_SEARCH_LOG_DAYS}).
   *
   * @param <T> the value's type
   * @param key the setting's key
   * @param type the value's type
   * @return the value, if set
   */
  public <T> Optional<T> value(String key, Class<T> type) {
    return config.getOptionalValue(key, type);
  }

  private String string(String key, String fallback) {
    return config.getOptionalValue(key, String.class).filter(s -> !s.isBlank()).orElse(fallback);
  }
}
