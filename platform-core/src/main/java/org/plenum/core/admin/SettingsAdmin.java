package org.plenum.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenum.core.audit.AuditLog;
import org.plenum.core.permissions.Authorizer;
import org.plenum.core.settings.SiteSettings;
import org.plenum.core.web.CurrentRequest;
import org.plenum.core.web.Dates;
import org.plenum.core.web.Languages;
import org.plenum.core.web.Messages;
import org.plenum.core.web.Themes;

/** The site settings form. */
@Named("settingsAdmin")
@RequestScoped
public class SettingsAdmin {

  @Inject SiteSettings settings;

  @Inject Languages languages;

  @Inject Authorizer authorizer;

  @Inject AuditLog audit;

  @Inject CurrentRequest current;

  @Inject Messages msg;

  @Inject Themes themes;

  @NotBlank
  @Size(max = 80)
  private String name;

  @Size(max = 200)
  private String tagline;

  private String defaultLanguage;
  private String theme;
  private String timeZone;

  @Size(max = 500)
  private String homeBlocks;

  @PostConstruct
  void load() {
    name = settings.get(SiteSettings.NAME);
    tagline = settings.get(SiteSettings.TAGLINE);
    defaultLanguage = settings.get(SiteSettings.DEFAULT_LANGUAGE);
    theme = settings.get(SiteSettings.THEME);
    timeZone = settings.get(SiteSettings.TIME_ZONE);
    homeBlocks = settings.get(SiteSettings.HOME_BLOCKS);
  }

  /**
   * @return the languages that can be the default
   */
  public List<String> getLanguageOptions() {
    return languages.offered();
  }

  /**
   * A language's name.
   *
   * @param tag language tag
   * @return the name in that language
   */
  public String languageName(String tag) {
    return Languages.nativeName(tag);
  }

  /**
   * @return the installed themes' ids
   */
  public List<String> getThemeOptions() {
    return themes.ids();
  }

  /**
   * Saves the settings.
   *
   * @return {@code null}
   */
  public String save() {
    authorizer.require(current.getCaller(), "core.admin");
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!languages.offers(defaultLanguage)
        || !getThemeOptions().contains(theme)
        || timeZone == null
        || !ZoneId.getAvailableZoneIds().contains(timeZone)) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, msg.get("core.admin.settings.invalid"), null));
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put(SiteSettings.NAME, name.strip());
    values.put(SiteSettings.TAGLINE, tagline == null ? "" : tagline.strip());
    values.put(SiteSettings.DEFAULT_LANGUAGE, defaultLanguage);
    values.put(SiteSettings.THEME, theme);
    values.put(SiteSettings.TIME_ZONE, timeZone);
    values.put(SiteSettings.HOME_BLOCKS, homeBlocks == null ? "" : homeBlocks.strip());
    settings.update(values);
    faces.addMessage(
        null,
        new FacesMessage(FacesMessage.SEVERITY_INFO, msg.get("core.admin.settings.saved"), null));
    return null;
  }

  /**
   * @return the time zones a site may have, sorted
   */
  public List<String> getZones() {
    return Dates.zones();
  }

  /**
   * @return the site's time zone
   */
  public String getTimeZone() {
    return timeZone;
  }

  /**
   * @param timeZone the site's time zone
   */
  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  /**
   * @return the site name
   */
  public String getName() {
    return name;
  }

  /**
   * @param name the site name
   */
  public void setName(String name) {
    this.name = name;
  }

  /**
   * @return the tagline
   */
  public String getTagline() {
    return tagline;
  }

  /**
   * @param tagline the tagline
   */
  public void setTagline(String tagline) {
    this.tagline = tagline;
  }

  /**
   * @return the default language
   */
  public String getDefaultLanguage() {
    return defaultLanguage;
  }

  /**
   * @param defaultLanguage the default language
   */
  public void setDefaultLanguage(String defaultLanguage) {
    this.defaultLanguage = defaultLanguage;
  }

  /**
   * @return the theme id
   */
  public String getTheme() {
    return theme;
  }

  /**
   * @param theme the theme id
   */
  public void setTheme(String theme) {
    this.theme = theme;
  }

  /**
   * @return the home block order
   */
  public String getHomeBlocks() {
    return homeBlocks;
  }

  /**
   * @param homeBlocks the home block order, comma-separated ids
   */
  public void setHomeBlocks(String homeBlocks) {
    this.homeBlocks = homeBlocks;
  }
}
