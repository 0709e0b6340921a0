package org.plenum.core.modules;

import java.util.List;
import org.plenum.spi.Module;
import org.plenum.spi.ModuleDescriptor;
import org.plenum.spi.Requirement;

/**
 * A module as the site holds it: what it declared, where it came from and where it stands. Broken
 * modules (unreadable descriptor, rejected file) have no descriptor.
 */
public final class InstalledModule {
  private final String key;
  private final Module module;
  private final ModuleDescriptor descriptor;
  private final String source;
  private volatile ModuleStatus status;
  private volatile Reason reason;

  InstalledModule(
      String key,
      Module module,
      ModuleDescriptor descriptor,
      String source,
      ModuleStatus status,
      Reason reason) {
    this.key = key;
    this.module = module;
    this.descriptor = descriptor;
    this.source = source;
    this.status = status;
    this.reason = reason;
  }

  /**
   * The module id, or the file or class name when no descriptor could be read.
   *
   * @return a key unique among installed modules
   */
  public String id() {
    return key;
  }

  /**
   * The module implementation.
   *
   * @return the module, or {@code null} when it could not be read
   */
  public Module module() {
    return module;
  }

  /**
   * What the module declared.
   *
   * @return the descriptor, or {@code null} when unreadable
   */
  public ModuleDescriptor descriptor() {
    return descriptor;
  }

  /**
   * The jar or class the module came from.
   *
   * @return a file or class name
   */
  public String source() {
    return source;
  }

  /**
   * Where the module stands.
   *
   * @return the status
   */
  public ModuleStatus status() {
    return status;
  }

  /**
   * Why the module is off.
   *
   * @return the reason, or {@code null} when it runs or an administrator turned it off
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The version, for display.
   *
   * @return the version, or an empty string when unknown
   */
  public String version() {
    return descriptor == null ? "" : descriptor.version().toString();
  }

  /**
   * The declared requirements.
   *
   * @return requirements, empty when unknown
   */
  public List<Requirement> requires() {
    return descriptor == null ? List.of() : descriptor.requires();
  }

  /**
   * Tells whether the module runs.
   *
   * @return true when enabled
   */
  public boolean enabled() {
    return status == ModuleStatus.ENABLED;
  }

  void set(ModuleStatus status, Reason reason) {
    this.status = status;
    this.reason = reason;
  }
}
