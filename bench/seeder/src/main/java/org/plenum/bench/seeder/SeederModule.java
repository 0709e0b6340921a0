package org.plenum.bench.seeder;

import org.plenum.api.PlenumApi;
import org.plenum.spi.Module;
import org.plenum.spi.ModuleDescriptor;

/**
 * Seeds data for benchmarks: members with API tokens, and ballots, made in-process. Only for a
 * benchmark's throw-away site; every call needs an administrator.
 */
public class SeederModule implements Module {

  /** The module id. */
  public static final String ID = "bench-seeder";

  @Override
  public ModuleDescriptor descriptor() {
    return ModuleDescriptor.of(ID, "0.1.0")
        .api(PlenumApi.VERSION)
        .requires("core", "0.1.0")
        .requires("polls", "0.1.0")
        .build();
  }
}
