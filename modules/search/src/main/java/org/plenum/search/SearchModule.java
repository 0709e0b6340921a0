package org.plenum.search;

import java.util.List;
import org.plenum.api.CorePermissions;
import org.plenum.api.PlenumApi;
import org.plenum.spi.Module;
import org.plenum.spi.ModuleDescriptor;
import org.plenum.spi.Route;

/**
 * The site's search: one index over the items every enabled module gives through {@link
 * org.plenum.spi.SearchSource}, at {@code /<lang>/search} and {@code /api/v1/search}.
 */
public class SearchModule implements Module {

  /** The module id. */
  public static final String ID = "search";

  @Override
  public ModuleDescriptor descriptor() {
    return ModuleDescriptor.of(ID, "0.1.0").api(PlenumApi.VERSION).build();
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.open("search", "/search/search.xhtml"),
        Route.guarded("admin/search", "/search/admin.xhtml", CorePermissions.ADMIN));
  }

  @Override
  public String stylesheet() {
    return "/search/search.css";
  }

  @Override
  public String messageBundle() {
    return "org.plenum.search.messages";
  }
}
