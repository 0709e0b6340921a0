package org.plenum.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenum.it.support.HtmlChecker;
import org.plenum.testkit.Browser;

/** The checkers the page tests rely on do see a fault when there is one. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

  @ArquillianResource URL base;

  /**
   * What axe-core finds against WCAG 2.1 A and AA on the page a browser shows.
   *
   * @param b the browser
   * @param path the page
   * @return one line per rule broken
   */
  static List<String> violations(Browser b, String path) {
    b.go(path);
    return violationsHere(b, path);
  }

  /**
   * The WCAG 2.1 A and AA violations axe-core finds on the page as it stands now (a panel opened, a
   * part drawn again).
   *
   * @param b the browser, on the page
   * @param label what the violations are told with
   * @return one line per violated rule
   */
  static List<String> violationsHere(Browser b, String label) {
    String path = label;
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(b.driver());
    List<String> found = new ArrayList<>();
    for (Rule r : results.getViolations()) {
      found.add(
          path
              + ": "
              + r.getId()
              + " ("
              + r.getImpact()
              + ") "
              + r.getHelp()
              + " — "
              + r.getNodes().size()
              + " element(s), first: "
              + r.getNodes().get(0).getTarget());
    }
    return found;
  }

  @Test
  void theCheckerSeesAViolationWhenThereIsOne() {
    try (Browser b = Browser.open(base.toString(), "accessibility-probe")) {
      b.driver()
          .get(
              "data:text/html,<html><body><img src='x.png'>"
                  + "<p style='color:%23ccc;background:%23fff'>faint</p></body></html>");
      Results results = new AxeBuilder().analyze(b.driver());
      List<String> ids = results.getViolations().stream().map(Rule::getId).toList();
      assertEquals(true, ids.contains("image-alt"), "axe-core runs: " + ids);
      assertEquals(true, ids.contains("color-contrast"), "axe-core runs: " + ids);
    }
  }

  @Test
  void theHtmlCheckerSeesAnErrorWhenThereIsOne() throws Exception {
    HtmlChecker checker = new HtmlChecker(Files.createTempDirectory("vnu-probe"));
    checker.add(
        "broken",
        "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
            + "<body><p>open<div></p></body></html>");
    checker.add(
        "fine",
        "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
            + "<body><p>fine</p></body></html>");
    List<String> errors = checker.errors();
    assertEquals(true, errors.stream().allMatch(e -> e.contains("broken")), errors.toString());
    assertEquals(true, errors.size() >= 1, "the checker runs: " + errors);
  }
}
