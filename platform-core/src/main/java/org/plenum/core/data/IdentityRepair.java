package org.plenum.core.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Makes the embedded H2 database's generated ids safe after a crash. H2 may forget how far an
 * identity column had counted when its process is killed ({@code kill -9}, a power cut): the rows
 * are there, but the next insert is given an id already used and fails. At every start, before the
 * site takes a request, each identity column of the site's schema whose next id is not above the
 * largest id its table holds is set to go on after it (never back). PostgreSQL keeps its sequences
 * through a crash and is left as it is.
 */
public final class IdentityRepair {

  private static final Logger LOG = Logger.getLogger(IdentityRepair.class.getName());

  private IdentityRepair() {}

  /**
   * Realigns every identity column on H2; does nothing on other databases.
   *
   * @param dataSource the site's database
   * @return how many columns were moved on
   */
  public static int realign(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      if (!c.getMetaData().getDatabaseProductName().toUpperCase().contains("H2")) {
        return 0;
      }
      List<String[]> columns = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT TABLE_NAME, COLUMN_NAME, IDENTITY_BASE FROM"
                      + " INFORMATION_SCHEMA.COLUMNS WHERE IS_IDENTITY = 'YES'"
                      + " AND TABLE_SCHEMA = CURRENT_SCHEMA")) {
        while (r.next()) {
          columns.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
        }
      }
      int moved = 0;
      for (String[] column : columns) {
        String table = quote(column[0]);
        String name = quote(column[1]);
        try (Statement s = c.createStatement();
            ResultSet r = s.executeQuery("SELECT MAX(" + name + ") FROM " + table)) {
          long max = r.next() ? r.getLong(1) : 0;
          long next = column[2] == null ? 0 : Long.parseLong(column[2]);
          // only ever forward: ids of rows deleted at the top are not handed out again
          if (max > 0 && next <= max) {
            try (Statement alter = c.createStatement()) {
              alter.execute(
                  "ALTER TABLE " + table + " ALTER COLUMN " + name + " RESTART WITH " + (max + 1));
            }
            moved++;
          }
        }
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
      int count = moved;
      LOG.fine(() -> "Identity columns set to follow their largest ids: " + count);
      return moved;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot check the database's generated ids", e);
    }
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
