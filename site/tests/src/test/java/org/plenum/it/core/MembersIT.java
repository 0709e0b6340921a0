package org.plenum.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;

/** Accounts administered: creation rules, and a suspension that ends open sessions. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MembersIT {

  private static final String PASSWORD = "Lantern-Orchard-Ferry-Nine";

  @ArquillianResource URL base;

  private Http http() {
    return new Http(base.toString());
  }

  private String create(String admin) {
    String username = "susp." + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> r =
        http()
            .json(
                "POST",
                "/api/v1/members",
                "{\"username\":\""
                    + username
                    + "\",\"displayName\":\"Sam Suspended\",\"password\":\""
                    + PASSWORD
                    + "\",\"chapter\":\"iops-dublin\",\"status\":\"supporter\"}",
                "Authorization",
                admin);
    assertEquals(201, r.statusCode(), r.body());
    assertEquals("supporter", Http.parse(r.body()).asJsonObject().getString("status"));
    return username;
  }

  @Test
  void accountsAreCreatedOnlyWithValidFields() {
    String admin = Admin.authorization(http());
    String[][] cases = {
      {"{\"username\":\"ab\",\"displayName\":\"X\",\"password\":\"" + PASSWORD + "\"}", "400"},
      {
        "{\"username\":\"Has Space\",\"displayName\":\"X\",\"password\":\"" + PASSWORD + "\"}",
        "400"
      },
      {"{\"username\":\"weak.one\",\"displayName\":\"X\",\"password\":\"password1234\"}", "400"},
      {"{\"username\":\"no.name\",\"displayName\":\"\",\"password\":\"" + PASSWORD + "\"}", "400"},
      {
        "{\"username\":\"bad.status\",\"displayName\":\"X\",\"password\":\""
            + PASSWORD
            + "\",\"status\":\"king\"}",
        "400"
      },
      {"{\"username\":\"admin\",\"displayName\":\"X\",\"password\":\"" + PASSWORD + "\"}", "409"},
      {
        "{\"username\":\"x.y\",\"displayName\":\"X\",\"password\":\""
            + PASSWORD
            + "\",\"role\":\"administrator\"}",
        "201"
      },
    };
    for (String[] c : cases) {
      HttpResponse<String> r = http().json("POST", "/api/v1/members", c[0], "Authorization", admin);
      assertEquals(Integer.parseInt(c[1]), r.statusCode(), c[0] + " -> " + r.body());
    }
    HttpResponse<String> sneaky =
        http().get("/api/v1/modules", "Authorization", Http.basic("x.y", PASSWORD));
    assertEquals(403, sneaky.statusCode(), "a role field in the body is ignored");
  }

  @Test
  void suspendingAMemberEndsTheirOpenSession() {
    String admin = Admin.authorization(http());
    String username = create(admin);
    try (Browser b = Browser.open(base.toString(), "suspension")) {
      b.go("/en/login");
      b.type(By.id("login:username"), username);
      b.type(By.id("login:password"), PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      assertTrue(b.text().contains("Signed in as " + username), b.text());
      b.screenshot("signed-in");

      HttpResponse<String> suspended =
          http()
              .json(
                  "PUT",
                  "/api/v1/members/" + username + "/suspension",
                  "{\"suspended\":true}",
                  "Authorization",
                  admin);
      assertEquals(200, suspended.statusCode(), suspended.body());
      assertTrue(Http.parse(suspended.body()).asJsonObject().getBoolean("suspended"));

      b.go("/en/chapters/iops-dublin");
      assertFalse(b.text().contains("Signed in as"), "the session ended at the next request");
      assertTrue(b.text().contains("Log in to see who the members are."));
      b.go("/en/account/password");
      assertTrue(b.path().startsWith("/en/login"));
      b.type(By.id("login:username"), username);
      b.type(By.id("login:password"), PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      assertTrue(
          b.find(By.id("messages")).getText().contains("The user name or password is not right."),
          "no hint that it is suspended");
      b.screenshot("refused");
      assertEquals(
          401,
          http()
              .get("/api/v1/account", "Authorization", Http.basic(username, PASSWORD))
              .statusCode());

      assertEquals(
          200,
          http()
              .json(
                  "PUT",
                  "/api/v1/members/" + username + "/suspension",
                  "{\"suspended\":false}",
                  "Authorization",
                  admin)
              .statusCode());
      b.type(By.id("login:username"), username);
      b.type(By.id("login:password"), PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      assertTrue(b.text().contains("Signed in as " + username), "reactivated");
    }
    assertEquals(
        409,
        http()
            .json(
                "PUT",
                "/api/v1/members/admin/suspension",
                "{\"suspended\":true}",
                "Authorization",
                admin)
            .statusCode(),
        "not oneself");
    assertEquals(
        403,
        http()
            .json(
                "PUT",
                "/api/v1/members/admin/suspension",
                "{\"suspended\":true}",
                "Authorization",
                Http.basic(username, PASSWORD))
            .statusCode());
  }

  @Test
  void administratorsManageMembersInTheAdmin() {
    String admin = Admin.authorization(http());
    String username = create(admin);
    try (Browser b = Browser.open(base.toString(), "members-admin")) {
      b.go("/fr/login");
      b.type(By.id("login:username"), Admin.USER);
      b.type(By.id("login:password"), Admin.PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      b.go("/fr/admin/members?q=" + username);
      String row = "//tr[.//code[normalize-space()='" + username + "']]";
      assertTrue(b.find(By.xpath(row)).getText().contains("Sympathisant"), b.text());
      b.clickAndWait(By.xpath(row + "//input[@value='Rendre membre']"));
      assertTrue(b.text().contains("Le statut de " + username + " a changé."), b.text());
      assertTrue(b.find(By.xpath(row)).getText().contains("Membre"));

      b.type(By.id("grant:grantee"), username);
      new Select(b.find(By.id("grant:role"))).selectByValue("coordinator");
      new Select(b.find(By.id("grant:roleChapter"))).selectByValue("iops-dublin");
      b.clickAndWait(By.id("grant:submit"));
      b.go("/fr/admin/members?q=" + username);
      assertTrue(b.find(By.xpath(row)).getText().contains("Coordinateur (IOPS Dublin)"), b.text());

      // asked first: "Annuler" leaves the member as they were, "Suspendre" suspends
      By suspend = By.xpath(row + "//button[normalize-space()='Suspendre']");
      b.find(suspend).click();
      WebElement dialog =
          new WebDriverWait(b.driver(), Duration.ofSeconds(20))
              .until(
                  ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".confirmation")));
      assertTrue(dialog.getText().contains("Suspendre "), dialog.getText());
      assertTrue(dialog.getText().contains("Ses sessions ouvertes prennent fin"), dialog.getText());
      new WebDriverWait(b.driver(), Duration.ofSeconds(20))
          .withMessage(
              () ->
                  "the answer that does nothing has the focus, not "
                      + ((JavascriptExecutor) b.driver())
                          .executeScript(
                              "var e = document.activeElement; return e ? e.outerHTML.substring(0, 300) : 'none';"))
          .until(
              d ->
                  "confirm:form:no"
                      .equals(
                          ((JavascriptExecutor) d)
                              .executeScript("return document.activeElement.id")));
      b.screenshot("asked");
      b.find(By.id("confirm:form:no")).click();
      new WebDriverWait(b.driver(), Duration.ofSeconds(20))
          .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".confirmation")));
      b.go("/fr/admin/members?q=" + username);
      assertFalse(b.find(By.xpath(row)).getText().contains("suspendu"), "not without a yes");
      b.find(suspend).click();
      new WebDriverWait(b.driver(), Duration.ofSeconds(20))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm:form:yes")));
      b.clickAndWait(By.id("confirm:form:yes"));
      assertTrue(b.find(By.xpath(row)).getText().contains("suspendu"));
      assertEquals(List.of(), b.consoleErrors(), "no script error, no policy violation");
      b.screenshot("members");
      // the list is paged: the user name keeps the rows to this member, the filters do the rest
      b.go("/fr/admin/members?q=" + username + "&chapter=iops-dublin&status=MEMBER");
      assertTrue(b.find(By.id("members:member-table")).getText().contains(username));
      b.go("/fr/admin/members?q=" + username + "&chapter=iops-vienna");
      assertFalse(b.find(By.id("members:member-table")).getText().contains(username));
    }
    String roles =
        Http.parse(http().get("/api/v1/members?chapter=iops-dublin", "Authorization", admin).body())
            .toString();
    assertTrue(roles.contains("\"chapter\":\"iops-dublin\""), roles);
  }

  @Test
  void aMemberKeepsAProfileAndPersonalApiTokens() {
    String admin = Admin.authorization(http());
    String username = create(admin);
    String other = Http.basic(create(admin), PASSWORD);
    String token;
    try (Browser b = Browser.open(base.toString(), "profile")) {
      b.go("/en/login");
      b.type(By.id("login:username"), username);
      b.type(By.id("login:password"), PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      b.clickAndWait(By.id("profile-link"));
      assertEquals("/en/account/profile", b.path());
      b.type(By.id("profile:displayName"), "Samira Suspended");
      b.type(By.id("profile:bio"), "Treasurer of <b>Dublin</b>.");
      new Select(b.find(By.id("profile:language"))).selectByValue("fr");
      new Select(b.find(By.id("profile:timeZone"))).selectByValue("Europe/Dublin");
      b.clickAndWait(By.id("profile:save"));
      assertTrue(b.text().contains("Profile saved."), b.text());
      b.go("/");
      assertEquals("/fr/", b.path(), "the member's language wins over the browser's");

      b.go("/fr/account/profile");
      b.type(By.id("tokens:name"), "ordinateur portable");
      b.clickAndWait(By.id("tokens:create"));
      token = b.find(By.id("new-token")).getText();
      assertTrue(token.startsWith("plm_"), token);
      b.screenshot("token-made");
      b.go("/fr/account/profile");
      assertTrue(b.driver().findElements(By.id("new-token")).isEmpty(), "shown once");
      assertTrue(b.find(By.id("token-table")).getText().contains("ordinateur portable"));
      assertFalse(b.find(By.id("token-table")).getText().contains(token), "never again");
    }
    String bearer = "Bearer " + token;
    assertEquals(
        username,
        Http.parse(http().get("/api/v1/me", "Authorization", bearer).body())
            .asJsonObject()
            .getString("username"));
    assertEquals(
        403,
        http()
            .json("POST", "/api/v1/account/tokens", "{\"name\":\"more\"}", "Authorization", bearer)
            .statusCode(),
        "a token makes no token");
    JsonObject listed =
        Http.parse(http().get("/api/v1/account/tokens", "Authorization", bearer).body())
            .asJsonArray()
            .getJsonObject(0);
    assertTrue(listed.containsKey("lastUsedAt"), "its use shows at once: " + listed);
    long id = listed.getJsonNumber("id").longValue();
    assertEquals(
        404,
        http()
            .json("DELETE", "/api/v1/account/tokens/" + id, null, "Authorization", other)
            .statusCode(),
        "another member cannot revoke it by its id");
    assertEquals(200, http().get("/api/v1/me", "Authorization", bearer).statusCode());
    assertEquals(
        204,
        http()
            .json("DELETE", "/api/v1/account/tokens/" + id, null, "Authorization", bearer)
            .statusCode());
    assertEquals(401, http().get("/api/v1/me", "Authorization", bearer).statusCode(), "revoked");
    assertEquals(401, http().get("/api/v1/me", "Authorization", "Bearer plm_forged").statusCode());
  }
}
