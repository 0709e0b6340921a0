package org.plenum.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;

/**
 * Who may change what: every kind of caller against every write of the REST API, each cell with the
 * answer expected. Denials are the point: a cell that should refuse and grants fails.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermissionMatrixIT {

  private static final String PASSWORD = "Matrix-Of-Quiet-Lanterns-64";

  @ArquillianResource URL base;

  private Http http() {
    return new Http(base.toString());
  }

  private String account(
      String admin, String name, String status, String chapter, String role, String roleChapter) {
    String username = name + "." + UUID.randomUUID().toString().substring(0, 5);
    HttpResponse<String> r =
        http()
            .json(
                "POST",
                "/api/v1/members",
                "{\"username\":\""
                    + username
                    + "\",\"displayName\":\""
                    + name
                    + "\",\"password\":\""
                    + PASSWORD
                    + "\",\"status\":\""
                    + status
                    + "\",\"chapter\":\""
                    + chapter
                    + "\"}",
                "Authorization",
                admin);
    assertEquals(201, r.statusCode(), r.body());
    if (role != null) {
      String where = roleChapter == null ? "" : ",\"chapter\":\"" + roleChapter + "\"";
      assertEquals(
          200,
          http()
              .json(
                  "POST",
                  "/api/v1/members/" + username + "/grants",
                  "{\"role\":\"" + role + "\"" + where + "}",
                  "Authorization",
                  admin)
              .statusCode());
    }
    // a personal token spares the matrix a password hash per request; Basic is tested elsewhere
    HttpResponse<String> token =
        http()
            .json(
                "POST",
                "/api/v1/account/tokens",
                "{\"name\":\"matrix\"}",
                "Authorization",
                Http.basic(username, PASSWORD));
    assertEquals(201, token.statusCode(), token.body());
    return "Bearer " + Http.parse(token.body()).asJsonObject().getString("token");
  }

  private record Action(String name, String method, String path, String body) {}

  private long version(String slug) {
    return Http.parse(http().get("/api/v1/chapters/" + slug).body())
        .asJsonObject()
        .getJsonNumber("version")
        .longValue();
  }

  @Test
  void everyCallerGetsTheExpectedAnswerForEveryWrite() {
    String admin = Admin.authorization(http());
    Map<String, String> callers = new LinkedHashMap<>();
    callers.put("anonymous", null);
    callers.put("supporter", account(admin, "supporter", "supporter", "iops-london", null, null));
    callers.put("member", account(admin, "member", "member", "iops-london", null, null));
    callers.put(
        "coordinator-london",
        account(admin, "coordlon", "member", "iops-london", "coordinator", "iops-london"));
    callers.put(
        "coordinator-vienna",
        account(admin, "coordvie", "member", "iops-vienna", "coordinator", "iops-vienna"));
    callers.put("editor", account(admin, "editor", "member", "iops-dublin", "editor", null));
    HttpResponse<String> adminToken =
        http()
            .json(
                "POST", "/api/v1/account/tokens", "{\"name\":\"matrix\"}", "Authorization", admin);
    assertEquals(201, adminToken.statusCode(), adminToken.body());
    callers.put(
        "administrator",
        "Bearer " + Http.parse(adminToken.body()).asJsonObject().getString("token"));
    String londoner = "londoner." + UUID.randomUUID().toString().substring(0, 5);
    HttpResponse<String> made =
        http()
            .json(
                "POST",
                "/api/v1/members",
                "{\"username\":\""
                    + londoner
                    + "\",\"displayName\":\"Londoner\",\"password\":\""
                    + PASSWORD
                    + "\",\"status\":\"supporter\",\"chapter\":\"iops-london\"}",
                "Authorization",
                admin);
    assertEquals(201, made.statusCode());
    String londonerPage = Http.parse(made.body()).asJsonObject().getString("member");

    // expected status per caller, in the order above
    Map<String, int[]> expected = new LinkedHashMap<>();
    expected.put("edit London", new int[] {401, 403, 403, 200, 403, 403, 200});
    expected.put("found a chapter in London", new int[] {401, 403, 403, 201, 403, 403, 201});
    expected.put("edit Vienna", new int[] {401, 403, 403, 403, 200, 403, 200});
    expected.put("edit England (above London)", new int[] {401, 403, 403, 403, 403, 403, 200});
    expected.put("create a page", new int[] {401, 403, 403, 403, 403, 201, 201});
    expected.put("switch a module", new int[] {401, 403, 403, 403, 403, 403, 200});
    expected.put("create an account", new int[] {401, 403, 403, 403, 403, 403, 201});
    expected.put("grant a role", new int[] {401, 403, 403, 403, 403, 403, 200});
    expected.put("list accounts", new int[] {401, 403, 403, 403, 403, 403, 200});
    expected.put("change a London member's status", new int[] {401, 403, 403, 200, 403, 403, 200});
    expected.put("appoint a London coordinator", new int[] {401, 403, 403, 201, 403, 403, 201});
    expected.put("remove a London coordinator", new int[] {401, 403, 403, 204, 403, 403, 204});
    expected.put("appoint a Vienna coordinator", new int[] {401, 403, 403, 403, 400, 403, 400});

    List<String> wrong = new ArrayList<>();
    int column = 0;
    for (Map.Entry<String, String> caller : callers.entrySet()) {
      String suffix = UUID.randomUUID().toString().substring(0, 5);
      List<Action> actions =
          List.of(
              new Action(
                  "edit London",
                  "PUT",
                  "/api/v1/chapters/iops-london",
                  "{\"version\":"
                      + version("iops-london")
                      + ",\"description\":\"By "
                      + caller.getKey()
                      + "\"}"),
              new Action(
                  "found a chapter in London",
                  "POST",
                  "/api/v1/chapters",
                  "{\"parent\":\"iops-london\",\"kind\":\"local\",\"name\":\"Hackney "
                      + suffix
                      + "\"}"),
              new Action(
                  "edit Vienna",
                  "PUT",
                  "/api/v1/chapters/iops-vienna",
                  "{\"version\":"
                      + version("iops-vienna")
                      + ",\"description\":\"By "
                      + caller.getKey()
                      + "\"}"),
              new Action(
                  "edit England (above London)",
                  "PUT",
                  "/api/v1/chapters/iops-england",
                  "{\"version\":"
                      + version("iops-england")
                      + ",\"description\":\"By "
                      + caller.getKey()
                      + "\"}"),
              new Action(
                  "create a page",
                  "POST",
                  "/api/v1/pages",
                  "{\"language\":\"en\",\"title\":\"Matrix " + suffix + "\",\"body\":\"x\"}"),
              new Action("switch a module", "PUT", "/api/v1/modules/pages", "{\"enabled\":true}"),
              new Action(
                  "create an account",
                  "POST",
                  "/api/v1/members",
                  "{\"username\":\"made."
                      + suffix
                      + "\",\"displayName\":\"Made\",\"password\":\""
                      + PASSWORD
                      + "\"}"),
              new Action(
                  "grant a role", "POST", "/api/v1/members/admin/grants", "{\"role\":\"editor\"}"),
              new Action("list accounts", "GET", "/api/v1/members", null),
              new Action(
                  "change a London member's status",
                  "PUT",
                  "/api/v1/members/" + londoner + "/status",
                  "{\"status\":\"member\"}"),
              new Action(
                  "appoint a London coordinator",
                  "PUT",
                  "/api/v1/chapters/iops-london/coordinators/" + londonerPage,
                  ""),
              new Action(
                  "remove a London coordinator",
                  "DELETE",
                  "/api/v1/chapters/iops-london/coordinators/" + londonerPage,
                  null),
              new Action(
                  "appoint a Vienna coordinator",
                  "PUT",
                  "/api/v1/chapters/iops-vienna/coordinators/" + londonerPage,
                  ""));
      for (Action a : actions) {
        HttpResponse<String> r =
            "GET".equals(a.method())
                ? caller.getValue() == null
                    ? http().get(a.path())
                    : http().get(a.path(), "Authorization", caller.getValue())
                : caller.getValue() == null
                    ? http().json(a.method(), a.path(), a.body())
                    : http()
                        .json(a.method(), a.path(), a.body(), "Authorization", caller.getValue());
        int want = expected.get(a.name())[column];
        if (r.statusCode() != want) {
          wrong.add(
              caller.getKey()
                  + " × "
                  + a.name()
                  + ": got "
                  + r.statusCode()
                  + ", expected "
                  + want);
        }
      }
      column++;
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void administratorsChangeWhichRolesHoldAPermission() {
    String admin = Admin.authorization(http());
    String member = account(admin, "author", "member", "iops-vienna", null, null);
    String body = "{\"language\":\"en\",\"title\":\"By a member\",\"body\":\"x\"}";
    assertEquals(
        403,
        http().json("POST", "/api/v1/pages", body, "Authorization", member).statusCode(),
        "members do not edit pages by default");
    try (Browser b = Browser.open(base.toString(), "permissions")) {
      b.go("/en/login");
      b.type(By.id("login:username"), Admin.USER);
      b.type(By.id("login:password"), Admin.PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      b.go("/en/admin/permissions");
      WebElement cell = b.find(By.id("cell-member-pages-page-edit"));
      Assertions.assertFalse(cell.isSelected());
      Assertions.assertTrue(b.find(By.id("cell-editor-pages-page-edit")).isSelected());
      cell.click();
      b.clickAndWait(By.id("permissions:save"));
      Assertions.assertTrue(b.text().contains("Permissions saved."));
      b.screenshot("member-may-edit-pages");
      try {
        assertEquals(
            201,
            http()
                .json(
                    "POST",
                    "/api/v1/pages",
                    body.replace(
                        "By a member",
                        "By a member " + UUID.randomUUID().toString().substring(0, 5)),
                    "Authorization",
                    member)
                .statusCode(),
            "granted through the matrix");
      } finally {
        b.go("/en/admin/permissions");
        b.find(By.id("cell-member-pages-page-edit")).click();
        b.clickAndWait(By.id("permissions:save"));
      }
    }
    assertEquals(
        403,
        http().json("POST", "/api/v1/pages", body, "Authorization", member).statusCode(),
        "taken back");
  }
}
