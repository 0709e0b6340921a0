package org.plenum.api;

/** The modules installed in the site, as a module may ask about them. */
public interface SiteModules {

  /**
   * Tells whether a module is installed and switched on.
   *
   * @param moduleId the module's id
   * @return true when enabled
   */
  boolean isEnabled(String moduleId);
}
