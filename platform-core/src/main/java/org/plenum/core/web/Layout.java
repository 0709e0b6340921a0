package org.plenum.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.plenum.core.modules.ModuleRegistry;
import org.plenum.core.settings.SiteSettings;
import org.plenum.spi.HeaderTool;
import org.plenum.spi.MenuContribution;
import org.plenum.spi.MenuEntry;

/** What the theme's layout shows around every page: site name, menu, languages, account. */
@Named("layout")
@RequestScoped
public class Layout {

  @Inject SiteSettings settings;

  @Inject ModuleRegistry registry;

  @Inject Instance<MenuContribution> menus;

  @Inject Instance<HeaderTool> tools;

  @Inject Languages languages;

  @Inject CurrentRequest current;

  @Inject HttpServletRequest request;

  @Inject Themes themes;

  @Inject ModuleStyles styles;

  private List<MenuEntry> menu;

  /**
   * @return the site's name
   */
  public String getSiteName() {
    return settings.get(SiteSettings.NAME);
  }

  /**
   * @return the site's tagline, possibly empty
   */
  public String getTagline() {
    return settings.get(SiteSettings.TAGLINE);
  }

  /**
   * @return the address of the enabled modules' stylesheet below the site's base, which a theme's
   *     layout links after its own
   */
  public String getModuleStyles() {
    return styles.address();
  }

  /**
   * @return the layout template of the site's theme
   */
  public String getTemplate() {
    return themes.layout(settings.get(SiteSettings.THEME));
  }

  /**
   * @return the enabled modules' header tools, in order
   */
  public List<HeaderTool> getTools() {
    List<HeaderTool> list = new ArrayList<>();
    for (HeaderTool t : tools) {
      if (registry.isEnabled(t.moduleId())) {
        list.add(t);
      }
    }
    list.sort(Comparator.comparingInt(HeaderTool::order));
    return list;
  }

  /**
   * @return the main menu, from the enabled modules
   */
  public List<MenuEntry> getMenu() {
    if (menu == null) {
      List<MenuEntry> entries = new ArrayList<>();
      for (MenuContribution c : menus) {
        if (registry.isEnabled(c.moduleId())) {
          entries.addAll(c.menuEntries(current.getLocale()));
        }
      }
      entries.sort(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::label));
      menu = List.copyOf(entries);
    }
    return menu;
  }

  /**
   * Tells whether a menu entry points at the current page.
   *
   * @param entry a menu entry
   * @return true for the current page
   */
  public boolean isCurrent(MenuEntry entry) {
    return entry.path().equals(current.getRest());
  }

  /**
   * A language the switcher offers.
   *
   * @param tag language tag
   * @param name its name in itself
   * @param url this page in that language
   * @param current true for the page's language
   */
  public record Language(String tag, String name, String url, boolean current) {}

  /**
   * @return the languages, each with this page's URL in it
   */
  public List<Language> getLanguages() {
    List<Language> list = new ArrayList<>();
    for (String tag : languages.offered()) {
      list.add(
          new Language(
              tag, Languages.nativeName(tag), current.pathIn(tag), tag.equals(current.getLang())));
    }
    return list;
  }

  /**
   * The page in every language, itself included, then {@code x-default}: what a reader whose
   * language the site does not offer gets — the home page's address that picks the language, or the
   * page in the site's default language.
   *
   * @return the links for {@code hreflang}
   */
  public List<Language> getAlternates() {
    List<Language> list = new ArrayList<>(getLanguages());
    String fallback =
        current.getRest().isEmpty()
            ? request.getContextPath() + "/"
            : current.pathIn(
                languages.offers(settings.get(SiteSettings.DEFAULT_LANGUAGE))
                    ? settings.get(SiteSettings.DEFAULT_LANGUAGE)
                    : list.get(0).tag());
    list.add(new Language("x-default", "", fallback, false));
    return list;
  }

  /**
   * @return true when the reader may open the admin
   */
  public boolean isAdmin() {
    return current.can("core.admin");
  }

  /**
   * Request attribute a view sets to keep its state although its route is open: a page whose
   * signed-in readers get a form (the comment box under a post). Anonymous readers still get a
   * stateless page.
   */
  public static final String KEEP_STATE = "plenum.keepState";

  /**
   * Makes the view stateless for open pages: no view state, no session. Called before rendering by
   * the layout.
   */
  public void applyStateMode() {
    RequestInfo info = (RequestInfo) request.getAttribute(RequestInfo.ATTRIBUTE);
    boolean stateful =
        info != null && info.route() != null && info.route().stateful()
            || Boolean.TRUE.equals(request.getAttribute(KEEP_STATE));
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!stateful && faces != null && faces.getViewRoot() != null) {
      faces.getViewRoot().setTransient(true);
    }
  }
}
