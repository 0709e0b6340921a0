package org.plenum.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;

/** What a person does in a real browser: read, switch language, log in, publish, switch off. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserJourneyIT {

  @ArquillianResource URL base;

  private Cookie beforeLogIn;

  private void logIn(Browser b, String lang) {
    Admin.authorization(new Http(base.toString()));
    b.go("/" + lang + "/");
    b.clickAndWait(By.id("login-link"));
    beforeLogIn = b.driver().manage().getCookieNamed("PLENUMSESSION");
    b.type(By.id("login:username"), Admin.USER);
    b.type(By.id("login:password"), Admin.PASSWORD);
    b.clickAndWait(By.id("login:submit"));
  }

  @Test
  void editorPublishesAPageThenTurnsThePagesModuleOffAndOn() {
    String slug = "reunion-" + UUID.randomUUID().toString().substring(0, 6);
    try (Browser b = Browser.open(base.toString(), "publish")) {
      b.go("/en/");
      assertTrue(b.text().contains("Mission Statement"));
      b.screenshot("home-en");

      b.clickAndWait(By.linkText("Français"));
      assertEquals("/fr/", b.path());
      assertTrue(b.text().contains("Accueil"));
      assertTrue(b.text().contains("Déclaration de mission"));
      b.screenshot("home-fr");

      logIn(b, "fr");
      assertTrue(b.text().contains("Connecté en tant que admin"), b.text());
      Cookie session = b.driver().manage().getCookieNamed("PLENUMSESSION");
      assertTrue(session.isHttpOnly(), "session cookie is HttpOnly");
      assertEquals("Lax", session.getSameSite());
      assertTrue(
          beforeLogIn != null && !beforeLogIn.getValue().equals(session.getValue()),
          "a new session id at log-in (no session fixation)");
      assertTrue(
          Http.parse(
                  new Http(base.toString())
                      .get("/api/v1/me", "Cookie", "PLENUMSESSION=" + session.getValue())
                      .body())
              .asJsonObject()
              .getString("username")
              .equals("admin"),
          "/api/v1/me knows the session");
      b.clickAndWait(By.id("admin-link"));
      b.clickAndWait(By.linkText("Pages"));
      b.clickAndWait(By.id("new-page"));
      b.type(By.id("page:title"), "Réunion hebdomadaire");
      b.type(By.id("page:slug"), slug);
      b.type(By.id("page:menuOrder"), "60");
      b.type(By.id("page:body"), "Chaque **mercredi** à 19 h, au local de la section.");
      // the text as readers will see it, drawn as it is typed
      new WebDriverWait(b.driver(), Duration.ofSeconds(20))
          .until(
              d ->
                  d.findElements(By.cssSelector("[id='page:body-preview'] strong")).stream()
                      .anyMatch(e -> e.getText().equals("mercredi")));
      b.screenshot("new-page");
      b.clickAndWait(By.id("page:save"));
      assertEquals("/fr/" + slug, b.path());
      assertEquals("Réunion hebdomadaire", b.find(By.id("page-title")).getText());
      assertTrue(b.find(By.id("page-body")).getText().contains("mercredi"));
      assertTrue(b.find(By.id("main-menu")).getText().contains("Réunion hebdomadaire"));
      b.screenshot("page-published");

      b.go("/fr/admin/modules");
      b.clickAndWait(By.cssSelector("tr.module-pages input[value='Désactiver']"));
      assertTrue(b.text().contains("Module pages désactivé"), b.text());
      b.screenshot("module-disabled");
      b.find(By.id("modules:module-table:export")).click();
      String modules = b.downloaded("modules.csv");
      assertTrue(
          modules.lines().anyMatch(l -> l.contains("(pages)") && l.contains("Désactivé")),
          "the table's export says the module is off: " + modules);
      assertTrue(
          modules.lines().noneMatch(l -> l.contains("Désactiver")), "without the row's buttons");
      b.go("/fr/");
      assertFalse(b.find(By.id("main-menu")).getText().contains("Réunion hebdomadaire"));
      assertFalse(b.text().contains("Déclaration de mission"));
      b.go("/fr/" + slug);
      assertTrue(b.text().contains("Page introuvable"));
      b.screenshot("page-gone");

      b.go("/fr/admin/modules");
      b.clickAndWait(By.cssSelector("tr.module-pages input[value='Activer']"));
      b.go("/fr/" + slug);
      assertEquals("Réunion hebdomadaire", b.find(By.id("page-title")).getText());

      b.go("/fr/admin/audit");
      assertTrue(b.text().contains("module.disable"));
      assertTrue(b.text().contains("page.create"));
      b.screenshot("audit");

      b.clickAndWait(By.id("logout"));
      assertTrue(b.text().contains("Se connecter"));
    }
  }

  @Test
  void badInputInTheEditorIsExplainedAndNothingIsSaved() {
    try (Browser b = Browser.open(base.toString(), "bad-input")) {
      logIn(b, "fr");
      b.go("/fr/pages/new");
      b.type(By.id("page:title"), "");
      b.type(By.id("page:slug"), "about me!");
      b.type(By.id("page:menuOrder"), "premier");
      b.clickAndWait(By.id("page:save"));
      String text = b.text();
      assertTrue(text.contains("La position dans le menu doit être un nombre"), text);
      b.type(By.id("page:menuOrder"), "");
      b.clickAndWait(By.id("page:save"));
      text = b.text();
      assertTrue(text.contains("Veuillez donner un titre à la page."), text);
      assertTrue(text.contains("L’adresse ne peut contenir que"), text);
      b.screenshot("errors-fr");
      b.type(By.id("page:title"), "À propos");
      b.type(By.id("page:slug"), "a-propos");
      b.clickAndWait(By.id("page:save"));
      assertTrue(b.text().contains("Une autre page dans cette langue a déjà l’adresse"), b.text());
      b.screenshot("duplicate-fr");
    }
  }

  @Test
  void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
    try (Browser b = Browser.open(base.toString(), "login-refused")) {
      b.go("/en/login");
      b.type(By.id("login:username"), "admin");
      b.type(By.id("login:password"), "certainly-not-it-123");
      b.clickAndWait(By.id("login:submit"));
      String wrongPassword = b.find(By.id("messages")).getText();
      b.type(By.id("login:username"), "nobody-at-all");
      b.type(By.id("login:password"), "certainly-not-it-123");
      b.clickAndWait(By.id("login:submit"));
      assertEquals(wrongPassword, b.find(By.id("messages")).getText());
      assertTrue(wrongPassword.contains("The user name or password is not right."));
      b.screenshot("refused");
      b.go("/en/admin");
      assertTrue(b.path().startsWith("/en/login"), "the admin asks for a log-in first");
    }
  }

  @Test
  void administratorRenamesTheSiteAndSetsItsDefaultLanguage() {
    Http http = new Http(base.toString());
    try (Browser b = Browser.open(base.toString(), "settings")) {
      logIn(b, "en");
      b.go("/en/admin/settings");
      b.type(By.id("settings:name"), "IOPS");
      b.type(By.id("settings:tagline"), "A proportional say for every member");
      new Select(b.find(By.id("settings:language"))).selectByValue("fr");
      b.clickAndWait(By.id("settings:save"));
      assertTrue(b.text().contains("Settings saved."), b.text());
      b.screenshot("saved");
      b.go("/en/");
      assertEquals("IOPS", b.find(By.cssSelector(".site-name")).getText());
      assertTrue(b.text().contains("A proportional say for every member"));
      assertTrue(
          http.get("/").headers().firstValue("Location").orElse("").endsWith("/fr/"),
          "a visitor without a language preference gets the default language");

      b.go("/en/admin/settings");
      b.type(By.id("settings:name"), "");
      b.clickAndWait(By.id("settings:save"));
      assertEquals(
          "IOPS",
          http.get("/en/")
              .body()
              .replaceAll("(?s).*<span class=\"site-name\">([^<]*)</span>.*", "$1"),
          "an empty name is refused and nothing changes");

      b.go("/en/admin/settings");
      b.type(By.id("settings:name"), "Plenum");
      b.type(By.id("settings:tagline"), "");
      new Select(b.find(By.id("settings:language"))).selectByValue("en");
      b.clickAndWait(By.id("settings:save"));
      assertTrue(http.get("/").headers().firstValue("Location").orElse("").endsWith("/en/"));
    }
  }

  @Test
  void twoEditorsSavingTheSamePageNeverOverwriteEachOther() {
    String auth = Admin.authorization(new Http(base.toString()));
    String slug = "agenda-" + UUID.randomUUID().toString().substring(0, 6);
    assertEquals(
        201,
        new Http(base.toString())
            .json(
                "POST",
                "/api/v1/pages",
                "{\"language\":\"en\",\"title\":\"Agenda\",\"slug\":\""
                    + slug
                    + "\",\"body\":\"1. Welcome\"}",
                "Authorization",
                auth)
            .statusCode());
    try (Browser first = Browser.open(base.toString(), "conflict-first");
        Browser second = Browser.open(base.toString(), "conflict-second")) {
      logIn(first, "en");
      logIn(second, "en");
      first.go("/en/" + slug);
      first.clickAndWait(By.id("edit-page"));
      second.go("/en/pages/" + slug + "/edit");
      first.type(By.id("page:body"), "1. Welcome\n2. Treasurer's report");
      first.clickAndWait(By.id("page:save"));
      assertTrue(first.find(By.id("page-body")).getText().contains("Treasurer"));

      second.type(By.id("page:body"), "1. Welcome\n2. Election of a chair");
      second.clickAndWait(By.id("page:save"));
      assertTrue(second.text().contains("Someone else (admin) saved this page"), second.text());
      second.screenshot("conflict-shown");
      first.go("/en/" + slug);
      String body = first.find(By.id("page-body")).getText();
      assertTrue(body.contains("Treasurer"), "the first save stands: " + body);
      assertFalse(body.contains("Election"), "the stale save did not overwrite: " + body);
    }
  }

  @Test
  void writesWithTheSessionCookieNeedTheSessionsCsrfToken() {
    Http http = new Http(base.toString());
    try (Browser b = Browser.open(base.toString(), "csrf")) {
      logIn(b, "en");
      String cookie =
          "PLENUMSESSION=" + b.driver().manage().getCookieNamed("PLENUMSESSION").getValue();
      HttpResponse<String> forged =
          http.json("PUT", "/api/v1/modules/pages", "{\"enabled\":false}", "Cookie", cookie);
      assertEquals(403, forged.statusCode(), "a cross-site write with the cookie alone");
      HttpResponse<String> logout =
          http.send(
              http.request("/_plenum/logout")
                  .header("Cookie", cookie)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("lang=en"))
                  .build());
      assertEquals(403, logout.statusCode(), "a log-out without the token is refused");
      assertEquals(200, http.get("/en/about").statusCode(), "nothing changed");

      String token =
          Http.parse(http.get("/api/v1/account", "Cookie", cookie).body())
              .asJsonObject()
              .getString("csrfToken");
      HttpResponse<String> withToken =
          http.json(
              "PUT",
              "/api/v1/modules/pages",
              "{\"enabled\":true}",
              "Cookie",
              cookie,
              "X-CSRF-Token",
              token);
      assertEquals(200, withToken.statusCode(), withToken.body());
      b.go("/en/");
      assertTrue(b.text().contains("Signed in as admin"), "still logged in");
    }
  }
}
