package org.plenum.it.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenum.it.support.Site;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Http;

/**
 * Two instances sharing one PostgreSQL database, each with its own data folder and search index, as
 * DESIGN's scale-out has them: a page made on one is found on the other within seconds; an instance
 * that was stopped catches up from the change log when it starts, without a rebuild; one that
 * stopped before the oldest change still logged builds its index anew. Runs in the PostgreSQL pass
 * only.
 */
class SearchClusterIT {

  private static final String SCHEMA = "plenum_cluster";

  private static Site first;
  private static Site second;

  @BeforeAll
  static void startBoth() throws IOException {
    String pg = System.getProperty("plenum.it.pg.url");
    assumeTrue(pg != null && !pg.isBlank(), "two instances share a PostgreSQL database");
    execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA);
    Path root = Path.of(System.getProperty("plenum.work"), "search-cluster-it");
    if (Files.exists(root)) {
      try (var walk = Files.walk(root)) {
        walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Map<String, String> env =
        Map.of(
            "PLENUM_DB_URL", pg + "?currentSchema=" + SCHEMA,
            "PLENUM_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource",
            "PLENUM_DB_USER", System.getProperty("plenum.it.pg.user"),
            "PLENUM_DB_PASSWORD", "plenum",
            "PLENUM_DEMO", "false");
    // one after the other: the first makes the schema
    first = new Site(root.resolve("first"), env).start();
    second = new Site(root.resolve("second"), env).start();
  }

  @AfterAll
  static void stopBoth() {
    if (second != null) {
      second.stop();
    }
    if (first != null) {
      first.stop();
    }
  }

  @Test
  void eachInstanceFollowsTheOthersChanges() {
    String auth = Admin.authorization(first.http());
    long harbour = page(first, auth, "quokka-harbour", "The quokka harbour meeting");
    awaitFound(second, "quokka", 1);
    awaitFound(first, "quokka", 1);

    // the second instance stops; the first changes things meanwhile
    second.stop();
    page(first, auth, "wombat-ferry", "The wombat ferry social");
    assertEquals(
        204,
        first
            .http()
            .json("DELETE", "/api/v1/pages/" + harbour, null, "Authorization", auth)
            .statusCode());
    awaitFound(first, "quokka", 0);

    second.start();
    awaitFound(second, "wombat", 1);
    awaitFound(second, "quokka", 0);
    String log = second.log();
    assertTrue(log.contains("Search index catching up with "), log);
    assertEquals(
        1, count(log, "Search index built: "), "caught up from the change log, not rebuilt");
    JsonObject status = status(second, auth);
    assertEquals(
        status.getJsonNumber("latest").longValue(),
        status.getJsonNumber("followed").longValue(),
        status.toString());

    // stopped again, and the changes it missed are older than the log keeps
    second.stop();
    page(first, auth, "numbat-library", "The numbat library fair");
    execute(
        "UPDATE "
            + SCHEMA
            + ".search_change"
            + " SET changed_at = CURRENT_TIMESTAMP - INTERVAL '30' DAY");
    second.start();
    awaitFound(second, "numbat", 1);
    awaitFound(second, "wombat", 1);
    log = second.log();
    assertTrue(log.contains("stopped before the oldest change still logged"), log);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> count(second.log(), "Search index built: ") == 2);
  }

  private static long page(Site site, String auth, String slug, String title) {
    HttpResponse<String> created =
        site.http()
            .json(
                "POST",
                "/api/v1/pages",
                "{\"language\":\"en\",\"title\":\""
                    + title
                    + "\",\"slug\":\""
                    + slug
                    + "\",\"body\":\"Everyone is welcome.\"}",
                "Authorization",
                auth);
    assertEquals(201, created.statusCode(), created.body());
    return Http.parse(created.body()).asJsonObject().getJsonNumber("id").longValue();
  }

  private static void awaitFound(Site site, String word, int expected) {
    Awaitility.await(word + " on " + site.url())
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              HttpResponse<String> r = site.http().get("/api/v1/search?q=" + word);
              return r.statusCode() == 200
                  && Http.parse(r.body()).asJsonObject().getInt("total") == expected;
            });
  }

  private static JsonObject status(Site site, String auth) {
    HttpResponse<String> r = site.http().get("/api/v1/search/status", "Authorization", auth);
    assertEquals(200, r.statusCode(), r.body());
    return Http.parse(r.body()).asJsonObject();
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static void execute(String... statements) {
    String url = System.getProperty("plenum.it.pg.url");
    try (Connection c =
            DriverManager.getConnection(url, System.getProperty("plenum.it.pg.user"), "plenum");
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
