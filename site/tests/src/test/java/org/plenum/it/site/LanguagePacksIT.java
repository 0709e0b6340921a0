package org.plenum.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;

/**
 * Languages come from locale packs, not code: the German pack that ships half-translated falls back
 * to English key by key, and a folder dropped into the site's data folder while it runs adds a
 * language to the switcher within seconds — and removing it takes the language away.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguagePacksIT {

  @ArquillianResource URL base;

  @Test
  void aPartlyTranslatedPackFallsBackToEnglishKeyByKey() {
    Http http = new Http(base.toString());
    HttpResponse<String> login = http.get("/de/login");
    assertEquals(200, login.statusCode());
    assertTrue(login.body().contains("lang=\"de\""), "the page says it is German");
    assertTrue(login.body().contains("Anmelden"), "translated: core.login.title");
    assertTrue(
        login.body().contains("Forgot your password?")
            || login.body().contains("Passwort vergessen?"),
        login.body());
    assertFalse(login.body().contains("???"), "no key is ever shown instead of a text");
    String home = http.get("/en/").body();
    assertTrue(home.contains("hreflang=\"de\""), "German is offered beside English and French");
    assertTrue(home.contains(">Deutsch<"), "named in itself in the switcher");
    HttpResponse<String> chapters = http.get("/de/chapters");
    assertTrue(chapters.body().contains("Gruppen"), "a German word");
    assertTrue(
        chapters.body().contains("Find a chapter") || chapters.body().contains("Gruppe suchen"),
        "and the rest in German or English");
  }

  @Test
  void aLocaleFolderAddedWhileTheSiteRunsAddsALanguage() throws Exception {
    Http http = new Http(base.toString());
    Path folder = Path.of(System.getProperty("plenum.it.data"), "i18n", "es");
    assertEquals(404, http.get("/es/").statusCode(), "no Spanish yet");
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("core.properties"),
        String.join(
            "\n",
            "core.login.title=Iniciar sesión",
            "core.login.submit=Entrar",
            "core.home.title=Inicio",
            "core.languages=Idiomas",
            ""),
        StandardCharsets.UTF_8);
    try {
      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> http.get("/es/login").statusCode() == 200);
      String login = http.get("/es/login").body();
      assertTrue(login.contains("Iniciar sesión"), login);
      assertTrue(login.contains("Password"), "untranslated keys read in English");
      assertTrue(http.get("/en/login").body().contains(">Español<"), "offered in the switcher");
      HttpResponse<String> root =
          http.send(
              http.request("/").header("Accept-Language", "es-ES,es;q=0.9,en;q=0.5").GET().build());
      assertEquals(
          "/es/",
          URI.create(root.headers().firstValue("Location").orElseThrow()).getPath(),
          "a Spanish browser lands in Spanish");
    } finally {
      remove(http, folder, "es");
    }
  }

  @Test
  void primeFacesSpeaksAPackLanguageItBringsNoTextsFor() throws Exception {
    Http http = new Http(base.toString());
    Admin.authorization(http);
    Path folder = Path.of(System.getProperty("plenum.it.data"), "i18n", "cy");
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("core.properties"),
        String.join("\n", "core.languages=Ieithoedd", "core.pf.chooseDate=Dewis dyddiad", ""),
        StandardCharsets.UTF_8);
    Locale welsh = Locale.forLanguageTag("cy");
    try (Browser b = Browser.open(base.toString(), "pack-primefaces")) {
      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> http.get("/cy/login").statusCode() == 200);
      b.go("/cy/login");
      b.type(By.id("login:username"), Admin.USER);
      b.type(By.id("login:password"), Admin.PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      b.go("/cy/polls/new");
      b.find(By.cssSelector("[id='poll:opensAt'] .ui-datepicker-trigger")).click();
      new WebDriverWait(b.driver(), Duration.ofSeconds(20))
          .until(d -> d.findElement(By.id("poll:opensAt_panel")).isDisplayed());
      String month = b.find(By.cssSelector("#poll\\:opensAt_panel .ui-datepicker-month")).getText();
      List<String> welshMonths =
          Arrays.stream(Month.values())
              .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, welsh))
              .toList();
      assertTrue(welshMonths.contains(month), "the calendar names the month in Welsh: " + month);
      String days = b.find(By.cssSelector("#poll\\:opensAt_panel thead")).getText();
      assertTrue(days.contains("Ll"), "and the days: " + days);
      b.screenshot("welsh-calendar");
      assertEquals(List.of(), b.consoleErrors(), "no browser error, no refusal by the policy");
    } finally {
      remove(http, folder, "cy");
    }
  }

  /** Takes a pack away and waits until the site no longer offers its language. */
  private static void remove(Http http, Path folder, String lang) throws IOException {
    try (var files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> http.get("/" + lang + "/").statusCode() == 404);
  }
}
