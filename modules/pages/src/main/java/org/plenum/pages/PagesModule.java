package org.plenum.pages;

import java.util.List;
import java.util.Set;
import org.plenum.api.PlenumApi;
import org.plenum.spi.Module;
import org.plenum.spi.ModuleDescriptor;
import org.plenum.spi.Permission;
import org.plenum.spi.Roles;
import org.plenum.spi.Route;

/** Static pages: read by anyone at {@code /<lang>/<slug>}, written by editors. */
public class PagesModule implements Module {

  /** The module id. */
  public static final String ID = "pages";

  /**
   * The tags of what is read of pages and kept between requests (any change of a page drops it).
   */
  public static final Set<String> TAGS = Set.of(ID);

  /** Permission to create, edit and delete pages. */
  public static final String EDIT = "pages.page.edit";

  /** A page's own URL: the bare slug, {@code /en/about}. */
  static final String PAGE_PATTERN = "{slug}";

  @Override
  public ModuleDescriptor descriptor() {
    return ModuleDescriptor.of(ID, "0.1.0").api(PlenumApi.VERSION).build();
  }

  @Override
  public List<String> entityClassNames() {
    return List.of("org.plenum.pages.Page");
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.guarded("pages", "/pages/list.xhtml", EDIT),
        Route.guarded("pages/new", "/pages/edit.xhtml", EDIT),
        Route.guarded("pages/{slug}/edit", "/pages/edit.xhtml", EDIT),
        // last: a page's own URL is the bare slug, /en/about
        Route.open(PAGE_PATTERN, "/pages/page.xhtml").withPriority(1000));
  }

  @Override
  public List<Permission> permissions() {
    return List.of(Permission.of(EDIT, Roles.EDITOR, Roles.ADMINISTRATOR));
  }

  @Override
  public String messageBundle() {
    return "org.plenum.pages.messages";
  }
}
