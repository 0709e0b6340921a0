package org.plenum.api;

import java.time.LocalDate;

/**
 * A chapter as modules see it: a read-only copy.
 *
 * @param id its id
 * @param parentId the chapter above it, or {@code null} for the top
 * @param kind its kind, such as {@code LOCAL}, {@code REGIONAL}, {@code NATIONAL},
 *     {@code INTERNATIONAL} or {@code GROUP}
 * @param slug its address, such as {@code iops-london}
 * @param name its name
 * @param city its city, or {@code null}
 * @param region its region, or {@code null}
 * @param country its ISO 3166 country code, or {@code null}
 * @param foundedOn when it was founded, or {@code null}
 * @param depth 0 for the top of the tree, 1 below it…
 */
public record Chapter(long id, Long parentId, String kind, String slug, String name, String city,
    String region, String country, LocalDate foundedOn, int depth) {

  /** @return its id, for pages */
  public long getId() {
    return id;
  }

  /** @return its address, for pages */
  public String getSlug() {
    return slug;
  }

  /** @return its name, for pages */
  public String getName() {
    return name;
  }
}
