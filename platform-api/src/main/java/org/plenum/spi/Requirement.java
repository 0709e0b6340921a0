package org.plenum.spi;

import java.util.Objects;

/**
 * A dependency of one module on another.
 *
 * @param moduleId the id of the module needed
 * @param minimumVersion the lowest version accepted
 */
public record Requirement(String moduleId, SemVer minimumVersion) {
  /**
   * Rejects null parts.
   *
   * @param moduleId see the record component
   * @param minimumVersion see the record component
   */
  public Requirement {
    Objects.requireNonNull(moduleId, "moduleId");
    Objects.requireNonNull(minimumVersion, "minimumVersion");
  }

  /**
   * Tells whether a version satisfies this requirement.
   *
   * @param version the version present
   * @return true when it is at least the minimum
   */
  public boolean acceptedBy(SemVer version) {
    return version.compareTo(minimumVersion) >= 0;
  }

  @Override
  public String toString() {
    return moduleId + " >= " + minimumVersion;
  }
}
