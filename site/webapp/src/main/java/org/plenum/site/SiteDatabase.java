package org.plenum.site;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The site's database, chosen by configuration: the embedded H2 file in the data folder by default,
 * PostgreSQL (or another) when {@code PLENUM_DB_URL}, {@code PLENUM_DB_USER} and {@code
 * PLENUM_DB_PASSWORD} are set. The same build serves both.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/plenum",
    className = "${MPCONFIG=plenum.db.class}",
    url = "${MPCONFIG=plenum.db.url}",
    user = "${MPCONFIG=plenum.db.user}",
    password = "${MPCONFIG=plenum.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit"
    })
@WebListener
public class SiteDatabase implements ServletContextListener {
  // A web component carries the definition: the container reads resource definitions
  // from web components while deploying, before CDI starts.
}
