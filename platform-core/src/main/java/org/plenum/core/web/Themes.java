package org.plenum.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.plenum.spi.Theme;

/** The installed themes, found once through {@link ServiceLoader}. */
@ApplicationScoped
public class Themes {

  /** The theme used when the chosen one is not installed. */
  public static final String DEFAULT = "default";

  private volatile Map<String, Theme> byId;

  private Map<String, Theme> themes() {
    Map<String, Theme> map = byId;
    if (map == null) {
      Map<String, Theme> found = new LinkedHashMap<>();
      ServiceLoader.load(Theme.class, Thread.currentThread().getContextClassLoader())
          .forEach(t -> found.putIfAbsent(t.id(), t));
      map = Map.copyOf(found);
      byId = map;
    }
    return map;
  }

  /**
   * The installed themes' ids.
   *
   * @return ids, sorted
   */
  public List<String> ids() {
    return themes().keySet().stream().sorted().toList();
  }

  /**
   * The layout of a theme, or of the default theme when it is not installed.
   *
   * @param id a theme id
   * @return a Facelets template path
   */
  public String layout(String id) {
    Theme theme = themes().getOrDefault(id, themes().get(DEFAULT));
    return theme == null ? "/themes/" + DEFAULT + "/layout.xhtml" : theme.layout();
  }
}
