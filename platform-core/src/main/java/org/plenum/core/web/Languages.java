package org.plenum.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.plenum.api.Caller;
import org.plenum.core.i18n.MessageCatalog;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.Accounts;
import org.plenum.core.settings.SiteSettings;

/**
 * Picks the reader's language when the URL does not say it: a logged-in member's preference, then
 * the cookie set by the language switcher, then the browser's {@code Accept-Language}, then the
 * site's default.
 */
@ApplicationScoped
public class Languages {

  /** The cookie that remembers the last language chosen. */
  public static final String COOKIE = "plenum-lang";

  @Inject MessageCatalog catalog;

  @Inject SiteSettings settings;

  @Inject Accounts accounts;

  /**
   * The languages offered.
   *
   * @return language tags, English first
   */
  public List<String> offered() {
    return catalog.languages();
  }

  /**
   * Tells whether a language is offered.
   *
   * @param tag a tag
   * @return true when it is
   */
  public boolean offers(String tag) {
    return catalog.offers(tag);
  }

  /**
   * The language for a request that does not carry one in its path.
   *
   * @param request the request
   * @return an offered language tag
   */
  public String choose(HttpServletRequest request) {
    if (request.getAttribute(Caller.ATTRIBUTE) instanceof Caller caller) {
      String preferred =
          accounts.byUsername(caller.username()).map(Account::preferredLanguage).orElse(null);
      if (preferred != null && offers(preferred)) {
        return preferred;
      }
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (COOKIE.equals(c.getName()) && offers(c.getValue())) {
          return c.getValue();
        }
      }
    }
    if (request.getHeader("Accept-Language") != null) {
      Enumeration<Locale> locales = request.getLocales();
      while (locales.hasMoreElements()) {
        String lang = locales.nextElement().getLanguage();
        if (offers(lang)) {
          return lang;
        }
      }
    }
    return defaultLanguage();
  }

  /**
   * The site's default language, when offered.
   *
   * @return a language tag
   */
  public String defaultLanguage() {
    String lang = settings.get(SiteSettings.DEFAULT_LANGUAGE);
    return offers(lang) ? lang : MessageCatalog.SOURCE_LANGUAGE;
  }

  /**
   * The name of a language in that language, as a switcher shows it.
   *
   * @param tag a language tag
   * @return such as {@code Français}
   */
  public static String nativeName(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    String name = locale.getDisplayLanguage(locale);
    return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }
}
