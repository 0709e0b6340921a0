package org.plenum.core;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import org.plenum.core.config.PlenumConfig;

/**
 * Starts the site when the web application starts. A servlet listener rather than a CDI observer of
 * the application scope: the container binds the site's data source after CDI is up but before
 * listeners run.
 */
public class StartupListener implements ServletContextListener {

  @Inject Startup startup;

  @Inject PlenumConfig config;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    secureSessionCookie(event.getServletContext().getSessionCookieConfig(), config.baseUrl());
    startup.start();
  }

  /**
   * A site reached over https sends its session cookie only over https, under the {@code __Host-}
   * prefix (so that no other host or path can set it). Its {@code SameSite} attribute is set in
   * {@code payara-web.xml}.
   *
   * @param cookie the session cookie's settings
   * @param baseUrl the site's public address
   */
  static void secureSessionCookie(SessionCookieConfig cookie, String baseUrl) {
    if (baseUrl.regionMatches(true, 0, "https:", 0, 6)) {
      cookie.setSecure(true);
      cookie.setPath("/");
      cookie.setName("__Host-" + cookie.getName());
    }
  }
}
