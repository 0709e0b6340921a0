package org.plenum.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;

/**
 * Every route that every enabled module registers, in every language: anonymous visitors get open
 * routes and are sent to the log-in page by guarded ones; an administrator gets every one of them
 * without an error page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoutesSmokeIT {

  /** A value for the slug of each route, by language: a demo chapter or a demo page. */
  private static String sample(String pattern, String lang) {
    if (pattern.startsWith("chapters/")) {
      return "iops-london";
    }
    if (pattern.startsWith("members/")) {
      return adminProfile;
    }
    return "en".equals(lang) ? "about" : "a-propos";
  }

  /** Pages that a mailed link opens, with a token in the query. */
  private static final List<String> LINK_PAGES = List.of("join/verify", "password/reset");

  /** The administrator's profile address, read from the API. */
  private static String adminProfile;

  @ArquillianResource URL base;

  private List<String[]> routes(Http http, String auth) {
    List<String[]> routes = new ArrayList<>();
    for (JsonValue v :
        Http.parse(http.get("/api/v1/modules", "Authorization", auth).body()).asJsonArray()) {
      JsonObject m = v.asJsonObject();
      if (!"enabled".equals(m.getString("status"))) {
        continue;
      }
      for (JsonValue r : m.getJsonArray("routes")) {
        JsonObject route = r.asJsonObject();
        routes.add(
            new String[] {
              m.getString("id"),
              route.getString("pattern"),
              String.valueOf(route.getBoolean("open"))
            });
      }
    }
    return routes;
  }

  /** Values for the parameters other routes take, found on the demo site's own pages. */
  private static final Map<String, String> SAMPLES = new HashMap<>();

  private static void findSamples(Http http) {
    SAMPLES.put("{post}", "appel-a-reseau-celebration-jour-2023");
    SAMPLES.put("{tag}", "volunteers");
    SAMPLES.put("{poll}", "poll-on-iops-future");
    SAMPLES.put("{event}", "wednesday-action-group");
    SAMPLES.put("{project}", "live-talks");
    Matcher blog =
        Pattern.compile("href=\"/(?:en|fr)/blogs/([a-z0-9-]+)/([a-z0-9-]+)\"")
            .matcher(http.get("/en/blogs").body());
    if (blog.find()) {
      SAMPLES.put("{blog}", blog.group(1));
      SAMPLES.put("{blogpost}", blog.group(2));
    }
    JsonObject newest =
        Http.parse(http.get("/api/v1/blog/posts?blog=news&size=1").body())
            .asJsonObject()
            .getJsonArray("posts")
            .getJsonObject(0);
    SAMPLES.put("{id}", String.valueOf(newest.getJsonNumber("id").longValue()));
    SAMPLES.put("{year}", newest.getString("published").substring(0, 4));
    SAMPLES.put("{month}", newest.getString("published").substring(5, 7));
    Matcher author =
        Pattern.compile("href=\"/en/authors/([a-z0-9-]+)\"").matcher(http.get("/en/news").body());
    if (author.find()) {
      SAMPLES.put("{author}", author.group(1));
    }
  }

  private static String expand(String pattern, String lang) {
    String path = pattern.replace("{slug}", sample(pattern, lang));
    for (Map.Entry<String, String> e : SAMPLES.entrySet()) {
      if (e.getValue() != null) {
        path = path.replace(e.getKey(), e.getValue());
      }
    }
    assertTrue(!path.contains("{"), "no sample value for a parameter of " + pattern);
    return "/" + lang + "/" + path;
  }

  @Test
  void everyRouteAnswersInEveryLanguage() {
    Http http = new Http(base.toString());
    String auth = Admin.authorization(http);
    adminProfile =
        Http.parse(http.get("/api/v1/me", "Authorization", auth).body())
            .asJsonObject()
            .getString("member");
    List<String[]> routes = routes(http, auth);
    findSamples(http);
    assertTrue(SAMPLES.containsKey("{blogpost}"), "a post in a member's blog");
    String blogPost = SAMPLES.get("{blogpost}");
    assertTrue(routes.size() >= 10, "routes found: " + routes.size());
    int visited = 0;
    try (Browser b = Browser.open(base.toString(), "routes")) {
      b.go("/en/login");
      b.type(By.id("login:username"), Admin.USER);
      b.type(By.id("login:password"), Admin.PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      for (String lang : List.of("en", "fr")) {
        for (String[] route : routes) {
          String path =
              route[1].equals("blogs/{blog}/{post}")
                  ? "/" + lang + "/blogs/" + SAMPLES.get("{blog}") + "/" + blogPost
                  : expand(route[1], lang);
          HttpResponse<String> anonymous = http.get(path);
          if (Boolean.parseBoolean(route[2])) {
            // a link page opened without its token says so with 400; every other page is 200
            int expected = LINK_PAGES.contains(route[1]) ? 400 : 200;
            assertEquals(expected, anonymous.statusCode(), route[0] + " " + path);
          } else {
            assertEquals(302, anonymous.statusCode(), route[0] + " " + path);
            assertTrue(
                anonymous
                    .headers()
                    .firstValue("Location")
                    .orElse("")
                    .contains("/" + lang + "/login?next="),
                path);
          }
          b.go(path);
          assertTrue(
              b.driver().findElements(By.id("error-title")).isEmpty(),
              route[0] + " " + path + " shows an error: " + b.text());
          assertEquals(lang, b.find(By.tagName("html")).getAttribute("lang"), path);
          visited++;
        }
      }
    }
    assertEquals(routes.size() * 2, visited);
  }
}
