package org.plenum.api;

/**
 * The version of the module API: {@code org.plenum.spi} (what a module contributes) and {@code
 * org.plenum.api} (what it may use) together.
 *
 * <p>The version is semantic. A minor version adds types or methods and breaks nothing; a major
 * version may remove or change them. A site runs a module built for its major version and the same
 * or an older minor version, and refuses others on the Modules page, saying which version the
 * module needs.
 *
 * <p>A module declares the version it was compiled against with {@code ModuleDescriptor.of(id,
 * version).api(PlenumApi.VERSION)}: the value is a constant, so the compiler writes it into the
 * module's class and it stays what it was at build time.
 */
public final class PlenumApi {

  /** This API's version. */
  public static final String VERSION = "1.5.0";

  /** The core's module id, for a module that requires a version of the core. */
  public static final String CORE = "core";

  private PlenumApi() {}
}
