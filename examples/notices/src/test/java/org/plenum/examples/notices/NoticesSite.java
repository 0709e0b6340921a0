package org.plenum.examples.notices;

import java.nio.file.Path;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.plenum.testkit.PlenumSite;

/** The site with the notice board installed, shared by every test class of the module. */
@ArquillianSuiteDeployment
public final class NoticesSite {

  private NoticesSite() {}

  /**
   * The default site with this module's jar dropped in.
   *
   * @return the WAR
   */
  @Deployment(testable = false)
  public static WebArchive site() {
    return PlenumSite.with(Path.of(System.getProperty("plenum.module.jar")));
  }
}
