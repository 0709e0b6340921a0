package org.plenum.core.modules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenum.spi.ModuleDescriptor;
import org.plenum.spi.Requirement;
import org.plenum.spi.SemVer;

/**
 * Decides which discovered modules can run and in which order: every module comes after the modules
 * it requires. A module is refused when its SPI version is not supported, its id is taken, a
 * requirement is missing, too old or itself refused, or the requirements form a cycle. The rest of
 * the site runs without it.
 */
public final class ModuleResolver {

  private final SemVer spi;

  /**
   * A resolver for an SPI version.
   *
   * @param spi the version of the SPI the core offers
   */
  public ModuleResolver(SemVer spi) {
    this.spi = spi;
  }

  /**
   * The outcome of resolution.
   *
   * @param ordered runnable modules, dependencies first
   * @param refused modules that cannot run, with the reason
   */
  public record Resolution(List<Discovered> ordered, Map<String, Refusal> refused) {}

  /**
   * A module that cannot run.
   *
   * @param discovered what was found
   * @param reason why it stays off
   */
  public record Refusal(Discovered discovered, Reason reason) {}

  /**
   * Resolves modules.
   *
   * @param found the modules found, readable or not
   * @return the runnable order and the refusals, keyed by module id or source
   */
  public Resolution resolve(List<Discovered> found) {
    Map<String, Refusal> refused = new LinkedHashMap<>();
    Map<String, Discovered> byId = new LinkedHashMap<>();
    for (Discovered d : found) {
      if (d.failure() != null) {
        refused.put(d.source(), new Refusal(d, d.failure()));
        continue;
      }
      ModuleDescriptor desc = d.descriptor();
      if (byId.containsKey(desc.id())) {
        refused.put(
            desc.id() + "@" + d.source(),
            new Refusal(
                d,
                Reason.of(
                    "core.module.reason.duplicate",
                    "another module already has the id {0} ({1})",
                    desc.id(),
                    byId.get(desc.id()).source())));
        continue;
      }
      if (desc.spiVersion().major() != spi.major() || desc.spiVersion().minor() > spi.minor()) {
        refused.put(
            desc.id(),
            new Refusal(
                d,
                Reason.of(
                    "core.module.reason.spi",
                    "needs version {0} of the module API; this site offers {1}",
                    desc.spiVersion().toString(),
                    spi.toString())));
        continue;
      }
      byId.put(desc.id(), d);
    }

    List<Discovered> ordered = new ArrayList<>();
    Map<String, Mark> marks = new HashMap<>();
    List<String> ids = new ArrayList<>(byId.keySet());
    ids.sort(Comparator.naturalOrder());
    for (String id : ids) {
      visit(id, byId, marks, ordered, refused);
    }
    return new Resolution(List.copyOf(ordered), refused);
  }

  private enum Mark {
    VISITING,
    OK,
    REFUSED
  }

  private boolean visit(
      String id,
      Map<String, Discovered> byId,
      Map<String, Mark> marks,
      List<Discovered> ordered,
      Map<String, Refusal> refused) {
    Mark mark = marks.get(id);
    if (mark == Mark.OK) {
      return true;
    }
    if (mark == Mark.REFUSED) {
      return false;
    }
    Discovered d = byId.get(id);
    if (mark == Mark.VISITING) {
      marks.put(id, Mark.REFUSED);
      refused.put(
          id,
          new Refusal(
              d,
              Reason.of(
                  "core.module.reason.cycle", "its requirements form a cycle through {0}", id)));
      return false;
    }
    marks.put(id, Mark.VISITING);
    for (Requirement r : d.descriptor().requires()) {
      Discovered dep = byId.get(r.moduleId());
      Reason reason = null;
      if (dep == null) {
        reason =
            Reason.of(
                "core.module.reason.missing",
                "requires module {0}, which is not installed",
                r.toString());
      } else if (!r.acceptedBy(dep.descriptor().version())) {
        reason =
            Reason.of(
                "core.module.reason.tooOld",
                "requires {0}, but version {1} is installed",
                r.toString(),
                dep.descriptor().version().toString());
      } else if (!visit(r.moduleId(), byId, marks, ordered, refused)) {
        reason =
            refused.containsKey(id)
                ? refused.get(id).reason()
                : Reason.of(
                    "core.module.reason.dependencyOff",
                    "requires module {0}, which cannot start",
                    r.moduleId());
      }
      if (reason != null) {
        marks.put(id, Mark.REFUSED);
        refused.putIfAbsent(id, new Refusal(d, reason));
        return false;
      }
    }
    if (marks.get(id) == Mark.REFUSED) {
      return false;
    }
    marks.put(id, Mark.OK);
    ordered.add(d);
    return true;
  }
}
