package org.plenum.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.plenum.core.modules.InstalledModule;
import org.plenum.core.modules.ModuleRegistry;
import org.plenum.spi.ModulesChanged;
import org.plenum.spi.Route;

/**
 * The routes of the enabled modules, tried in priority order (then longer literal patterns first).
 * Rebuilt when a module is turned on or off, so a disabled module's URLs answer 404.
 */
@ApplicationScoped
public class RouteTable {

  /**
   * A route that matched.
   *
   * @param moduleId the module that owns it
   * @param route the route
   * @param parameters path parameters by name
   */
  public record Match(String moduleId, Route route, Map<String, String> parameters) {}

  private record Entry(String moduleId, Route route) {}

  @Inject ModuleRegistry registry;

  private volatile List<Entry> entries;

  /**
   * Finds the route for a path below the language prefix.
   *
   * @param path such as {@code pages/new}, no leading or trailing slash
   * @return the match, or {@code null}
   */
  public Match match(String path) {
    List<Entry> list = entries;
    if (list == null) {
      list = rebuild();
    }
    for (Entry e : list) {
      Map<String, String> params = e.route().match(path);
      if (params != null) {
        return new Match(e.moduleId(), e.route(), params);
      }
    }
    return null;
  }

  void modulesChanged(@Observes ModulesChanged event) {
    rebuild();
  }

  private synchronized List<Entry> rebuild() {
    List<Entry> list = new ArrayList<>();
    for (InstalledModule m : registry.enabled()) {
      for (Route r : m.module().routes()) {
        list.add(new Entry(m.id(), r));
      }
    }
    list.sort(
        Comparator.comparingInt((Entry e) -> e.route().priority())
            .thenComparing(e -> -literalLength(e.route().pattern())));
    entries = List.copyOf(list);
    return entries;
  }

  private static int literalLength(String pattern) {
    return pattern.replaceAll("\\{[^}]*}", "").length();
  }
}
