package org.plenum.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;
import org.plenum.testkit.Members;

/**
 * The federation: the public tree, and roles that apply within a chapter's subtree — the
 * coordinator of London acts on London and below it, and is refused everywhere else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChaptersIT {

  private static final String PASSWORD = Admin.PASSWORD;

  @ArquillianResource URL base;

  private Http http() {
    return new Http(base.toString());
  }

  /** Creates an account through the administrators' API and returns its credentials. */
  private String account(String prefix, String chapter, String coordinatorOf) {
    return Members.via(http())
        .prefix(prefix + ".")
        .named(prefix + " tester")
        .in(chapter)
        .role(coordinatorOf == null ? null : "coordinator", coordinatorOf)
        .create()
        .username();
  }

  private long version(String slug) {
    return Http.parse(http().get("/api/v1/chapters/" + slug).body())
        .asJsonObject()
        .getJsonNumber("version")
        .longValue();
  }

  private HttpResponse<String> edit(String slug, String auth, String description) {
    return http()
        .json(
            "PUT",
            "/api/v1/chapters/" + slug,
            "{\"version\":"
                + version(slug)
                + ",\"name\":\""
                + Http.parse(http().get("/api/v1/chapters/" + slug).body())
                    .asJsonObject()
                    .getString("name")
                + "\",\"description\":\""
                + description
                + "\"}",
            "Authorization",
            auth);
  }

  @Test
  void anyoneReadsTheTree() {
    JsonArray tree = Http.parse(http().get("/api/v1/chapters").body()).asJsonArray();
    assertTrue(tree.size() >= 13);
    JsonObject root = tree.getJsonObject(0);
    assertEquals("iops-international", root.getString("slug"));
    assertEquals(0, root.getInt("depth"));
    JsonObject london = null;
    for (JsonValue v : tree) {
      if ("iops-london".equals(v.asJsonObject().getString("slug"))) {
        london = v.asJsonObject();
      }
    }
    assertEquals("iops-england", london.getString("parent"));
    assertEquals(3, london.getInt("depth"));
    assertEquals("GB", london.getString("country"));
    assertTrue(london.getInt("members") >= 1);
    assertEquals(404, http().get("/api/v1/chapters/atlantis").statusCode());
  }

  @Test
  void aCoordinatorActsWithinTheirSubtreeOnly() {
    String coordinator = Http.basic(account("coord", "iops-london", "iops-london"), PASSWORD);
    String member = Http.basic(account("member", "iops-vienna", null), PASSWORD);

    assertEquals(200, edit("iops-london", coordinator, "London meets on Wednesdays.").statusCode());
    String child = "iops-camden-" + UUID.randomUUID().toString().substring(0, 4);
    HttpResponse<String> founded =
        http()
            .json(
                "POST",
                "/api/v1/chapters",
                "{\"parent\":\"iops-london\",\"kind\":\"local\",\"name\":\"IOPS Camden\",\"slug\":\""
                    + child
                    + "\",\"city\":\"London\",\"country\":\"GB\",\"foundedOn\":\"2026-11-01\"}",
                "Authorization",
                coordinator);
    assertEquals(201, founded.statusCode(), founded.body());
    assertEquals(200, edit(child, coordinator, "A sub-chapter of London.").statusCode());

    for (String other : new String[] {"iops-vienna", "iops-england", "iops-international"}) {
      assertEquals(403, edit(other, coordinator, "Taken over").statusCode(), other);
    }
    assertEquals(
        403,
        http()
            .json(
                "POST",
                "/api/v1/chapters",
                "{\"parent\":\"iops-england\",\"kind\":\"local\",\"name\":\"IOPS Leeds\"}",
                "Authorization",
                coordinator)
            .statusCode(),
        "not above their chapter");
    assertEquals(403, edit("iops-vienna", member, "Mine now").statusCode(), "a plain member");
    assertEquals(
        403,
        http()
            .json(
                "POST",
                "/api/v1/members",
                "{\"username\":\"sneaky\","
                    + "\"displayName\":\"S\",\"password\":\""
                    + PASSWORD
                    + "\"}",
                "Authorization",
                coordinator)
            .statusCode(),
        "coordinators do not create accounts");
    assertEquals(
        401,
        http()
            .json("PUT", "/api/v1/chapters/iops-vienna", "{\"version\":0,\"name\":\"x\"}")
            .statusCode());
    assertFalse(http().get("/api/v1/chapters/iops-vienna").body().contains("Taken over"));
    assertEquals(
        200,
        edit("iops-vienna", Admin.authorization(http()), "Vienna meets on Mondays.").statusCode(),
        "administrators act anywhere");
  }

  @Test
  void badChaptersAreRefusedAndNothingIsWritten() {
    String admin = Admin.authorization(http());
    int before = Http.parse(http().get("/api/v1/chapters").body()).asJsonArray().size();
    String[][] cases = {
      {"{\"parent\":\"iops-london\",\"kind\":\"local\",\"name\":\"\"}", "400", "name"},
      {
        "{\"parent\":\"iops-london\",\"kind\":\"local\",\"name\":\"X\",\"country\":\"XX\"}",
        "400",
        "country"
      },
      {
        "{\"parent\":\"iops-london\",\"kind\":\"local\",\"name\":\"Future\","
            + "\"foundedOn\":\"2999-01-01\"}",
        "400",
        "foundedOn"
      },
      {"{\"parent\":\"iops-london\",\"kind\":\"planet\",\"name\":\"Mars\"}", "400", null},
      {
        "{\"parent\":\"iops-london\",\"kind\":\"local\",\"name\":\"X\",\"foundedOn\":\"22/07\"}",
        "400",
        null
      },
      {
        "{\"parent\":\"iops-london\",\"kind\":\"local\",\"name\":\"Dup\",\"slug\":\"iops-vienna\"}",
        "409",
        "slug"
      },
      {"{\"parent\":\"atlantis\",\"kind\":\"local\",\"name\":\"Lost\"}", "404", null},
    };
    for (String[] c : cases) {
      HttpResponse<String> r =
          http()
              .json(
                  "POST",
                  "/api/v1/chapters",
                  c[0],
                  "Authorization",
                  admin,
                  "Accept-Language",
                  "fr");
      assertEquals(Integer.parseInt(c[1]), r.statusCode(), c[0] + " -> " + r.body());
      assertFalse(r.body().contains("Exception"));
      if (c[2] != null) {
        assertEquals(
            c[2],
            Http.parse(r.body())
                .asJsonObject()
                .getJsonArray("errors")
                .getJsonObject(0)
                .getString("field"));
      }
    }
    assertEquals(before, Http.parse(http().get("/api/v1/chapters").body()).asJsonArray().size());
  }

  @Test
  void theCoordinatorEditsTheirChapterInTheBrowserAndIsRefusedAnother() {
    String coordinator = account("coordb", "iops-melbourne", "iops-melbourne");
    account("cohelper", "iops-melbourne", null);
    try (Browser b = Browser.open(base.toString(), "coordinator")) {
      b.go("/fr/login");
      b.type(By.id("login:username"), coordinator);
      b.type(By.id("login:password"), PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      b.go("/fr/chapters");
      b.clickAndWait(By.linkText("IOPS Melbourne"));
      assertTrue(
          b.find(By.id("members")).getText().contains("coordb tester"), "members see the members");
      b.screenshot("melbourne");
      b.clickAndWait(By.id("edit-chapter"));
      b.type(By.id("chapter:description"), "Réunions le **jeudi** à Fitzroy.");
      b.clickAndWait(By.id("chapter:save"));
      assertEquals("/fr/chapters/iops-melbourne", b.path());
      assertTrue(b.find(By.id("chapter-description")).getText().contains("jeudi"));
      b.screenshot("edited");

      b.clickAndWait(By.id("manage-coordinators"));
      assertEquals("/fr/chapters/iops-melbourne/coordinators", b.path());
      new Select(b.find(By.id("appoint:candidate"))).selectByVisibleText("cohelper tester");
      b.clickAndWait(By.id("appoint:appointButton"));
      assertTrue(b.text().contains("Coordinateur nommé."), b.text());
      assertTrue(b.find(By.id("coordinator-table")).getText().contains("cohelper tester"));
      b.screenshot("co-coordinator");
      b.go("/fr/chapters/iops-melbourne");
      assertTrue(b.find(By.id("coordinators")).getText().contains("cohelper tester"));
      b.go("/fr/chapters/iops-melbourne/coordinators");
      b.clickAndWait(By.xpath("//tr[td/a[text()='cohelper tester']]//input[@type='submit']"));
      assertTrue(b.text().contains("Coordinateur retiré."), b.text());
      assertFalse(b.find(By.id("coordinator-table")).getText().contains("cohelper tester"));
      b.go("/fr/chapters/iops-vienna/coordinators");
      assertEquals("Interdit", b.find(By.id("error-title")).getText());

      b.go("/fr/chapters/iops-vienna");
      assertTrue(b.driver().findElements(By.id("edit-chapter")).isEmpty());
      b.go("/fr/chapters/iops-vienna/edit");
      assertEquals("Interdit", b.find(By.id("error-title")).getText());
      b.screenshot("vienna-refused");

      b.go("/fr/chapters/iops-dublin");
      String before = b.find(By.id("member-count")).getText();
      b.clickAndWait(By.id("membership"));
      b.clickAndWait(By.id("membership:join"));
      assertEquals("/fr/chapters/iops-dublin", b.path());
      assertFalse(before.equals(b.find(By.id("member-count")).getText()), "one more member");
      assertTrue(b.find(By.id("members")).getText().contains("coordb tester"));
      b.screenshot("joined-dublin");
    }
    try (Browser anonymous = Browser.open(base.toString(), "chapters-anonymous")) {
      anonymous.go("/en/chapters/iops-melbourne");
      assertTrue(
          anonymous.driver().findElements(By.id("members")).isEmpty(),
          "members are listed to members only");
      assertTrue(anonymous.text().contains("Log in to see who the members are."));
      anonymous.go("/en/");
      assertTrue(
          anonymous
              .find(By.id("block-core.newChapters"))
              .getText()
              .contains("Founded: July 22, 2014"),
          "the seed's 'New chapters' block");
      anonymous.screenshot("home");
    }
  }

  @Test
  void administratorsMoveAChapterWithItsSubtree() {
    String admin = Admin.authorization(http());
    String coordinator = Http.basic(account("mover", "iops-suffolk", "iops-england"), PASSWORD);
    assertEquals(
        403,
        http()
            .json(
                "PUT",
                "/api/v1/chapters/iops-suffolk/parent",
                "{\"parent\":\"iops-london\"}",
                "Authorization",
                coordinator)
            .statusCode(),
        "even a coordinator above it may not move it");
    HttpResponse<String> moved =
        http()
            .json(
                "PUT",
                "/api/v1/chapters/iops-suffolk/parent",
                "{\"parent\":\"iops-london\"}",
                "Authorization",
                admin);
    assertEquals(200, moved.statusCode(), moved.body());
    assertEquals("iops-london", Http.parse(moved.body()).asJsonObject().getString("parent"));
    HttpResponse<String> cycle =
        http()
            .json(
                "PUT",
                "/api/v1/chapters/iops-england/parent",
                "{\"parent\":\"iops-suffolk\"}",
                "Authorization",
                admin);
    assertEquals(400, cycle.statusCode(), "not under its own descendant: " + cycle.body());
    assertEquals(
        200,
        http()
            .json(
                "PUT",
                "/api/v1/chapters/iops-suffolk/parent",
                "{\"parent\":\"iops-england\"}",
                "Authorization",
                admin)
            .statusCode());
    JsonArray tree = Http.parse(http().get("/api/v1/chapters").body()).asJsonArray();
    for (JsonValue v : tree) {
      if ("iops-suffolk".equals(v.asJsonObject().getString("slug"))) {
        assertEquals(3, v.asJsonObject().getInt("depth"));
      }
    }
    try (Browser b = Browser.open(base.toString(), "move")) {
      b.go("/en/login");
      b.type(By.id("login:username"), Admin.USER);
      b.type(By.id("login:password"), Admin.PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      b.go("/en/chapters/iops-dublin/edit");
      Select parent = new Select(b.find(By.id("chapter:parent")));
      assertTrue(
          parent.getOptions().stream()
              .noneMatch(o -> "iops-dublin".equals(o.getAttribute("value"))),
          "not within itself");
      parent.selectByValue("iops-united-kingdom");
      b.clickAndWait(By.id("chapter:save"));
      assertTrue(b.find(By.cssSelector(".breadcrumbs")).getText().contains("IOPS United Kingdom"));
      b.screenshot("moved");
      b.go("/en/chapters/iops-dublin/edit");
      new Select(b.find(By.id("chapter:parent"))).selectByValue("iops-international");
      b.clickAndWait(By.id("chapter:save"));
    }
    assertEquals(
        "iops-international",
        Http.parse(http().get("/api/v1/chapters/iops-dublin").body())
            .asJsonObject()
            .getString("parent"));
  }
}
