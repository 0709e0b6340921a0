package org.plenum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.plenum.it.support.Admin;
import org.plenum.it.support.Browser;
import org.plenum.it.support.Http;

/**
 * Every route that every enabled module registers, in every language: anonymous visitors
 * get open routes and are sent to the log-in page by guarded ones; an administrator gets
 * every one of them without an error page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoutesSmokeIT {

  /** A value for the slug of each route, by language: a demo chapter or a demo page. */
  private static String sample(String pattern, String lang) {
    if (pattern.startsWith("chapters/")) {
      return "iops-london";
    }
    return "en".equals(lang) ? "about" : "a-propos";
  }

  /** Pages that a mailed link opens, with a token in the query. */
  private static final List<String> LINK_PAGES = List.of("join/verify", "password/reset");

  @ArquillianResource
  URL base;

  private List<String[]> routes(Http http, String auth) {
    List<String[]> routes = new ArrayList<>();
    for (JsonValue v : Http.parse(http.get("/api/v1/modules", "Authorization", auth).body())
        .asJsonArray()) {
      JsonObject m = v.asJsonObject();
      if (!"enabled".equals(m.getString("status"))) {
        continue;
      }
      for (JsonValue r : m.getJsonArray("routes")) {
        JsonObject route = r.asJsonObject();
        routes.add(new String[] {m.getString("id"), route.getString("pattern"),
            String.valueOf(route.getBoolean("open"))});
      }
    }
    return routes;
  }

  private static String expand(String pattern, String lang) {
    String path = pattern.replace("{slug}", sample(pattern, lang));
    assertTrue(!path.contains("{"), "no sample value for a parameter of " + pattern);
    return "/" + lang + "/" + path;
  }

  @Test
  void everyRouteAnswersInEveryLanguage() {
    Http http = new Http(base.toString());
    String auth = Admin.authorization(http);
    List<String[]> routes = routes(http, auth);
    assertTrue(routes.size() >= 10, "routes found: " + routes.size());
    int visited = 0;
    try (Browser b = Browser.open(base.toString(), "routes")) {
      b.go("/en/login");
      b.type(By.id("login:username"), Admin.USER);
      b.type(By.id("login:password"), Admin.PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      for (String lang : List.of("en", "fr")) {
        for (String[] route : routes) {
          String path = expand(route[1], lang);
          HttpResponse<String> anonymous = http.get(path);
          if (Boolean.parseBoolean(route[2])) {
            // a link page opened without its token says so with 400; every other page is 200
            int expected = LINK_PAGES.contains(route[1]) ? 400 : 200;
            assertEquals(expected, anonymous.statusCode(), route[0] + " " + path);
          } else {
            assertEquals(302, anonymous.statusCode(), route[0] + " " + path);
            assertTrue(anonymous.headers().firstValue("Location").orElse("")
                .contains("/" + lang + "/login?next="), path);
          }
          b.go(path);
          assertTrue(b.driver().findElements(By.id("error-title")).isEmpty(),
              route[0] + " " + path + " shows an error: " + b.text());
          assertEquals(lang, b.find(By.tagName("html")).getAttribute("lang"), path);
          visited++;
        }
      }
    }
    assertEquals(routes.size() * 2, visited);
  }
}
