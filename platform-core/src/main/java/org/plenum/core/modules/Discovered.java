package org.plenum.core.modules;

import org.plenum.spi.Module;
import org.plenum.spi.ModuleDescriptor;

/**
 * A module found on the class path, or the trace of one that could not even be read.
 *
 * @param module the module, or {@code null} when it could not be instantiated
 * @param descriptor its descriptor, or {@code null} when unreadable
 * @param source where it came from (class or jar name), for messages
 * @param failure why it could not be read, or {@code null}
 */
public record Discovered(
    Module module, ModuleDescriptor descriptor, String source, Reason failure) {

  /**
   * A module read successfully.
   *
   * @param module the module
   * @param descriptor its descriptor
   * @return the record
   */
  public static Discovered of(Module module, ModuleDescriptor descriptor) {
    return new Discovered(module, descriptor, module.getClass().getName(), null);
  }

  /**
   * A module that could not be read.
   *
   * @param source class or jar name
   * @param failure why
   * @return the record
   */
  public static Discovered broken(String source, Reason failure) {
    return new Discovered(null, null, source, failure);
  }
}
