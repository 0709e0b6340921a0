package org.plenum.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.plenum.core.data.SiteDataSource;

/** Ready when the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

  @Inject SiteDataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection c = dataSource.get().getConnection()) {
      return HealthCheckResponse.named("database").status(c.isValid(2)).build();
    } catch (SQLException | IllegalStateException e) {
      return HealthCheckResponse.named("database").down().build();
    }
  }
}
