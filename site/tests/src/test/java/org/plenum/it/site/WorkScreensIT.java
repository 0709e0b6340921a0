package org.plenum.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;

/**
 * The working screens on PrimeFaces as people with other needs use them: axe-core finds no WCAG 2.1
 * A/AA violation on the tables and editors, their proposals and calendars open, in both themes,
 * light and dark; and an editor and a table are worked with the keyboard alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkScreensIT {

  private static final List<String> SCREENS =
      List.of(
          "/en/admin/members",
          "/fr/admin/audit",
          "/fr/write?blog=news",
          "/en/polls/new",
          "/fr/events/new",
          "/fr/posts",
          "/fr/account/profile");

  @ArquillianResource URL base;

  private static Object js(Browser b, String script, Object... args) {
    return ((JavascriptExecutor) b.driver()).executeScript(script, args);
  }

  private static void logIn(Browser b) {
    b.go("/en/login");
    b.type(By.id("login:username"), Admin.USER);
    b.type(By.id("login:password"), Admin.PASSWORD);
    b.clickAndWait(By.id("login:submit"));
  }

  private static void useTheme(Browser admin, String theme) {
    admin.go("/en/admin/settings");
    new Select(admin.find(By.id("settings:theme"))).selectByValue(theme);
    admin.clickAndWait(By.id("settings:save"));
  }

  private static void dark(Browser b, boolean dark) {
    ((ChromeDriver) b.driver())
        .executeCdpCommand(
            "Emulation.setEmulatedMedia",
            Map.of(
                "features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
  }

  private static Path picture() {
    try {
      BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
      Path file = Files.createTempFile("work-screens-", ".png");
      ImageIO.write(img, "png", file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void settle(Browser b) {
    new WebDriverWait(b.driver(), Duration.ofSeconds(30))
        .until(
            d ->
                Boolean.TRUE.equals(
                    js(b, "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")));
  }

  @Test
  @DisplayName(
      "18: the working screens, their proposals and calendars open, pass axe in both themes,"
          + " light and dark")
  void theWorkingScreensPassAxeInBothThemesLightAndDark() {
    Http http = new Http(base.toString());
    Admin.authorization(http);
    List<String> violations = new ArrayList<>();
    try (Browser b = Browser.open(base.toString(), "work-screens-axe")) {
      logIn(b);
      try {
        for (String theme : List.of("default", "contrast")) {
          useTheme(b, theme);
          for (boolean dark : List.of(false, true)) {
            dark(b, dark);
            String mode = theme + (dark ? " dark " : " light ");
            for (String screen : SCREENS) {
              violations.addAll(
                  AccessibilityIT.violations(b, screen).stream().map(v -> mode + v).toList());
            }
            // the dialog that asks before suspending a member
            b.go("/en/admin/members");
            b.find(By.cssSelector("button[id$=':suspend']")).click();
            new WebDriverWait(b.driver(), Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("confirm:form:yes")).isDisplayed());
            violations.addAll(
                AccessibilityIT.violationsHere(b, "/en/admin/members (confirmation)").stream()
                    .map(v -> mode + v)
                    .toList());
            b.screenshot(theme + (dark ? "-dark" : "-light") + "-confirmation");
            b.find(By.id("confirm:form:no")).click();
            // and its table's choice of columns
            b.find(By.id("members:member-table:columns")).click();
            new WebDriverWait(b.driver(), Duration.ofSeconds(20))
                .until(d -> d.findElement(By.cssSelector(".ui-columntoggler")).isDisplayed());
            violations.addAll(
                AccessibilityIT.violationsHere(b, "/en/admin/members (columns)").stream()
                    .map(v -> mode + v)
                    .toList());
            // the post editor with its proposals, then its calendar, open
            b.go("/en/write?blog=news");
            b.find(By.id("post:authors_input")).sendKeys("adm");
            new WebDriverWait(b.driver(), Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("post:authors_panel")).isDisplayed());
            violations.addAll(
                AccessibilityIT.violationsHere(b, "/en/write (proposals)").stream()
                    .map(v -> mode + v)
                    .toList());
            // the first proposal chosen: a value the browser adds to the list
            b.find(By.id("post:authors_input")).sendKeys(Keys.ENTER);
            new WebDriverWait(b.driver(), Duration.ofSeconds(20))
                .until(
                    d ->
                        !d.findElements(
                                By.cssSelector("[id='post:authors'] li.ui-autocomplete-token"))
                            .isEmpty());
            violations.addAll(
                AccessibilityIT.violationsHere(b, "/en/write (chosen)").stream()
                    .map(v -> mode + v)
                    .toList());
            b.find(By.cssSelector("[id='post:publishAt'] .ui-datepicker-trigger")).click();
            new WebDriverWait(b.driver(), Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("post:publishAt_panel")).isDisplayed());
            violations.addAll(
                AccessibilityIT.violationsHere(b, "/en/write (calendar)").stream()
                    .map(v -> mode + v)
                    .toList());
            b.screenshot(theme + (dark ? "-dark" : "-light") + "-calendar");
            // a picture chosen for the profile, shown with its bar before it is sent
            b.go("/en/account/profile");
            b.find(By.id("avatar:file_input")).sendKeys(picture().toString());
            new WebDriverWait(b.driver(), Duration.ofSeconds(20))
                .until(
                    d ->
                        !d.findElements(By.cssSelector("[id='avatar:file'] .ui-fileupload-row"))
                            .isEmpty());
            violations.addAll(
                AccessibilityIT.violationsHere(b, "/en/account/profile (chosen)").stream()
                    .map(v -> mode + v)
                    .toList());
            assertTrue(b.consoleErrors().isEmpty(), mode + b.consoleErrors());
          }
        }
      } finally {
        dark(b, false);
        useTheme(b, "default");
      }
    }
    assertEquals(List.of(), violations);
  }

  /** Presses Tab until the focused element matches a selector; fails when it is never reached. */
  private static WebElement tabTo(Browser b, String selector) {
    for (int i = 0; i < 120; i++) {
      if (Boolean.TRUE.equals(
          js(
              b,
              "return !!document.activeElement && document.activeElement.matches(arguments[0]);",
              selector))) {
        return b.driver().switchTo().activeElement();
      }
      new Actions(b.driver()).sendKeys(Keys.TAB).perform();
    }
    throw new AssertionError("never reached by the Tab key: " + selector);
  }

  private static void press(Browser b, CharSequence... keys) {
    new Actions(b.driver()).sendKeys(keys).perform();
  }

  private static String rows(Browser b) {
    return b.find(By.cssSelector("[id='audit:audit-table_data']")).getText();
  }

  @Test
  @DisplayName("18: a poll is built and the audit log paged and sorted with the keyboard alone")
  void anEditorAndATableWorkWithTheKeyboardAlone() {
    Http http = new Http(base.toString());
    Admin.authorization(http);
    String tag = UUID.randomUUID().toString().substring(0, 6);
    try (Browser b = Browser.open(base.toString(), "keyboard")) {
      b.go("/en/login");
      tabTo(b, "#login\\:username");
      press(b, Admin.USER);
      tabTo(b, "#login\\:password");
      press(b, Admin.PASSWORD, Keys.ENTER);
      new WebDriverWait(b.driver(), Duration.ofSeconds(30))
          .until(d -> !b.path().startsWith("/en/login"));

      // an editor: a poll of two questions, the second moved first
      b.go("/en/polls/new");
      tabTo(b, "#poll\\:title");
      press(b, "Keyboard poll " + tag);
      tabTo(b, "[id='poll:q:0:text']");
      press(b, "First typed");
      tabTo(b, "[id='poll:q:0:options']");
      press(b, "Yes", Keys.ENTER, "No");
      tabTo(b, "[id='poll:add']");
      press(b, Keys.ENTER);
      settle(b);
      assertEquals(
          "poll:q:1:text",
          js(b, "return document.activeElement.id;"),
          "the new question has the cursor");
      press(b, "Second typed");
      tabTo(b, "[id='poll:q:1:options']");
      press(b, "Red", Keys.ENTER, "Blue");
      tabTo(b, "[id='poll:q:1:up']");
      press(b, Keys.ENTER);
      settle(b);
      assertEquals(
          "Second typed", b.find(By.id("poll:q:0:text")).getAttribute("value"), "moved first");
      assertEquals("poll:q:0:text", js(b, "return document.activeElement.id;"));
      b.screenshot("poll-built");
      tabTo(b, "[id='poll:save']");
      press(b, Keys.ENTER);
      new WebDriverWait(b.driver(), Duration.ofSeconds(30))
          .withMessage(() -> "not saved: " + b.text())
          .until(d -> !b.path().endsWith("/polls/new"));
      assertTrue(b.text().contains("Keyboard poll " + tag), "saved: " + b.path());

      // a table: the next page, then the newest first by the date's heading
      b.go("/en/admin/audit");
      String first = rows(b);
      tabTo(b, "[id='audit:audit-table'] .ui-paginator-next");
      press(b, Keys.ENTER);
      settle(b);
      String second = rows(b);
      assertNotEquals(first, second, "the next page");
      WebElement th = tabTo(b, "[id='audit:audit-table'] th.ui-sortable-column");
      String column = th.getAttribute("id");
      String before = th.getAttribute("aria-sort");
      press(b, Keys.ENTER);
      settle(b);
      String after = b.find(By.id(column)).getAttribute("aria-sort");
      assertNotEquals(before, after, "the column's order changed: " + before + " → " + after);
      assertTrue("ascending".equals(after) || "descending".equals(after), "sorted by " + column);
      assertTrue(b.consoleErrors().isEmpty(), "no browser error: " + b.consoleErrors());
      b.screenshot("audit-sorted");
    }
  }
}
