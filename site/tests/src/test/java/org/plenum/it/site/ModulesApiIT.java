package org.plenum.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Http;

/** Turning modules off and on at run time, through the API, for administrators only. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModulesApiIT {

  @ArquillianResource URL base;

  private Http http() {
    return new Http(base.toString());
  }

  @Test
  void onlyAdministratorsSeeModules() {
    assertEquals(401, http().get("/api/v1/modules").statusCode());
    String auth = Admin.authorization(http());
    HttpResponse<String> r = http().get("/api/v1/modules", "Authorization", auth);
    assertEquals(200, r.statusCode());
    boolean pages = false;
    for (JsonValue v : Http.parse(r.body()).asJsonArray()) {
      JsonObject m = v.asJsonObject();
      if ("pages".equals(m.getString("id"))) {
        pages = true;
        assertEquals("0.1.0", m.getString("version"));
      }
    }
    assertTrue(pages);
  }

  @Test
  void disablingPagesRemovesRoutesMenuAndApiAndKeepsTheData() {
    String auth = Admin.authorization(http());
    try {
      HttpResponse<String> off =
          http().json("PUT", "/api/v1/modules/pages", "{\"enabled\":false}", "Authorization", auth);
      assertEquals(200, off.statusCode(), off.body());
      assertEquals("disabled", Http.parse(off.body()).asJsonObject().getString("status"));
      assertEquals(404, http().get("/en/about").statusCode());
      assertEquals(404, http().get("/fr/a-propos").statusCode());
      assertEquals(404, http().get("/api/v1/pages").statusCode());
      String home = http().get("/en/").body();
      assertFalse(home.contains("href=\"/en/about\""), "menu entry gone");
      assertFalse(home.contains("block-pages.recent"), "home block gone");
    } finally {
      HttpResponse<String> on =
          http().json("PUT", "/api/v1/modules/pages", "{\"enabled\":true}", "Authorization", auth);
      assertEquals(200, on.statusCode(), on.body());
    }
    HttpResponse<String> about = http().get("/en/about");
    assertEquals(200, about.statusCode(), "the data stayed");
    assertTrue(about.body().contains("grassroots international"));
    assertTrue(http().get("/en/").body().contains("href=\"/en/about\""));
  }

  @Test
  void aModulesStylesheetComesAndGoesWithIt() {
    String auth = Admin.authorization(http());
    String theme = http().get("/themes/default/css/plenum.css").body();
    for (String rule : new String[] {"ol.hits", "table.month", "table.results-table", "ol.posts"}) {
      assertFalse(theme.contains(rule), "the theme leaves " + rule + " to its module");
    }
    String before = stylesheetAddress(http().get("/en/").body());
    HttpResponse<String> css = http().get(before);
    assertEquals(200, css.statusCode());
    assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    assertTrue(
        css.headers().firstValue("Cache-Control").orElse("").contains("immutable"),
        "a versioned address may be kept");
    assertTrue(css.body().contains("ol.hits") && css.body().contains("table.month"), css.body());
    assertTrue(css.body().contains("var(--line)"), "module rules use the theme's variables");
    String etag = css.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, http().get(before, "If-None-Match", etag).statusCode());
    try {
      assertEquals(
          200,
          http()
              .json("PUT", "/api/v1/modules/search", "{\"enabled\":false}", "Authorization", auth)
              .statusCode());
      String after = stylesheetAddress(http().get("/en/").body());
      assertFalse(after.equals(before), "a new address once the modules change");
      String without = http().get(after).body();
      assertFalse(without.contains("ol.hits"), "the disabled module's rules are gone");
      assertTrue(without.contains("table.month"), "the others' stay");
      HttpResponse<String> old = http().get(before, "If-None-Match", etag);
      assertEquals(200, old.statusCode(), "the old tag no longer matches");
      assertFalse(
          old.headers().firstValue("Cache-Control").orElse("").contains("immutable"),
          "an outdated address is not kept");
    } finally {
      assertEquals(
          200,
          http()
              .json("PUT", "/api/v1/modules/search", "{\"enabled\":true}", "Authorization", auth)
              .statusCode());
    }
    assertEquals(before, stylesheetAddress(http().get("/en/").body()));
  }

  @Test
  void feedsAnswerWhileTheirModuleRuns() {
    String auth = Admin.authorization(http());
    HttpResponse<String> news = http().get("/feeds/en/news.rss");
    assertEquals(200, news.statusCode());
    assertTrue(
        news.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
    HttpResponse<String> calendar = http().get("/feeds/events/all.ics");
    assertEquals(200, calendar.statusCode());
    assertTrue(calendar.body().startsWith("BEGIN:VCALENDAR"), calendar.body());
    assertEquals("public, max-age=300", calendar.headers().firstValue("Cache-Control").orElse(""));
    assertEquals(404, http().get("/feeds/").statusCode(), "no feed at the folder");
    assertEquals(404, http().get("/feeds/xx/news.rss").statusCode(), "no such language");
    assertEquals(404, http().get("/feeds/events/nothing.ics").statusCode(), "no such feed");
    try {
      assertEquals(
          200,
          http()
              .json("PUT", "/api/v1/modules/events", "{\"enabled\":false}", "Authorization", auth)
              .statusCode());
      assertEquals(404, http().get("/feeds/events/all.ics").statusCode(), "gone with its module");
      assertEquals(200, http().get("/feeds/en/news.rss").statusCode(), "the others stay");
    } finally {
      assertEquals(
          200,
          http()
              .json("PUT", "/api/v1/modules/events", "{\"enabled\":true}", "Authorization", auth)
              .statusCode());
    }
    assertEquals(200, http().get("/feeds/events/all.ics").statusCode());
  }

  private static String stylesheetAddress(String page) {
    Matcher m = Pattern.compile("href=\"(/_plenum/modules\\.css\\?v=[0-9a-f]+)\"").matcher(page);
    assertTrue(m.find(), "the page links the modules' stylesheet");
    return m.group(1);
  }

  @Test
  void refusalsAreClear() {
    String auth = Admin.authorization(http());
    HttpResponse<String> unknown =
        http()
            .json(
                "PUT",
                "/api/v1/modules/no-such-module",
                "{\"enabled\":false}",
                "Authorization",
                auth,
                "Accept-Language",
                "fr");
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("Il n’y a pas de module no-such-module"), unknown.body());
    HttpResponse<String> core =
        http().json("PUT", "/api/v1/modules/core", "{\"enabled\":false}", "Authorization", auth);
    assertEquals(409, core.statusCode());
    HttpResponse<String> malformed =
        http().json("PUT", "/api/v1/modules/pages", "{\"enabled\":\"no\"}", "Authorization", auth);
    assertEquals(400, malformed.statusCode());
    assertEquals(200, http().get("/en/about").statusCode(), "nothing changed");
  }
}
