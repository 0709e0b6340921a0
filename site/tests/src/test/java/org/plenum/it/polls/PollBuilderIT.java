package org.plenum.it.polls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;
import org.plenum.testkit.Members;

/**
 * The poll editor's questions (PrimeFaces, under the site's strict Content-Security-Policy): a
 * coordinator, in French, builds a poll of three questions, removes a fourth and puts the last one
 * first, all without the page loading again, the cursor following each change; the poll keeps the
 * questions in that order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PollBuilderIT {

  @ArquillianResource URL base;

  private static Object js(Browser b, String script) {
    return ((JavascriptExecutor) b.driver()).executeScript(script);
  }

  private static String value(Browser b, int slot) {
    return b.find(By.id("poll:q:" + slot + ":text")).getAttribute("value");
  }

  private static String focused(Browser b) {
    return (String) js(b, "return document.activeElement && document.activeElement.id;");
  }

  @Test
  @DisplayName(
      "18: a coordinator builds a poll of three questions without a reload and reorders them")
  void aCoordinatorBuildsAndReordersQuestionsWithoutAReload() {
    Http http = new Http(base.toString());
    String admin = Admin.authorization(http);
    String tag = UUID.randomUUID().toString().substring(0, 6);
    Members.Member coordinator =
        Members.via(http)
            .prefix("pb.")
            .named("Coralie Builder " + tag)
            .role("coordinator", "iops-london")
            .create();
    String title = "Soirées de Londres " + tag;
    try (Browser b = Browser.open(base.toString(), "poll-builder")) {
      b.go("/fr/login");
      b.type(By.id("login:username"), coordinator.username());
      b.type(By.id("login:password"), Admin.PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      b.go("/fr/polls/new");
      assertEquals(
          1,
          b.driver().findElements(By.cssSelector("fieldset.question-slot")).size(),
          "a new poll starts with one question");
      // a mark on the page: a reload would lose it
      js(b, "window.plenumMark = 'still here';");
      b.type(By.id("poll:title"), title);
      b.type(By.id("poll:q:0:text"), "Quel soir ?");
      b.type(By.id("poll:q:0:options"), "Mardi\nJeudi");

      b.clickAndSettle(By.id("poll:add"));
      assertEquals("poll:q:1:text", focused(b), "the cursor is in the new question");
      b.type(By.id("poll:q:1:text"), "Louons-nous la salle ?");
      b.find(By.cssSelector("[id='poll:q:1:kind'] option[value='MOTION']")).click();
      b.clickAndSettle(By.id("poll:add"));
      b.type(By.id("poll:q:2:text"), "Qui anime ?");
      b.type(By.id("poll:q:2:options"), "Ana\nBen\nChloé");
      b.clickAndSettle(By.id("poll:add"));
      b.type(By.id("poll:q:3:text"), "Question de trop");
      b.clickAndSettle(By.id("poll:q:3:remove"));
      assertEquals(3, b.driver().findElements(By.cssSelector("fieldset.question-slot")).size());
      assertEquals("Quel soir ?", value(b, 0), "what was typed is kept");
      assertEquals("Ana\nBen\nChloé", b.find(By.id("poll:q:2:options")).getAttribute("value"));

      // the last question goes first, one place at a time
      b.clickAndSettle(By.id("poll:q:2:up"));
      assertEquals("poll:q:1:up", focused(b), "the cursor stays on the button used");
      b.clickAndSettle(By.id("poll:q:1:up"));
      assertEquals(
          List.of("Qui anime ?", "Quel soir ?", "Louons-nous la salle ?"),
          List.of(value(b, 0), value(b, 1), value(b, 2)));
      assertEquals("Ana\nBen\nChloé", b.find(By.id("poll:q:0:options")).getAttribute("value"));
      assertEquals(
          "MOTION", b.find(By.id("poll:q:2:kind")).getAttribute("value"), "kinds move too");
      assertTrue(
          b.find(By.id("poll:q:0:up")).getAttribute("disabled") != null,
          "the first question cannot go up");
      assertEquals("still here", js(b, "return window.plenumMark;"), "the page never reloaded");
      assertTrue(b.consoleErrors().isEmpty(), "no browser error: " + b.consoleErrors());
      b.screenshot("built");
      b.clickAndWait(By.id("poll:save"));
      assertFalse(b.path().endsWith("/polls/new"), "saved: " + b.path());
      b.screenshot("saved");
    }
    String slug = "soirees-de-londres-" + tag;
    JsonObject poll =
        Http.parse(http.get("/api/v1/polls/" + slug, "Authorization", admin).body()).asJsonObject();
    assertEquals(
        List.of("Qui anime ?", "Quel soir ?", "Louons-nous la salle ?"),
        poll.getJsonArray("questions").stream()
            .map(JsonValue::asJsonObject)
            .map(q -> q.getString("text"))
            .toList(),
        "the poll keeps the questions in the order built");

    // deleting a poll that has not opened is asked first, in the coordinator's language
    String later = "Plus tard " + tag;
    HttpResponse<String> made =
        http.json(
            "POST",
            "/api/v1/polls",
            "{\"chapter\":\"iops-london\",\"title\":\""
                + later
                + "\",\"language\":\"fr\",\"opensAt\":\""
                + Instant.now().plus(Duration.ofDays(2))
                + "\",\"closesAt\":\""
                + Instant.now().plus(Duration.ofDays(3))
                + "\",\"questions\":[{\"text\":\"Oui ?\",\"kind\":\"motion\"}]}",
            "Authorization",
            coordinator.authorization());
    assertEquals(201, made.statusCode(), made.body());
    String laterSlug = Http.parse(made.body()).asJsonObject().getString("slug");
    try (Browser b = Browser.open(base.toString(), "poll-delete")) {
      b.go("/fr/login");
      b.type(By.id("login:username"), coordinator.username());
      b.type(By.id("login:password"), Admin.PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      b.go("/fr/polls/" + laterSlug + "/edit");
      b.find(By.id("remove:delete")).click();
      WebElement dialog =
          new WebDriverWait(b.driver(), Duration.ofSeconds(20))
              .until(
                  ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".confirmation")));
      assertTrue(
          dialog.getText().contains("Supprimer le sondage « " + later + " » ?"), dialog.getText());
      b.screenshot("asked");
      b.clickAndWait(By.id("confirm:form:yes"));
      assertFalse(b.path().endsWith("/edit"), "deleted: " + b.path());
      assertTrue(b.consoleErrors().isEmpty(), "no browser error: " + b.consoleErrors());
    }
    assertEquals(404, http.get("/api/v1/polls/" + laterSlug, "Authorization", admin).statusCode());
  }
}
