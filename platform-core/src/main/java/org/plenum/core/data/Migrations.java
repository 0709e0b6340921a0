package org.plenum.core.data;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs one module's Flyway migrations with its own history table, so that modules install, upgrade
 * and stay apart. Modules arrive in a database that already holds other modules' tables, hence the
 * baseline at version 0: every real migration of the module still runs.
 */
public final class Migrations {

  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  private final DataSource dataSource;
  private final ClassLoader loader;

  /**
   * Migrations against a data source.
   *
   * @param dataSource the site's database
   * @param loader the class loader that sees the modules' migration folders
   */
  public Migrations(DataSource dataSource, ClassLoader loader) {
    this.dataSource = dataSource;
    this.loader = loader;
  }

  /**
   * Migrates one module.
   *
   * @param moduleId the module id, which names the history table
   * @param location class-path folder of its migrations
   * @return the number of migrations applied now
   */
  public int migrate(String moduleId, String location) {
    if (loader.getResource(location) == null) {
      return 0;
    }
    MigrateResult result =
        Flyway.configure(loader)
            .dataSource(dataSource)
            .locations("classpath:" + location)
            .table(historyTable(moduleId))
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .validateMigrationNaming(true)
            .load()
            .migrate();
    if (result.migrationsExecuted > 0) {
      LOG.info(
          () ->
              "Module "
                  + moduleId
                  + ": "
                  + result.migrationsExecuted
                  + " migration(s) applied, schema now at version "
                  + result.targetSchemaVersion);
    }
    return result.migrationsExecuted;
  }

  /**
   * The history table of a module.
   *
   * @param moduleId a module id
   * @return the table name
   */
  public static String historyTable(String moduleId) {
    return "flyway_history_" + moduleId.replace('-', '_');
  }
}
