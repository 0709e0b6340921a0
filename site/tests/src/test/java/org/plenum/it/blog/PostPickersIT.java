package org.plenum.it.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;
import org.plenum.testkit.Members;

/**
 * The post editor's pickers (PrimeFaces, under the site's strict Content-Security-Policy): an
 * editor in Melbourne, with the French interface, picks two co-authors by typing three letters of
 * their names and schedules a post from the calendar in Melbourne time; the post keeps both and is
 * due at that time in Melbourne.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostPickersIT {

  private static final ZoneId MELBOURNE = ZoneId.of("Australia/Melbourne");

  private static final Pattern POST_ID = Pattern.compile("/posts/(\\d+)/edit");

  @ArquillianResource URL base;

  /** Clicks what a calendar draws again as it changes: found afresh until the click lands. */
  private static void click(Browser b, By by) {
    new WebDriverWait(b.driver(), Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              d.findElement(by).click();
              return true;
            });
  }

  @Test
  @DisplayName(
      "18: an editor picks two co-authors by typing three letters and schedules a post in"
          + " Melbourne time with the date picker")
  void anEditorPicksCoauthorsAndSchedulesInMelbourneTime() {
    Http http = new Http(base.toString());
    String admin = Admin.authorization(http);
    String tag = UUID.randomUUID().toString().substring(0, 6);
    // three letters no other name begins with: "Qzx…"
    Members.Member editor =
        Members.via(http).prefix("pe.").named("Edna Pickers " + tag).role("editor").create();
    Members.Member first = Members.via(http).prefix("pe.").named("Qzxa Lindqvist " + tag).create();
    Members.Member second = Members.via(http).prefix("pe.").named("Qzxo Marchetti " + tag).create();
    String title = "Assemblée programmée " + tag;
    long id;
    LocalDate day;
    try (Browser b = Browser.open(base.toString(), "post-pickers")) {
      b.go("/fr/login");
      b.type(By.id("login:username"), editor.username());
      b.type(By.id("login:password"), Admin.PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      b.go("/fr/account/profile");
      new Select(b.find(By.id("profile:timeZone"))).selectByValue("Australia/Melbourne");
      b.clickAndWait(By.id("profile:save"));

      b.go("/fr/write?blog=news");
      b.type(By.id("post:title"), title);
      JavascriptExecutor page = (JavascriptExecutor) b.driver();
      page.executeScript("window.plenumMark = 'still here';");
      // the preview draws what is typed, made safe as readers will get it
      b.type(
          By.id("post:body"),
          "**Piège** <a href=\"javascript:window.plenumPwned=1\" onclick=\"window.plenumPwned=2\">lien</a>"
              + "<script>window.plenumPwned=3</script>");
      new WebDriverWait(b.driver(), Duration.ofSeconds(20))
          .until(
              d ->
                  d.findElements(By.cssSelector("[id='post:body-preview'] strong")).stream()
                      .anyMatch(e -> e.getText().equals("Piège")));
      assertEquals(
          0L,
          page.executeScript(
              "return document.querySelectorAll("
                  + "\"[id='post:body-preview'] script, [id='post:body-preview'] [onclick],"
                  + " [id='post:body-preview'] a[href^='javascript']\").length;"),
          "nothing of a script reaches the preview");
      assertEquals(null, page.executeScript("return window.plenumPwned;"));
      b.type(By.id("post:body"), "L’assemblée se tient **à l’heure de Melbourne**.");
      new WebDriverWait(b.driver(), Duration.ofSeconds(20))
          .until(
              d ->
                  d.findElements(By.cssSelector("[id='post:body-preview'] strong")).stream()
                      .anyMatch(e -> e.getText().equals("à l’heure de Melbourne")));
      assertEquals("still here", page.executeScript("return window.plenumMark;"), "no reload");
      b.pick("post:authors", "Qzx", "Qzxa Lindqvist " + tag);
      b.pick("post:authors", "Qzx", "Qzxo Marchetti " + tag);
      assertEquals(
          List.of(
              "Edna Pickers " + tag + " (" + editor.slug() + ")",
              "Qzxa Lindqvist " + tag + " (" + first.slug() + ")",
              "Qzxo Marchetti " + tag + " (" + second.slug() + ")"),
          b.tokens("post:authors"),
          "the writer, then the two picked, in order");
      b.addToken("post:tags", "assemblée");

      // the calendar: next month, the 15th; it speaks French
      click(b, By.cssSelector("[id='post:publishAt'] .ui-datepicker-trigger"));
      click(b, By.cssSelector("[id='post:publishAt_panel'] .ui-datepicker-next"));
      day = LocalDate.now(MELBOURNE).plusMonths(1).withDayOfMonth(15);
      String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH);
      new WebDriverWait(b.driver(), Duration.ofSeconds(20))
          .ignoring(WebDriverException.class)
          .until(
              d ->
                  d.findElement(By.cssSelector("[id='post:publishAt_panel'] .ui-datepicker-title"))
                      .getText()
                      .toLowerCase(Locale.ROOT)
                      .contains(month));
      click(
          b,
          By.xpath(
              "//*[@id='post:publishAt_panel']//table[contains(@class,'ui-datepicker-calendar')]"
                  + "//td[not(contains(@class,'ui-datepicker-other-month'))]"
                  + "/a[normalize-space()='15']"));
      WebElement input = b.find(By.id("post:publishAt_input"));
      assertTrue(
          input.getAttribute("value").startsWith(day.toString()),
          "the day picked is in the field: " + input.getAttribute("value"));
      b.screenshot("calendar");
      // the time typed in the same field: 18:30 in Melbourne
      input.sendKeys(Keys.ESCAPE);
      input.clear();
      input.sendKeys(day + " 18:30");
      assertTrue(
          b.find(By.cssSelector("label[for='post:publishAt_input']"))
              .getText()
              .contains("Australia/Melbourne"),
          "the field says which time zone it is in");
      b.clickAndWait(By.id("post:publish"));
      Matcher m = POST_ID.matcher(b.path());
      assertTrue(m.find(), "on the editor of the stored post: " + b.path());
      id = Long.parseLong(m.group(1));
      assertEquals("Programmé", b.find(By.id("post-status")).getText());
      String state = b.find(By.id("post-state")).getText();
      assertTrue(
          state.contains(
              day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)) + ", 18 h 30"),
          "due at 18:30 as the editor in Melbourne sees it: " + state);
      assertTrue(b.consoleErrors().isEmpty(), "no browser error: " + b.consoleErrors());
      b.screenshot("scheduled");
    }
    JsonObject post =
        Http.parse(http.get("/api/v1/blog/posts/" + id, "Authorization", admin).body())
            .asJsonObject();
    assertEquals(
        LocalDateTime.of(day, LocalTime.of(18, 30)).atZone(MELBOURNE).toInstant(),
        Instant.parse(post.getString("scheduled")),
        "due at 18:30 in Melbourne");
    assertEquals(
        List.of(editor.slug(), first.slug(), second.slug()),
        post.getJsonArray("authors").stream()
            .map(JsonValue::asJsonObject)
            .map(a -> a.getString("member"))
            .toList());
    assertEquals(
        List.of("assemblée"),
        post.getJsonArray("tags").stream().map(t -> ((JsonString) t).getString()).toList());
  }
}
