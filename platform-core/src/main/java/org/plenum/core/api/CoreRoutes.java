package org.plenum.core.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.plenum.api.Routes;
import org.plenum.core.web.RouteTable;

/** The site's routes, from the route table of the enabled modules. */
@ApplicationScoped
public class CoreRoutes implements Routes {

  @Inject RouteTable table;

  @Override
  public Optional<Match> match(String path) {
    return Optional.ofNullable(table.match(path))
        .map(m -> new Match(m.moduleId(), m.route().pattern()));
  }
}
