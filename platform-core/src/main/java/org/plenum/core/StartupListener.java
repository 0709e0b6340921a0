package org.plenum.core;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Starts the site when the web application starts. A servlet listener rather than a CDI
 * observer of the application scope: the container binds the site's data source after CDI
 * is up but before listeners run.
 */
public class StartupListener implements ServletContextListener {

  @Inject
  Startup startup;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    startup.start();
  }
}
