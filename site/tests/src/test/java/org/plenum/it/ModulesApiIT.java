package org.plenum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
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
