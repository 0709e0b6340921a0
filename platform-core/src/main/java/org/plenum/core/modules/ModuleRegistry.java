package org.plenum.core.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenum.api.SiteModules;
import org.plenum.core.data.IdentityRepair;
import org.plenum.core.data.Migrations;
import org.plenum.core.data.SiteDataSource;
import org.plenum.spi.ModuleDescriptor;
import org.plenum.spi.ModulesChanged;
import org.plenum.spi.Requirement;

/**
 * The modules of this site and their state. At start-up it discovers modules, orders them by their
 * requirements, runs each one's migrations and start hook, and enables those the administrator has
 * not turned off. At run time it enables and disables modules; the choice is stored and survives
 * restarts.
 */
@ApplicationScoped
public class ModuleRegistry implements SiteModules {

  /** The core's own id; it cannot be turned off. */
  public static final String CORE = "core";

  private static final Logger LOG = Logger.getLogger(ModuleRegistry.class.getName());

  @Inject SiteDataSource dataSource;

  @Inject ModuleStates states;

  @Inject Event<ModulesChanged> changed;

  private final Map<String, InstalledModule> modules = new LinkedHashMap<>();
  private volatile List<InstalledModule> enabled = List.of();

  /** Discovers, migrates and enables the modules. Called once at start-up. */
  public synchronized void boot() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    ModuleResolver.Resolution resolution =
        new ModuleResolver(ModuleDescriptor.CURRENT_SPI).resolve(ModuleDiscovery.discover(loader));

    List<Discovered> ordered = new ArrayList<>(resolution.ordered());
    ordered.sort(Comparator.comparing(d -> !CORE.equals(d.descriptor().id())));
    Discovered core = ordered.isEmpty() ? null : ordered.get(0);
    if (core == null || !CORE.equals(core.descriptor().id())) {
      throw new IllegalStateException("The core module is missing from the class path");
    }
    Migrations migrations = new Migrations(dataSource.get(), loader);
    migrations.migrate(CORE, core.module().migrationLocation());
    Map<String, Boolean> choices = states.load();

    for (Discovered d : ordered) {
      String id = d.descriptor().id();
      InstalledModule m =
          new InstalledModule(
              id, d.module(), d.descriptor(), d.source(), ModuleStatus.FAILED, null);
      modules.put(id, m);
      Optional<Reason> blocked = unmetRequirement(d.descriptor());
      if (blocked.isPresent()) {
        fail(m, blocked.get());
        continue;
      }
      try {
        if (!CORE.equals(id)) {
          migrations.migrate(id, d.module().migrationLocation());
        }
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Module " + id + ": migrations failed", e);
        fail(
            m,
            Reason.of(
                "core.module.reason.migration", "its migrations failed: {0}", rootMessage(e)));
        continue;
      }
      try {
        d.module().start();
      } catch (RuntimeException | LinkageError e) {
        LOG.log(Level.SEVERE, "Module " + id + ": start failed", e);
        fail(m, Reason.of("core.module.reason.start", "its start-up failed: {0}", rootMessage(e)));
        continue;
      }
      boolean on = CORE.equals(id) || choices.getOrDefault(id, true);
      m.set(on ? ModuleStatus.ENABLED : ModuleStatus.DISABLED, null);
    }
    resolution
        .refused()
        .forEach(
            (key, refusal) -> {
              Discovered d = refusal.discovered();
              InstalledModule m =
                  new InstalledModule(
                      key,
                      d.module(),
                      d.descriptor(),
                      d.source(),
                      ModuleStatus.FAILED,
                      refusal.reason());
              modules.put(key, m);
              LOG.warning(
                  () -> "Module " + key + " (" + d.source() + ") stays off: " + refusal.reason());
            });
    IdentityRepair.realign(dataSource.get());
    refresh();
  }

  /**
   * Every installed module, running or not, in start-up order.
   *
   * @return the modules
   */
  public List<InstalledModule> all() {
    synchronized (this) {
      return List.copyOf(modules.values());
    }
  }

  /**
   * The running modules, in start-up order. Cheap: read on every request.
   *
   * @return enabled modules
   */
  public List<InstalledModule> enabled() {
    return enabled;
  }

  /**
   * Tells whether a module runs.
   *
   * @param id a module id
   * @return true when installed and enabled
   */
  public boolean isEnabled(String id) {
    for (InstalledModule m : enabled) {
      if (m.id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Finds a module.
   *
   * @param id a module id
   * @return the module, if installed
   */
  public synchronized Optional<InstalledModule> find(String id) {
    return Optional.ofNullable(modules.get(id));
  }

  /**
   * Turns a module on or off at run time and stores the choice.
   *
   * @param id a module id
   * @param on the wanted state
   * @param by the administrator's user name
   * @throws ModuleChangeRefused when the module is unknown, broken, the core, needed by an enabled
   *     module, or needs a module that is off
   */
  public void setEnabled(String id, boolean on, String by) {
    synchronized (this) {
      InstalledModule m = modules.get(id);
      if (m == null || m.descriptor() == null) {
        throw new ModuleChangeRefused(
            Reason.of("core.module.refused.unknown", "there is no module {0}", id), true);
      }
      if (CORE.equals(id)) {
        throw new ModuleChangeRefused(
            Reason.of("core.module.refused.core", "the core cannot be turned off"), false);
      }
      if (m.status() == ModuleStatus.FAILED) {
        throw new ModuleChangeRefused(
            Reason.of(
                "core.module.refused.failed",
                "module {0} cannot start: {1}",
                id,
                String.valueOf(m.reason())),
            false);
      }
      if (m.enabled() == on) {
        return;
      }
      if (on) {
        Optional<Reason> unmet = unmetRequirement(m.descriptor());
        if (unmet.isPresent()) {
          throw new ModuleChangeRefused(unmet.get(), false);
        }
      } else {
        for (InstalledModule other : modules.values()) {
          if (other.enabled() && other.requires().stream().anyMatch(r -> r.moduleId().equals(id))) {
            throw new ModuleChangeRefused(
                Reason.of(
                    "core.module.refused.needed",
                    "module {0} needs it; turn that off first",
                    other.id()),
                false);
          }
        }
      }
      states.save(id, on, by);
      m.set(on ? ModuleStatus.ENABLED : ModuleStatus.DISABLED, null);
      refresh();
    }
    LOG.info(() -> "Module " + id + (on ? " enabled" : " disabled") + " by " + by);
    changed.fire(new ModulesChanged(id, on));
  }

  private Optional<Reason> unmetRequirement(ModuleDescriptor descriptor) {
    for (Requirement r : descriptor.requires()) {
      InstalledModule dep = modules.get(r.moduleId());
      if (dep == null || !dep.enabled()) {
        return Optional.of(
            Reason.of(
                "core.module.reason.dependencyOff",
                "requires module {0}, which cannot start",
                r.moduleId()));
      }
    }
    return Optional.empty();
  }

  private void fail(InstalledModule m, Reason reason) {
    m.set(ModuleStatus.FAILED, reason);
    LOG.warning(() -> "Module " + m.id() + " stays off: " + reason);
  }

  private void refresh() {
    List<InstalledModule> on = new ArrayList<>();
    for (InstalledModule m : modules.values()) {
      if (m.enabled()) {
        on.add(m);
      }
    }
    enabled = List.copyOf(on);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
