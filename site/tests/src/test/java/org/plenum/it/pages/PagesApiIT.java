package org.plenum.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Http;

/** The pages API: anyone reads, editors write, bad input is refused and leaves nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesApiIT {

  @ArquillianResource URL base;

  private Http http() {
    return new Http(base.toString());
  }

  private static String slug() {
    return "test-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private JsonArray list(String lang) {
    return Http.parse(http().get("/api/v1/pages?lang=" + lang).body()).asJsonArray();
  }

  @Test
  void anyoneReadsTheDemoPages() {
    JsonArray en = list("en");
    assertTrue(en.size() >= 5);
    HttpResponse<String> about = http().get("/api/v1/pages/en/about");
    assertEquals(200, about.statusCode());
    JsonObject page = Http.parse(about.body()).asJsonObject();
    assertEquals("About", page.getString("title"));
    assertEquals("fr", page.getJsonArray("translations").getJsonObject(0).getString("language"));
    assertEquals(404, http().get("/api/v1/pages/en/no-such-page").statusCode());
  }

  @Test
  void anonymousAndWrongCredentialsCannotWrite() {
    String body =
        "{\"language\":\"en\",\"title\":\"Nope\",\"body\":\"x\",\"slug\":\"" + slug() + "\"}";
    HttpResponse<String> anonymous = http().json("POST", "/api/v1/pages", body);
    assertEquals(401, anonymous.statusCode());
    assertEquals(
        "application/problem+json",
        anonymous.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    HttpResponse<String> wrong =
        http()
            .json(
                "POST",
                "/api/v1/pages",
                body,
                "Authorization",
                Http.basic("admin", "not-the-password-at-all"));
    assertEquals(401, wrong.statusCode());
    HttpResponse<String> unknownUser =
        http()
            .json(
                "POST",
                "/api/v1/pages",
                body,
                "Authorization",
                Http.basic("nobody-here", "not-the-password-at-all"));
    assertEquals(401, unknownUser.statusCode());
    assertEquals(
        Http.parse(wrong.body()).asJsonObject().getString("detail"),
        Http.parse(unknownUser.body()).asJsonObject().getString("detail"),
        "an unknown account and a wrong password get the same answer");
  }

  @Test
  void oneTimePasswordGrantsNothingButItsOwnReplacement() {
    Admin.authorization(http());
    HttpResponse<String> old =
        http()
            .get(
                "/api/v1/modules",
                "Authorization",
                Http.basic(Admin.USER, Admin.oneTimePassword()));
    assertEquals(401, old.statusCode(), "the one-time password no longer works once replaced");
  }

  @Test
  void editorCreatesReadsUpdatesAndDeletesAPage() {
    String auth = Admin.authorization(http());
    String slug = slug();
    HttpResponse<String> created =
        http()
            .json(
                "POST",
                "/api/v1/pages",
                "{\"language\":\"en\",\"title\":\"Weekly meeting\",\"slug\":\""
                    + slug
                    + "\",\"body\":\"Every **Wednesday** at 7 pm.\",\"menuOrder\":50}",
                "Authorization",
                auth);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject page = Http.parse(created.body()).asJsonObject();
    assertTrue(page.getString("html").contains("<strong>Wednesday</strong>"));
    long id = page.getJsonNumber("id").longValue();
    long version = page.getJsonNumber("version").longValue();

    HttpResponse<String> html = http().get("/en/" + slug);
    assertEquals(200, html.statusCode());
    assertTrue(html.body().contains("Weekly meeting"));
    assertTrue(
        http().get("/en/").body().contains("href=\"/en/" + slug + "\""),
        "a page with a menu position is in the menu");

    HttpResponse<String> updated =
        http()
            .json(
                "PUT",
                "/api/v1/pages/" + id,
                "{\"version\":"
                    + version
                    + ",\"title\":\"Weekly meeting (moved)\",\"slug\":\""
                    + slug
                    + "\",\"body\":\"Thursdays now.\"}",
                "Authorization",
                auth);
    assertEquals(200, updated.statusCode(), updated.body());
    assertTrue(http().get("/en/" + slug).body().contains("Thursdays now."));

    HttpResponse<String> stale =
        http()
            .json(
                "PUT",
                "/api/v1/pages/" + id,
                "{\"version\":"
                    + version
                    + ",\"title\":\"Overwrite\",\"slug\":\""
                    + slug
                    + "\",\"body\":\"Lost update\"}",
                "Authorization",
                auth);
    assertEquals(409, stale.statusCode(), "a stale version is a conflict, not an overwrite");
    assertFalse(http().get("/en/" + slug).body().contains("Lost update"));

    assertEquals(
        204,
        http().json("DELETE", "/api/v1/pages/" + id, null, "Authorization", auth).statusCode());
    assertEquals(404, http().get("/en/" + slug).statusCode());
  }

  @Test
  void badInputIsRefusedInTheReadersLanguageAndWritesNothing() {
    String auth = Admin.authorization(http());
    int before = list("en").size();
    String longTitle = "x".repeat(201);
    String[][] cases = {
      {"{\"language\":\"en\",\"title\":\"\",\"body\":\"x\"}", "400", "title"},
      {"{\"language\":\"en\",\"title\":\"" + longTitle + "\",\"body\":\"x\"}", "400", "title"},
      {
        "{\"language\":\"en\",\"title\":\"Bad slug\",\"slug\":\"Not A Slug!\",\"body\":\"x\"}",
        "400",
        "slug"
      },
      {
        "{\"language\":\"en\",\"title\":\"Reserved\",\"slug\":\"admin\",\"body\":\"x\"}",
        "400",
        "slug"
      },
      {"{\"language\":\"xx\",\"title\":\"Klingon\",\"body\":\"x\"}", "400", "language"},
      {"{\"language\":\"en\",\"title\":\"Dup\",\"slug\":\"about\",\"body\":\"x\"}", "409", "slug"},
      {
        "{\"language\":\"en\",\"title\":\"Menu\",\"body\":\"x\",\"menuOrder\":\"first\"}",
        "400",
        null
      },
      {
        "{\"language\":\"en\",\"title\":\"Big\",\"body\":\"" + "y".repeat(100_001) + "\"}",
        "400",
        "body"
      },
      {"[1,2,3]", "400", null},
      {"{\"language\":\"en\",", "400", null},
    };
    for (String[] c : cases) {
      HttpResponse<String> r =
          http()
              .json("POST", "/api/v1/pages", c[0], "Authorization", auth, "Accept-Language", "fr");
      assertEquals(
          Integer.parseInt(c[1]),
          r.statusCode(),
          c[0].substring(0, Math.min(80, c[0].length())) + " -> " + r.body());
      assertEquals(
          "application/problem+json",
          r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
      JsonObject problem = Http.parse(r.body()).asJsonObject();
      assertFalse(problem.getString("detail").isBlank());
      assertFalse(r.body().contains("Exception"), r.body());
      if (c[2] != null) {
        assertEquals(c[2], problem.getJsonArray("errors").getJsonObject(0).getString("field"));
      }
    }
    HttpResponse<String> french =
        http()
            .json(
                "POST",
                "/api/v1/pages",
                "{\"language\":\"en\",\"title\":\"\",\"body\":\"x\"}",
                "Authorization",
                auth,
                "Accept-Language",
                "fr");
    assertTrue(french.body().contains("Veuillez donner un titre"), french.body());
    assertEquals(before, list("en").size(), "no rejected page was stored");
  }

  @Test
  void hostileMarkdownIsStoredInert() {
    String auth = Admin.authorization(http());
    String slug = slug();
    String hostile =
        "Hello <script>alert(1)</script>\\n\\n[click](javascript:alert(2))\\n\\n"
            + "<img src=x onerror=alert(3)>\\n\\n<a href=\\\"https://example.org\\\" "
            + "onclick=\\\"steal()\\\">ok</a>\\n\\n<iframe src=\\\"https://evil.example\\\"></iframe>";
    HttpResponse<String> created =
        http()
            .json(
                "POST",
                "/api/v1/pages",
                "{\"language\":\"en\",\"title\":\"Hostile\",\"slug\":\""
                    + slug
                    + "\",\"body\":\""
                    + hostile
                    + "\"}",
                "Authorization",
                auth);
    assertEquals(201, created.statusCode(), created.body());
    String page = http().get("/en/" + slug).body();
    String body =
        page.substring(
            page.indexOf("id=\"page-body\""),
            page.indexOf("id=\"also-in\"") > 0
                ? page.indexOf("id=\"also-in\"")
                : page.indexOf("class=\"meta\""));
    assertFalse(body.contains("<script"), body);
    assertFalse(body.contains("javascript:"), body);
    assertFalse(body.toLowerCase().contains("onerror"), body);
    assertFalse(body.toLowerCase().contains("onclick"), body);
    assertFalse(body.contains("<iframe"), body);
    assertTrue(body.contains("href=\"https://example.org\""), "safe links survive: " + body);
  }
}
