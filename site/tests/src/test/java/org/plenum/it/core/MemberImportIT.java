package org.plenum.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;
import org.plenum.testkit.Members;

/**
 * Members brought in from a spreadsheet: a file with mistakes is refused whole, each mistake told
 * with its line in the reader's language, and no member made; a good file makes them all, in the
 * chapter, with the joining date and language given.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberImportIT {

  @ArquillianResource URL base;

  static HttpResponse<String> importCsv(Http http, String csv, String... headers) {
    HttpRequest.Builder b =
        http.request("/api/v1/members/import")
            .header("Content-Type", "text/csv; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build());
  }

  private static boolean listed(Http http, String admin, String username) {
    return http.get("/api/v1/members", "Authorization", admin)
        .body()
        .contains("\"username\":\"" + username + "\"");
  }

  @Test
  @DisplayName("a file with mistakes is refused whole, each mistake told with its line, in French")
  void aFileWithMistakesIsRefusedWholeEachToldWithItsLine() {
    Http http = new Http(base.toString());
    String admin = Admin.authorization(http);
    String p = "i" + UUID.randomUUID().toString().substring(0, 6);
    String csv =
        "username,name,email,chapter,joined,status,language\n"
            + p
            + ".good,Good One,"
            + p
            + ".good@example.org,iops-london,2019-03-21,member,fr\n"
            + p
            + ".bad,,not-an-address,nowhere,2019-02-30,voter,xx\n"
            + p
            + ".good,Twice,,,,,\n"
            + Admin.USER
            + ",Taken Name,,,,,\n";
    HttpResponse<String> r = importCsv(http, csv, "Authorization", admin, "Accept-Language", "fr");
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    String body = r.body();
    for (String told :
        new String[] {
          "Ligne 3 : il faut un nom",
          "Ligne 3 : « not-an-address » n’est pas une adresse e-mail",
          "Ligne 3 : il n’y a pas de section « nowhere »",
          "Ligne 3 : « 2019-02-30 » n’est pas une date passée",
          "Ligne 3 : le statut est member ou supporter, pas « voter »",
          "Ligne 3 : le site n’a pas de langue « xx »",
          "Ligne 4 : le nom d’utilisateur « " + p + ".good » est aussi à la ligne 2",
          "Ligne 5 : le nom d’utilisateur « " + Admin.USER + " » est déjà celui d’un compte"
        }) {
      assertTrue(body.contains(told), told + " in " + body);
    }
    assertFalse(listed(http, admin, p + ".good"), "the good line was not made either");

    assertEquals(
        400,
        importCsv(http, "username,name,shoe size\na.b.c,A,42\n", "Authorization", admin)
            .statusCode(),
        "an unknown column");
    assertEquals(
        400,
        importCsv(http, "name\nNobody\n", "Authorization", admin).statusCode(),
        "no user names");
    assertEquals(
        400, importCsv(http, "username,name\n", "Authorization", admin).statusCode(), "empty");
    HttpResponse<String> open =
        importCsv(http, "username,name\n\"" + p + ".q,Open quote\n", "Authorization", admin);
    assertEquals(400, open.statusCode(), open.body());
    HttpResponse<String> big =
        importCsv(
            http,
            "username,name\n" + "x".repeat(5 * 1024 * 1024),
            "Authorization",
            admin,
            "Accept-Language",
            "en");
    assertEquals(413, big.statusCode(), big.body());
    assertTrue(big.body().contains("larger than 5 MB"), big.body());

    // many mistakes are told as mistakes, the file's size as its size
    StringBuilder wrong = new StringBuilder("username,name\n");
    StringBuilder many = new StringBuilder("username,name\n");
    for (int i = 0; i < 20_001; i++) {
      if (i < 10_001) {
        wrong.append("X!,\n");
      }
      many.append(p).append(".n").append(i).append(",N ").append(i).append('\n');
    }
    HttpResponse<String> mistakes =
        importCsv(http, wrong.toString(), "Authorization", admin, "Accept-Language", "en");
    assertEquals(400, mistakes.statusCode());
    assertTrue(mistakes.body().contains("Line 2: “x!” is not a user name"), mistakes.body());
    assertTrue(mistakes.body().contains("more mistakes"), mistakes.body());
    HttpResponse<String> tooMany =
        importCsv(http, many.toString(), "Authorization", admin, "Accept-Language", "en");
    assertEquals(400, tooMany.statusCode());
    assertTrue(tooMany.body().contains("At most 20,000 members a file"), tooMany.body());
    assertFalse(listed(http, admin, p + ".n0"));

    Members.Member member = Members.via(http).prefix(p).create();
    assertEquals(
        403,
        importCsv(http, "username,name\n" + p + ".x,X\n", "Authorization", member.authorization())
            .statusCode(),
        "a member may not");
    assertEquals(
        401, importCsv(http, "username,name\n" + p + ".y,Y\n").statusCode(), "nor a visitor");
    assertFalse(listed(http, admin, p + ".x"));
  }

  @Test
  @DisplayName(
      "an administrator imports members from the members page, in French, after a refused file")
  void anAdministratorImportsMembersFromThePage() throws IOException {
    Http http = new Http(base.toString());
    String admin = Admin.authorization(http);
    String p = "j" + UUID.randomUUID().toString().substring(0, 6);
    Path dir = Files.createTempDirectory("import");
    Path bad = dir.resolve("bad.csv");
    Path good = dir.resolve("good.csv");
    // a spreadsheet's export: a byte-order mark, quotes, a comma in a name, a Windows line end
    Files.writeString(
        bad,
        "\uFEFFusername,name,chapter\r\n"
            + p
            + ".a,\"Martin, Aline\",iops-london\r\n"
            + p
            + ".b,,\r\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        good,
        "\uFEFFusername,name,chapter,joined,language\r\n"
            + p
            + ".a,\"Martin, Aline\",iops-london,2015-06-01,fr\r\n"
            + p
            + ".b,Bruno Petit,,,\r\n",
        StandardCharsets.UTF_8);
    try (Browser b = Browser.open(base.toString(), "member-import")) {
      b.go("/fr/login");
      b.type(By.id("login:username"), Admin.USER);
      b.type(By.id("login:password"), Admin.PASSWORD);
      b.clickAndWait(By.id("login:submit"));

      b.go("/fr/admin/members");
      b.find(By.id("import-title")).click();
      b.find(By.id("import:file")).sendKeys(bad.toAbsolutePath().toString());
      b.clickAndWait(By.id("import:submit"));
      String errors = b.find(By.id("import:import-errors")).getText();
      assertTrue(errors.contains("Ligne 3 : il faut un nom"), errors);
      assertTrue(b.find(By.id("import:file")).isDisplayed(), "the form stays open");
      b.screenshot("refused");
      assertFalse(listed(http, admin, p + ".a"), "nothing made");

      b.find(By.id("import:file")).sendKeys(good.toAbsolutePath().toString());
      b.clickAndWait(By.id("import:submit"));
      assertTrue(b.find(By.id("messages")).getText().contains("2 membres importés"), b.text());
      b.go("/fr/admin/members?q=" + p);
      String table = b.find(By.id("members:member-table_data")).getText();
      assertTrue(table.contains("Martin, Aline") && table.contains("Bruno Petit"), table);
      assertTrue(table.contains("2015"), "joined as the file says: " + table);
      b.screenshot("imported");
      assertEquals(java.util.List.of(), b.consoleErrors());
    } finally {
      try {
        Files.deleteIfExists(bad);
        Files.deleteIfExists(good);
        Files.deleteIfExists(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    JsonObject aline =
        Http.parse(http.get("/api/v1/members?chapter=iops-london", "Authorization", admin).body())
            .asJsonArray()
            .stream()
            .map(v -> v.asJsonObject())
            .filter(m -> m.getString("username").equals(p + ".a"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("Aline is in London"));
    assertEquals("Martin, Aline", aline.getString("displayName"));
  }
}
