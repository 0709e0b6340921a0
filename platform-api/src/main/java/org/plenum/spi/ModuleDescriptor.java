package org.plenum.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.plenum.api.PlenumApi;

/**
 * What a module is: its id, version, the SPI version it was built for, the modules it needs and the
 * message key of its display name.
 *
 * @param id lower-case identifier, also the URL segment of its REST resources ({@code
 *     /api/v1/<id>/…}) and the name of its locale-pack files
 * @param version the module's semantic version
 * @param spiVersion the version of this SPI the module was compiled against; the core accepts the
 *     same major version with a minor version not above its own
 * @param requires modules that must be present and enabled, with a minimum version
 * @param nameKey message key of the display name shown in menus and the admin
 */
public record ModuleDescriptor(
    String id, SemVer version, SemVer spiVersion, List<Requirement> requires, String nameKey) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,31}");

  /** The version of this SPI. */
  public static final SemVer CURRENT_SPI = SemVer.parse(PlenumApi.VERSION);

  /**
   * Validates every field; a malformed descriptor keeps its module off.
   *
   * @param id see the record component
   * @param version see the record component
   * @param spiVersion see the record component
   * @param requires see the record component
   * @param nameKey see the record component
   */
  public ModuleDescriptor {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("module id '" + id + "' must match " + ID.pattern());
    }
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(spiVersion, "spiVersion");
    requires = List.copyOf(requires == null ? List.of() : requires);
    nameKey = nameKey == null || nameKey.isBlank() ? id + ".name" : nameKey;
  }

  /**
   * Starts a descriptor.
   *
   * @param id the module id
   * @param version its semantic version, such as {@code 1.2.0}
   * @return a builder
   */
  public static Builder of(String id, String version) {
    return new Builder(id, version);
  }

  /** Builds a {@link ModuleDescriptor}. */
  public static final class Builder {
    private final String id;
    private final String version;
    private String spiVersion = CURRENT_SPI.toString();
    private final List<Requirement> requires = new ArrayList<>();
    private String nameKey;

    private Builder(String id, String version) {
      this.id = id;
      this.version = version;
    }

    /**
     * Declares a required module.
     *
     * @param moduleId the required module's id
     * @param minimumVersion the lowest version that works
     * @return this builder
     */
    public Builder requires(String moduleId, String minimumVersion) {
      requires.add(new Requirement(moduleId, SemVer.parse(minimumVersion)));
      return this;
    }

    /**
     * Sets the SPI version the module was built for (defaults to the current one).
     *
     * @param version a semantic version
     * @return this builder
     */
    public Builder spiVersion(String version) {
      this.spiVersion = version;
      return this;
    }

    /**
     * Declares the version of the module API the module was compiled against; pass {@link
     * org.plenum.api.PlenumApi#VERSION}, which the compiler copies into the module.
     *
     * @param version such as {@code 1.1.0}
     * @return this builder
     */
    public Builder api(String version) {
      return spiVersion(version);
    }

    /**
     * Sets the message key of the display name (defaults to {@code <id>.name}).
     *
     * @param key a key of the module's bundle
     * @return this builder
     */
    public Builder nameKey(String key) {
      this.nameKey = key;
      return this;
    }

    /**
     * Builds and validates the descriptor.
     *
     * @return the descriptor
     * @throws IllegalArgumentException when a field is malformed
     */
    public ModuleDescriptor build() {
      return new ModuleDescriptor(
          id, SemVer.parse(version), SemVer.parse(spiVersion), requires, nameKey);
    }
  }
}
