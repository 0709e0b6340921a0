package org.plenum.api;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Time zones as members choose them. */
public final class Zones {

  private Zones() {}

  /**
   * @return the zones a member may choose: UTC, then the regions, sorted
   */
  public static List<String> all() {
    List<String> zones = new ArrayList<>();
    zones.add("UTC");
    ZoneId.getAvailableZoneIds().stream()
        .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
        .sorted()
        .forEach(zones::add);
    return List.copyOf(zones);
  }

  /**
   * A time zone by its id.
   *
   * @param id such as {@code Europe/London}, or {@code null}
   * @return the zone, or {@code null} when the id names none
   */
  public static ZoneId parse(String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
