package org.plenum.spi;

/**
 * A CDI event: a module was turned on or off at run time. Caches built from the enabled modules
 * (routes, menus, the page cache) observe it.
 *
 * @param moduleId the module
 * @param enabled its new state
 */
public record ModulesChanged(String moduleId, boolean enabled) {}
