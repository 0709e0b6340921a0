package org.plenum.it.support;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.plenum.testkit.PlenumSite;

/**
 * The one deployment every integration test class shares: the default site WAR exactly as built, on
 * one Payara Micro for the whole run, on an empty database.
 */
@ArquillianSuiteDeployment
public final class PlenumDeployment {

  private PlenumDeployment() {}

  /**
   * The default site.
   *
   * @return the WAR, named to deploy at {@code /}
   */
  @Deployment(testable = false)
  public static WebArchive site() {
    return PlenumSite.with();
  }
}
