package org.plenum.it.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;
import org.plenum.testkit.Members;

/**
 * A writer's posts on "My posts" as a table the database pages, sorts and filters — a module's
 * table through the API's table rows — however many posts they wrote.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MyPostsTableIT {

  @ArquillianResource URL base;

  @Test
  @DisplayName("a writer pages, sorts and filters their thirty posts")
  void aWriterPagesSortsAndFiltersTheirPosts() {
    Http http = new Http(base.toString());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    Members.Member writer =
        Members.via(http).prefix("w.").named("Writer " + tag).role("editor").create();
    for (int i = 1; i <= 30; i++) {
      HttpResponse<String> r =
          http.json(
              "POST",
              "/api/v1/blog/posts",
              "{\"blog\":\"news\",\"language\":\"en\",\"title\":\"Minutes "
                  + tag
                  + String.format(" %02d", i)
                  + "\",\"body\":\"Text.\"}",
              "Authorization",
              writer.authorization());
      assertEquals(201, r.statusCode(), r.body());
    }
    try (Browser b = Browser.open(base.toString(), "my-posts")) {
      b.go("/en/login");
      b.type(By.id("login:username"), writer.username());
      b.type(By.id("login:password"), Admin.PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      b.go("/en/posts");
      assertEquals(25, rows(b).size(), "a page of the thirty");
      assertTrue(rows(b).get(0).getText().contains("Minutes " + tag + " 30"), "the latest first");
      b.screenshot("latest-first");

      b.driver().findElement(By.cssSelector("[id='mine:mine-table'] .ui-paginator-next")).click();
      await(b, () -> rows(b).size() == 5 && rows(b).get(4).getText().contains(tag + " 01"));

      b.driver().findElement(By.id("mine:mine-table:title")).click();
      await(b, () -> rows(b).get(0).getText().contains("Minutes " + tag + " 01"));

      b.type(By.id("mine:mine-table:title:filter"), tag + " 17");
      await(b, () -> rows(b).size() == 1 && rows(b).get(0).getText().contains(tag + " 17"));
      b.screenshot("filtered");
      b.clickAndWait(By.linkText("Minutes " + tag + " 17"));
      assertTrue(b.path().endsWith("/edit"), b.path());
      assertEquals(List.of(), b.consoleErrors(), "no script error, no policy violation");
    }
  }

  private static List<WebElement> rows(Browser b) {
    return b.driver().findElements(By.cssSelector("[id='mine:mine-table_data'] > tr")).stream()
        .filter(r -> !r.getAttribute("class").contains("ui-datatable-empty-message"))
        .toList();
  }

  private static void await(Browser b, BooleanSupplier condition) {
    new WebDriverWait(b.driver(), Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> condition.getAsBoolean());
  }
}
