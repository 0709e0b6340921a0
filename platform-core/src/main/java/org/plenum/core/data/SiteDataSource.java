package org.plenum.core.data;

import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The site's data source, {@code java:app/jdbc/plenum}, defined by the site assembly. Looked up
 * when first needed rather than injected: the site defines it in its own archive, and modules and
 * the core live in libraries that are validated before it is bound.
 */
@ApplicationScoped
public class SiteDataSource {

  /** The JNDI name every assembly must define. */
  public static final String JNDI_NAME = "java:app/jdbc/plenum";

  private volatile DataSource dataSource;

  /**
   * The data source.
   *
   * @return the site's database
   * @throws IllegalStateException when the assembly did not define it
   */
  public DataSource get() {
    DataSource ds = dataSource;
    if (ds == null) {
      try {
        ds = (DataSource) new InitialContext().lookup(JNDI_NAME);
      } catch (NamingException e) {
        throw new IllegalStateException("The site defines no data source " + JNDI_NAME, e);
      }
      dataSource = ds;
    }
    return ds;
  }
}
