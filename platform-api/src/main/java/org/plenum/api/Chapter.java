package org.plenum.api;

import java.time.LocalDate;

/**
 * A chapter as modules see it: a read-only copy.
 *
 * @param id its id
 * @param parentId the chapter above it, or {@code null} for the top
 * @param kind its kind, such as {@code LOCAL}, {@code REGIONAL}, {@code NATIONAL}, {@code
 *     INTERNATIONAL} or {@code GROUP}
 * @param slug its address, such as {@code iops-london}
 * @param name its name
 * @param city its city, or {@code null}
 * @param region its region, or {@code null}
 * @param country its ISO 3166 country code, or {@code null}
 * @param foundedOn when it was founded, or {@code null}
 * @param depth 0 for the top of the tree, 1 below it…
 * @param treePath its path in the tree, the ids from the top down, such as {@code /1/4/9/}: a
 *     chapter lies within another when its path begins with the other's
 */
public record Chapter(
    long id,
    Long parentId,
    String kind,
    String slug,
    String name,
    String city,
    String region,
    String country,
    LocalDate foundedOn,
    int depth,
    String treePath) {

  /**
   * @return its id, for pages
   */
  public long getId() {
    return id;
  }

  /**
   * @return the chapter above it, for pages
   */
  public Long getParentId() {
    return parentId;
  }

  /**
   * @return its kind, for pages
   */
  public String getKind() {
    return kind;
  }

  /**
   * @return its address, for pages
   */
  public String getSlug() {
    return slug;
  }

  /**
   * @return its name, for pages
   */
  public String getName() {
    return name;
  }

  /**
   * @return its city, for pages
   */
  public String getCity() {
    return city;
  }

  /**
   * @return its region, for pages
   */
  public String getRegion() {
    return region;
  }

  /**
   * @return its country, for pages
   */
  public String getCountry() {
    return country;
  }

  /**
   * @return when it was founded, for pages
   */
  public LocalDate getFoundedOn() {
    return foundedOn;
  }

  /**
   * @return its path in the tree
   */
  public String getTreePath() {
    return treePath;
  }

  /**
   * @return its depth in the tree, for pages
   */
  public int getDepth() {
    return depth;
  }
}
