package org.plenum.examples.notices;

import java.util.List;
import org.plenum.api.PlenumApi;
import org.plenum.spi.Module;
import org.plenum.spi.ModuleDescriptor;
import org.plenum.spi.Route;

/** The notice board: one public page, a menu entry, a table of its own. */
public class NoticesModule implements Module {

  /** The module id. */
  public static final String ID = "notices";

  @Override
  public ModuleDescriptor descriptor() {
    return ModuleDescriptor.of(ID, "1.0.0")
        .api(PlenumApi.VERSION)
        .requires("core", "0.1.0")
        .build();
  }

  @Override
  public List<String> entityClassNames() {
    return List.of("org.plenum.examples.notices.Notice");
  }

  @Override
  public List<Route> routes() {
    return List.of(Route.open("notices", "/notices/board.xhtml"));
  }

  @Override
  public String stylesheet() {
    return "/notices/notices.css";
  }

  @Override
  public String messageBundle() {
    return "org.plenum.examples.notices.messages";
  }
}
