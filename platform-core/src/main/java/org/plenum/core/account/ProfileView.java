package org.plenum.core.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.Accounts;
import org.plenum.core.identity.ApiTokens;
import org.plenum.core.identity.Sessions;
import org.plenum.core.web.CurrentRequest;
import org.plenum.core.web.Dates;
import org.plenum.core.web.Languages;
import org.plenum.core.web.Messages;

/** The member's profile, open sessions and personal API tokens. */
@Named("profile")
@RequestScoped
public class ProfileView {

  private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

  @Inject Accounts accounts;

  @Inject ApiTokens tokens;

  @Inject Sessions sessions;

  @Inject CurrentRequest current;

  @Inject Languages languages;

  @Inject Messages msg;

  @Inject Dates dates;

  private Account account;
  private String displayName;
  private String bio;
  private String language;
  private String timeZone;
  private String tokenName;
  private String newToken;
  private boolean showBio;
  private boolean showChapters;
  private boolean showEmail;

  @PostConstruct
  void load() {
    account = accounts.byUsername(current.getCaller().username()).orElseThrow();
    displayName = account.displayName();
    bio = account.bio();
    language =
        account.preferredLanguage() == null ? current.getLang() : account.preferredLanguage();
    timeZone = account.timeZone();
    showBio = account.showBio();
    showChapters = account.showChapters();
    showEmail = account.showEmail();
  }

  /**
   * Saves the profile.
   *
   * @return {@code null}
   */
  public String save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    boolean ok = true;
    String name = displayName == null ? "" : displayName.strip();
    if (name.isEmpty() || name.length() > 120) {
      error("profile:displayName", "core.join.error.name");
      ok = false;
    }
    if (bio != null && bio.length() > 1000) {
      error("profile:bio", "core.profile.error.bio");
      ok = false;
    }
    if (language == null || !languages.offers(language)) {
      error("profile:language", "core.join.error.language");
      ok = false;
    }
    if (timeZone != null && !timeZone.isBlank() && !ZONES.contains(timeZone)) {
      error("profile:timeZone", "core.profile.error.timeZone");
      ok = false;
    }
    if (!ok) {
      faces.validationFailed();
      return null;
    }
    account = accounts.updateProfile(account.username(), name, bio, language, timeZone);
    accounts.choosePublicFields(account.username(), showBio, showChapters, showEmail);
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.get("core.profile.saved"), null));
    return null;
  }

  /**
   * Makes a token and shows it, once.
   *
   * @return {@code null}
   */
  public String createToken() {
    try {
      newToken = tokens.create(account.id(), tokenName);
      tokenName = null;
    } catch (IllegalArgumentException e) {
      error("tokens:name", e.getMessage());
    }
    return null;
  }

  /**
   * Revokes a token.
   *
   * @param id the token
   * @return {@code null}
   */
  public String revoke(long id) {
    tokens.revoke(account.id(), id);
    return null;
  }

  private void info(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.get(key), null));
  }

  private void error(String clientId, String key) {
    FacesContext.getCurrentInstance()
        .addMessage(
            clientId,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, msg.format(key, ApiTokens.MAX_PER_ACCOUNT), null));
  }

  /**
   * @return the member's live tokens
   */
  public List<ApiTokens.Listed> getTokens() {
    return tokens.list(account.id());
  }

  /**
   * A time for the reader.
   *
   * @param t a UTC time, or {@code null}
   * @return the formatted time, or a dash
   */
  public String when(LocalDateTime t) {
    return t == null ? "—" : dates.dateTime(t);
  }

  /**
   * @return the languages offered
   */
  public List<String> getLanguages() {
    return languages.offered();
  }

  /**
   * A language's name.
   *
   * @param tag a tag
   * @return its name in itself
   */
  public String languageName(String tag) {
    return Languages.nativeName(tag);
  }

  /**
   * @return the time zones, sorted
   */
  public List<String> getZones() {
    return Dates.zones();
  }

  /**
   * @return the token just made, shown once
   */
  public String getNewToken() {
    return newToken;
  }

  /**
   * @return the account
   */
  public Account getAccount() {
    return account;
  }

  /**
   * @return display name
   */
  public String getDisplayName() {
    return displayName;
  }

  /**
   * @param displayName display name
   */
  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  /**
   * @return bio
   */
  public String getBio() {
    return bio;
  }

  /**
   * @param bio bio
   */
  public void setBio(String bio) {
    this.bio = bio;
  }

  /**
   * @return language
   */
  public String getLanguage() {
    return language;
  }

  /**
   * @param language language
   */
  public void setLanguage(String language) {
    this.language = language;
  }

  /**
   * @return time zone
   */
  public String getTimeZone() {
    return timeZone;
  }

  /**
   * @param timeZone time zone
   */
  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  /**
   * @return show the biography to members
   */
  public boolean isShowBio() {
    return showBio;
  }

  /**
   * @param showBio show the biography to members
   */
  public void setShowBio(boolean showBio) {
    this.showBio = showBio;
  }

  /**
   * @return show the chapters to members
   */
  public boolean isShowChapters() {
    return showChapters;
  }

  /**
   * @param showChapters show the chapters to members
   */
  public void setShowChapters(boolean showChapters) {
    this.showChapters = showChapters;
  }

  /**
   * @return show the e-mail address to members
   */
  public boolean isShowEmail() {
    return showEmail;
  }

  /**
   * @param showEmail show the e-mail address to members
   */
  public void setShowEmail(boolean showEmail) {
    this.showEmail = showEmail;
  }

  /**
   * @return the name of the token to make
   */
  public String getTokenName() {
    return tokenName;
  }

  /**
   * @param tokenName the name of the token to make
   */
  public void setTokenName(String tokenName) {
    this.tokenName = tokenName;
  }
}
