package org.plenum.examples.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;

/** The notice board in a site, as a visitor and an administrator meet it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoticesIT {

  @ArquillianResource URL base;

  @Test
  void theBoardShowsItsNoticesInTheReadersLanguage() {
    Http http = new Http(base.toString());
    HttpResponse<String> en = http.get("/en/notices");
    assertEquals(200, en.statusCode());
    assertTrue(en.body().contains("The notice board is installed"), en.body());
    HttpResponse<String> fr = http.get("/fr/notices");
    assertEquals(200, fr.statusCode());
    assertTrue(fr.body().contains("Le tableau d’affichage est installé"), fr.body());
    assertEquals(404, http.get("/en/notices/nothing-here").statusCode());
  }

  @Test
  void aVisitorFindsTheBoardFromTheMenu() {
    try (Browser b = Browser.open(base.toString(), "notices")) {
      b.go("/fr/");
      b.clickAndWait(By.linkText("Avis"));
      assertEquals("/fr/notices", b.path());
      assertTrue(b.find(By.id("notices")).getText().contains("installé"), b.text());
      b.screenshot("board");
    }
  }

  @Test
  void theSiteListsTheModuleAsEnabled() {
    Http http = new Http(base.toString());
    HttpResponse<String> modules =
        http.get("/api/v1/modules", "Authorization", Admin.authorization(http));
    assertEquals(200, modules.statusCode(), modules.body());
    JsonObject notices =
        Http.parse(modules.body()).asJsonArray().stream()
            .map(v -> v.asJsonObject())
            .filter(o -> "notices".equals(o.getString("id")))
            .findFirst()
            .orElseThrow(() -> new AssertionError(modules.body()));
    assertEquals("enabled", notices.getString("status"), notices.toString());
  }
}
