package org.plenum.spi;

import java.util.List;

/**
 * A Plenum module: one jar, found with {@link java.util.ServiceLoader} through {@code
 * META-INF/services/org.plenum.spi.Module}.
 *
 * <p>An implementation holds declarations only: it is instantiated by the module registry before
 * CDI and JPA are ready, so it must have a public no-argument constructor and must not touch the
 * database or other beans. Behaviour that needs beans (menu entries that depend on content,
 * home-page blocks, admin pages) is contributed by CDI beans implementing the contribution
 * interfaces of this package, each naming its module with {@code moduleId()}.
 *
 * <p>Lifecycle, run by the core's registry: discover, check dependencies, migrate, enable. A module
 * whose dependency is missing or too old, whose migrations fail or whose {@link #start()} throws
 * stays off with the reason shown in the admin and the log.
 */
public interface Module {

  /**
   * The module's identity and requirements; called once at discovery.
   *
   * @return the descriptor
   */
  ModuleDescriptor descriptor();

  /**
   * Fully qualified names of the module's JPA entity classes. Names, not {@code Class} objects: a
   * class loaded before the persistence unit is set up cannot be woven.
   *
   * @return entity class names, empty when the module has none
   */
  default List<String> entityClassNames() {
    return List.of();
  }

  /**
   * Class-path location of the module's Flyway migrations. Each module has its own history table
   * ({@code flyway_history_<id>}), so modules migrate, upgrade and stay independently. The default
   * is {@code db/migration/<id>}; a module without a schema has no such folder.
   *
   * @return a class-path folder
   */
  default String migrationLocation() {
    return "db/migration/" + descriptor().id();
  }

  /**
   * The module's clean, bookmarkable routes, below the language prefix ({@code /en/…}).
   *
   * @return the routes, empty when the module has no page
   */
  default List<Route> routes() {
    return List.of();
  }

  /**
   * The permissions the module checks, with the roles that hold them by default.
   *
   * @return the permissions
   */
  default List<Permission> permissions() {
    return List.of();
  }

  /**
   * Base name of the module's message bundle, English in {@code <base>.properties} (UTF-8). Keys
   * should start with the module id. Translations come from locale packs ({@code
   * i18n/<locale>/<id>.properties}) or from {@code <base>_<locale>.properties} in the jar; a pack
   * wins over the jar.
   *
   * @return the bundle base name, or {@code null} when the module shows no text
   */
  default String messageBundle() {
    return null;
  }

  /**
   * The module's stylesheet: a file in its jar below {@code META-INF/resources}, named by its web
   * path such as {@code /events/events.css}. The core serves the stylesheets of the enabled modules
   * as one file after the theme's own, so a module styles its markup and the theme the frame around
   * it. A module's rules use the theme's CSS variables ({@code --ink}, {@code --paper}, {@code
   * --accent}, {@code --line}, {@code --rule}…; the README lists them) rather than colours of their
   * own, so that every theme, the high-contrast one included, dresses them.
   *
   * @return the stylesheet's web path, or {@code null} when the module brings none
   * @since 1.2.0
   */
  default String stylesheet() {
    return null;
  }

  /**
   * Called once after the module's migrations ran, before it is enabled. Throwing keeps the module
   * off, with the exception's message as the reason; the site starts without it.
   */
  default void start() {}
}
