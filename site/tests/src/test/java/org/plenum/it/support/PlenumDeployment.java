package org.plenum.it.support;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test class shares: the site WAR exactly as built,
 * deployed at the root context on one Payara Micro for the whole run.
 */
@ArquillianSuiteDeployment
public final class PlenumDeployment {

  private PlenumDeployment() {}

  /**
   * The site as built by the site module.
   *
   * @return the WAR, named to deploy at {@code /}
   */
  @Deployment(testable = false)
  public static WebArchive site() {
    File war = new File(System.getProperty("plenum.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }
}
