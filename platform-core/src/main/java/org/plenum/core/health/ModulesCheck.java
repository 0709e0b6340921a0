package org.plenum.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.plenum.core.modules.ModuleRegistry;

/** Live once the core runs; lists each module's state. */
@Liveness
@ApplicationScoped
public class ModulesCheck implements HealthCheck {

  @Inject ModuleRegistry registry;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b =
        HealthCheckResponse.named("modules").status(registry.isEnabled(ModuleRegistry.CORE));
    registry.all().forEach(m -> b.withData(m.id(), m.status().name().toLowerCase(Locale.ROOT)));
    return b.build();
  }
}
