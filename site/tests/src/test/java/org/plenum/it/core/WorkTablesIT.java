package org.plenum.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.FormSession;
import org.plenum.testkit.Http;
import org.plenum.testkit.Members;

/**
 * The working screens' tables (PrimeFaces, under the site's strict Content-Security-Policy): the
 * audit log paged, filtered and sorted by the database, exported as CSV, in French; the members
 * found among many, sorted by joining date and exported, in English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkTablesIT {

  private static final String ROWS = "#audit\\:audit-table_data > tr";

  @ArquillianResource URL base;

  @Test
  void anAdministratorFiltersSortsAndExportsTheAuditLogWithNoPolicyViolation() {
    Http http = new Http(base.toString());
    String admin = Admin.authorization(http);
    String marker = "audit-" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 3; i++) {
      assertEquals(
          201,
          http.json(
                  "POST",
                  "/api/v1/pages",
                  "{\"language\":\"en\",\"title\":\"Audited "
                      + i
                      + "\",\"slug\":\""
                      + marker
                      + "-"
                      + i
                      + "\",\"body\":\"x\"}",
                  "Authorization",
                  admin)
              .statusCode());
    }
    try (Browser b = Browser.open(base.toString(), "audit-table")) {
      b.go("/fr/login");
      b.type(By.id("login:username"), Admin.USER);
      b.type(By.id("login:password"), Admin.PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      // the check below sees what the browser reports: a script's error shows in it
      ((JavascriptExecutor) b.driver()).executeScript("console.error('plenum-probe')");
      assertTrue(
          b.consoleErrors().stream().anyMatch(m -> m.contains("plenum-probe")),
          "the browser's errors are read");

      b.go("/fr/admin/audit");
      assertTrue(b.text().contains("Journal d’audit"), b.text());
      assertEquals(25, rows(b).size(), "a page of 25 of a longer log");
      assertTrue(b.text().contains("Exporter en CSV"));
      b.screenshot("table");
      String first = rows(b).get(0).getText();
      b.driver().findElement(By.cssSelector("#audit\\:audit-table .ui-paginator-next")).click();
      await(b, () -> !rows(b).get(0).getText().equals(first));
      b.screenshot("next-page");

      // the subject column keeps the three pages just made
      b.type(By.id("audit:audit-table:subject:filter"), marker);
      await(b, () -> rows(b).size() == 3 && rows(b).get(0).getText().contains(marker));
      for (WebElement row : rows(b)) {
        assertTrue(row.getText().contains("page.create"), row.getText());
      }
      b.screenshot("filtered");

      // sorted by subject, A first, then Z first
      b.driver().findElement(By.id("audit:audit-table:subject")).click();
      await(b, () -> rows(b).get(0).getText().contains(marker + "-0"));
      b.driver().findElement(By.id("audit:audit-table:subject")).click();
      await(b, () -> rows(b).get(0).getText().contains(marker + "-2"));
      b.screenshot("sorted");

      b.driver().findElement(By.id("audit:audit-table:export")).click();
      String csv = b.downloaded("audit-log.csv");
      List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
      assertEquals(4, lines.size(), "a header and the three actions filtered: " + csv);
      assertTrue(lines.get(0).contains("Qui") && lines.get(0).contains("Action"), csv);
      assertTrue(lines.get(1).contains(marker + "-2") && lines.get(3).contains(marker + "-0"), csv);

      assertEquals(List.of(), b.consoleErrors(), "no script error, no policy violation");

      // the components' scripts come compressed, at versioned addresses kept by the browser
      String script =
          b.driver().findElements(By.cssSelector("script[src*='ln=primefaces']")).stream()
              .map(e -> e.getAttribute("src"))
              .filter(src -> src.contains("v="))
              .findFirst()
              .orElseThrow();
      HttpResponse<String> js =
          http.send(
              HttpRequest.newBuilder(URI.create(script)).header("Accept-Encoding", "gzip").build());
      assertEquals(200, js.statusCode());
      assertEquals("gzip", js.headers().firstValue("Content-Encoding").orElse(""), script);
      assertTrue(
          js.headers().firstValue("Expires").isPresent()
              || js.headers().firstValue("Cache-Control").orElse("").contains("max-age"),
          js.headers().map().toString());
      HttpResponse<String> page =
          http.send(http.request("/fr/admin/audit").header("Accept-Encoding", "gzip").build());
      assertTrue(page.headers().firstValue("Content-Encoding").isEmpty(), "pages are not");
    }
  }

  @Test
  void anAdministratorFindsOneMemberAmongFiveThousandSortsByJoiningAndExportsTheList() {
    Http http = new Http(base.toString());
    String admin = Admin.authorization(http);
    String prefix = "t" + UUID.randomUUID().toString().substring(0, 6) + ".";
    // 5,000 members of a spreadsheet, one joining a day from the first of January 2000
    LocalDate first = LocalDate.of(2000, 1, 1);
    StringBuilder csv = new StringBuilder("username,name,chapter,joined\n");
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      made.add(prefix + i);
      csv.append(prefix + i)
          .append(",Table ")
          .append(prefix)
          .append(i)
          .append(",iops-london,")
          .append(first.plusDays(i))
          .append('\n');
    }
    HttpResponse<String> imported =
        MemberImportIT.importCsv(http, csv.toString(), "Authorization", admin);
    assertEquals(200, imported.statusCode(), imported.body());
    assertEquals(5000, Http.parse(imported.body()).asJsonObject().getInt("imported"));
    String sought = made.get(1717);
    try (Browser b = Browser.open(base.toString(), "members-table")) {
      b.go("/en/login");
      b.type(By.id("login:username"), Admin.USER);
      b.type(By.id("login:password"), Admin.PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      b.consoleErrors();

      b.go("/en/admin/members?q=" + prefix);
      assertEquals(25, memberRows(b).size(), "a page of the 5,000");
      assertTrue(
          b.find(By.cssSelector("#members\\:member-table .ui-paginator-last")).isDisplayed(),
          "and more pages");
      b.screenshot("five-thousand");
      // by joining date: the first to join leads, then the last
      b.driver().findElement(By.id("members:member-table:joined")).click();
      await(b, () -> memberRows(b).get(0).getText().contains(made.get(0)));
      assertTrue(memberRows(b).get(0).getText().contains("2000"), memberRows(b).get(0).getText());
      b.driver().findElement(By.id("members:member-table:joined")).click();
      await(b, () -> memberRows(b).get(0).getText().contains(made.get(4999)));
      b.screenshot("newest-first");

      b.type(By.id("q"), sought);
      b.clickAndWait(By.cssSelector("form.search[role='search'] button[type='submit']"));
      assertEquals(1, memberRows(b).size());
      assertTrue(memberRows(b).get(0).getText().contains(sought));
      b.screenshot("found");
      // the roles' column put aside: not shown, not exported
      b.driver().findElement(By.id("members:member-table:columns")).click();
      WebElement roles =
          new WebDriverWait(b.driver(), Duration.ofSeconds(20))
              .until(
                  d ->
                      d
                          .findElements(
                              By.xpath(
                                  "//li[label[normalize-space()='Roles']]//div[@role='checkbox']"))
                          .stream()
                          .filter(WebElement::isDisplayed)
                          .findFirst()
                          .orElse(null));
      roles.click();
      await(b, () -> !b.find(By.id("members:member-table:roles")).isDisplayed());
      b.screenshot("columns");
      b.driver().findElement(By.cssSelector(".ui-columntoggler-close")).click();
      b.driver().findElement(By.id("members:member-table:export")).click();
      List<String> lines = b.downloaded("members.csv").lines().filter(l -> !l.isBlank()).toList();
      assertEquals(2, lines.size(), String.join("\n", lines));
      assertTrue(
          lines.get(0).contains("User name") && lines.get(0).contains("Joined"), lines.get(0));
      assertFalse(lines.get(0).contains("Roles"), "the column put aside: " + lines.get(0));
      assertTrue(lines.get(1).contains(sought), lines.get(1));
      assertEquals(List.of(), b.consoleErrors(), "no script error, no policy violation");
    }
  }

  @Test
  void aCoordinatorFindsSortsAndExportsTheirChaptersMembers() {
    Http http = new Http(base.toString());
    String admin = Admin.authorization(http);
    String p = "d" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> imported =
        MemberImportIT.importCsv(
            http,
            "username,name,chapter,joined\n"
                + p
                + ".1,Aoife "
                + p
                + ",iops-dublin,2011-05-01\n"
                + p
                + ".2,Brendan "
                + p
                + ",iops-dublin,2012-05-01\n"
                + p
                + ".3,Ciara "
                + p
                + ",iops-london,2013-05-01\n",
            "Authorization",
            admin);
    assertEquals(200, imported.statusCode(), imported.body());
    Members.Member coordinator =
        Members.via(http)
            .prefix(p + "c.")
            .in("iops-dublin")
            .status("member")
            .role("coordinator", "iops-dublin")
            .create();
    try (Browser b = Browser.open(base.toString(), "chapter-members")) {
      b.go("/en/login");
      b.type(By.id("login:username"), coordinator.username());
      b.type(By.id("login:password"), Admin.PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      b.go("/en/chapters/iops-dublin");
      b.clickAndWait(By.id("members-table"));
      b.type(By.id("members:member-table:name:filter"), p);
      // the two imported and the coordinator, who joined today
      await(b, () -> memberRows(b).size() == 3);
      String rows = b.find(By.id("members:member-table_data")).getText();
      assertTrue(rows.contains("Aoife " + p) && rows.contains("Brendan " + p), rows);
      assertFalse(rows.contains("Ciara"), "a member of London is not Dublin's: " + rows);
      // the latest to join first
      b.driver().findElement(By.id("members:member-table:joined")).click();
      await(b, () -> memberRows(b).get(0).getText().contains("Aoife"));
      b.driver().findElement(By.id("members:member-table:joined")).click();
      await(b, () -> memberRows(b).get(0).getText().contains(coordinator.username()));
      assertTrue(memberRows(b).get(1).getText().contains("Brendan"));
      b.screenshot("dublin");
      b.driver().findElement(By.id("members:member-table:export")).click();
      List<String> lines =
          b.downloaded("chapter-members.csv").lines().filter(l -> !l.isBlank()).toList();
      assertEquals(4, lines.size(), String.join("\n", lines));
      assertTrue(
          lines.get(2).contains("Brendan") && lines.get(3).contains("Aoife"), lines.toString());
      assertEquals(List.of(), b.consoleErrors(), "no script error, no policy violation");
    }
    Members.Member plain = Members.via(http).prefix(p + "m.").in("iops-dublin").create();
    FormSession member =
        FormSession.logIn(http, plain.username(), Admin.PASSWORD, "Mozilla/5.0 test");
    assertEquals(403, member.get("/en/chapters/iops-dublin/members").statusCode());
    assertEquals(
        404,
        FormSession.logIn(http, coordinator.username(), Admin.PASSWORD, "Mozilla/5.0 test")
            .get("/en/chapters/no-such-" + p + "/members")
            .statusCode());
  }

  @Test
  void aVisitorsPageCarriesNoNonceAndAWorkingScreenOnlyItsOwn() {
    Http http = new Http(base.toString());
    String policy = http.get("/en/").headers().firstValue("Content-Security-Policy").orElseThrow();
    assertFalse(policy.contains("nonce"), policy);
    assertFalse(policy.contains("unsafe"), policy);
    assertFalse(http.get("/en/").body().contains("primefaces"), "no script of the components");
  }

  private static List<WebElement> memberRows(Browser b) {
    return b.driver().findElements(By.cssSelector("#members\\:member-table_data > tr")).stream()
        .filter(r -> !r.getAttribute("class").contains("ui-datatable-empty-message"))
        .toList();
  }

  private static List<WebElement> rows(Browser b) {
    return b.driver().findElements(By.cssSelector(ROWS)).stream()
        .filter(r -> !r.getAttribute("class").contains("ui-datatable-empty-message"))
        .toList();
  }

  private static void await(Browser b, BooleanSupplier condition) {
    new WebDriverWait(b.driver(), Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> condition.getAsBoolean());
  }
}
