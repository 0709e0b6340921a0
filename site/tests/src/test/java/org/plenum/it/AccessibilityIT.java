package org.plenum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.plenum.it.support.Admin;
import org.plenum.it.support.Browser;
import org.plenum.it.support.Http;

/** The default theme meets WCAG 2.1 AA as axe-core checks it, for visitors and editors. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

  @ArquillianResource
  URL base;

  private static List<String> violations(Browser b, String path) {
    b.go(path);
    Results results = new AxeBuilder()
        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
        .analyze(b.driver());
    List<String> found = new ArrayList<>();
    for (Rule r : results.getViolations()) {
      found.add(path + ": " + r.getId() + " (" + r.getImpact() + ") " + r.getHelp() + " — "
          + r.getNodes().size() + " element(s), first: " + r.getNodes().get(0).getTarget());
    }
    return found;
  }

  @Test
  void theCheckerSeesAViolationWhenThereIsOne() {
    try (Browser b = Browser.open(base.toString(), "accessibility-probe")) {
      b.driver().get("data:text/html,<html><body><img src='x.png'>"
          + "<p style='color:%23ccc;background:%23fff'>faint</p></body></html>");
      Results results = new AxeBuilder().analyze(b.driver());
      List<String> ids = results.getViolations().stream().map(Rule::getId).toList();
      assertEquals(true, ids.contains("image-alt"), "axe-core runs: " + ids);
      assertEquals(true, ids.contains("color-contrast"), "axe-core runs: " + ids);
    }
  }

  @Test
  void publicAndAdminPagesHaveNoViolation() {
    List<String> found = new ArrayList<>();
    try (Browser b = Browser.open(base.toString(), "accessibility")) {
      for (String path : List.of("/en/", "/fr/", "/en/about", "/fr/structure-et-programme",
          "/en/login", "/fr/page-inconnue", "/fr/chapters", "/en/chapters?q=london", "/fr/join",
          "/en/password/forgot", "/en/join/sent",
          "/en/chapters/iops-london")) {
        found.addAll(violations(b, path));
      }
      Admin.authorization(new Http(base.toString()));
      b.go("/en/login");
      b.type(By.id("login:username"), Admin.USER);
      b.type(By.id("login:password"), Admin.PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      for (String path : List.of("/en/admin", "/fr/admin/modules", "/en/admin/settings",
          "/en/admin/audit", "/fr/pages", "/fr/pages/new", "/en/pages/about/edit",
          "/en/account/password", "/fr/chapters/iops-vienna", "/en/chapters/iops-london/edit",
          "/fr/chapters/iops-london/new", "/en/chapters/iops-dublin/membership",
          "/fr/admin/members", "/en/admin/members?chapter=iops-london", "/fr/admin/permissions",
          "/en/account/profile")) {
        found.addAll(violations(b, path));
      }
      b.screenshot("checked");
    }
    assertEquals(List.of(), found);
  }
}
