package org.plenum.spi;

import java.util.Set;

/**
 * A CDI event fired once the modules are migrated and enabled, before the site reports that it is
 * ready. Modules observe it to do start-up work that needs beans, such as installing their demo
 * content into an empty database.
 *
 * @param enabledModules ids of the modules enabled at start-up
 * @param demoContent whether the site was asked to install demo content
 */
public record SiteStarted(Set<String> enabledModules, boolean demoContent) {
  /**
   * Copies the set.
   *
   * @param enabledModules see the record component
   * @param demoContent see the record component
   */
  public SiteStarted {
    enabledModules = Set.copyOf(enabledModules);
  }
}
