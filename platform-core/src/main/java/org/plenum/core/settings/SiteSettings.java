package org.plenum.core.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.plenum.api.Settings;
import org.plenum.core.audit.AuditLog;
import org.plenum.spi.ContentChanged;

/**
 * The site's settings: name, tagline, default language, theme and the order of home-page blocks.
 * Read on every page, so kept in memory and written through.
 */
@ApplicationScoped
public class SiteSettings implements Settings {

  /** Site name setting. */
  public static final String NAME = Settings.NAME;

  /** Tagline setting. */
  public static final String TAGLINE = Settings.TAGLINE;

  /** Default language setting. */
  public static final String DEFAULT_LANGUAGE = Settings.DEFAULT_LANGUAGE;

  /** Theme setting. */
  public static final String THEME = "site.theme";

  /** The site's time zone, for readers who chose none. */
  public static final String TIME_ZONE = Settings.TIME_ZONE;

  /** Home-page block order setting: comma-separated block ids. */
  public static final String HOME_BLOCKS = "home.blocks";

  private static final Map<String, String> DEFAULTS =
      Map.of(
          NAME, "Plenum",
          TAGLINE, "",
          DEFAULT_LANGUAGE, "en",
          THEME, "default",
          TIME_ZONE, "UTC",
          HOME_BLOCKS, "");

  @PersistenceContext EntityManager em;

  @Inject Event<ContentChanged> contentChanged;

  @Inject AuditLog audit;

  /** This bean through its proxy. */
  @Inject SiteSettings self;

  private volatile Map<String, String> values;

  /**
   * A setting.
   *
   * @param name the setting
   * @return its value, or the default
   */
  public String get(String name) {
    Map<String, String> v = values;
    if (v == null) {
      // through the proxy: the reading needs its transaction, also on a scheduled task
      v = self.reload();
    }
    return v.getOrDefault(name, DEFAULTS.getOrDefault(name, ""));
  }

  /**
   * The configured block order.
   *
   * @return block ids, first shown first
   */
  public List<String> homeBlockOrder() {
    return Arrays.stream(get(HOME_BLOCKS).split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /**
   * Stores settings in one transaction.
   *
   * @param changes values by setting name
   */
  @Transactional
  public void update(Map<String, String> changes) {
    changes.forEach(
        (name, value) -> {
          Setting s = em.find(Setting.class, name);
          if (s == null) {
            em.persist(new Setting(name, value));
          } else {
            s.value(value);
          }
        });
    values = null;
    contentChanged.fire(ContentChanged.everything());
    audit.recordChange("settings.update", "site", new TreeMap<>(changes).toString());
  }

  /**
   * Reads every stored setting; call it through the proxy so that it has its transaction.
   *
   * @return values by setting name
   */
  @Transactional
  public Map<String, String> reload() {
    Map<String, String> map = new HashMap<>();
    for (Setting s : em.createQuery("select s from Setting s", Setting.class).getResultList()) {
      map.put(s.name(), s.value());
    }
    values = Map.copyOf(map);
    return values;
  }
}
