package org.plenum.it.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Http;
import org.plenum.testkit.Members;

/**
 * Writing posts through the REST API with the permission model, versions and problem details;
 * scheduled publication; comments and their moderation; and the page cache that serves anonymous
 * readers, answers 304, and forgets a page as soon as what it shows changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BlogApiIT {

  // signed-in readers' fresh pages are walked in BlogEditingIT, where the moderator sees the
  // comments waiting on a page whose anonymous copy is cached

  @ArquillianResource URL base;

  private Http http() {
    return new Http(base.toString());
  }

  /** Makes an account with a role; returns its Authorization header. */
  private String account(String admin, String name, String role) {
    Members.Member m = Members.via(http()).prefix("api.").named(name).role(role).create();
    HttpResponse<String> token =
        http()
            .json(
                "POST",
                "/api/v1/account/tokens",
                "{\"name\":\"blog\"}",
                "Authorization",
                m.authorization());
    assertEquals(201, token.statusCode(), token.body());
    return "Bearer " + Http.parse(token.body()).asJsonObject().getString("token");
  }

  private static JsonObject json(HttpResponse<String> r) {
    return Http.parse(r.body()).asJsonObject();
  }

  private static void problem(HttpResponse<String> r, int status) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        r.headers().toString());
    assertFalse(r.body().contains("Exception"), r.body());
  }

  @Test
  void postsAreWrittenPublishedAndProtectedThroughTheApi() {
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String member = account(admin, "Api Member " + tag, null);
    String editor = account(admin, "Api Editor " + tag, "editor");
    String draft =
        "{\"blog\":\"news\",\"language\":\"en\",\"title\":\"Assembly minutes "
            + tag
            + "\",\"body\":\"The *minutes*.\",\"tags\":[\"minutes\"]}";

    problem(http().json("POST", "/api/v1/blog/posts", draft), 401);
    HttpResponse<String> created =
        http().json("POST", "/api/v1/blog/posts", draft, "Authorization", member);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject post = json(created);
    long id = post.getJsonNumber("id").longValue();
    assertEquals("draft", post.getString("status"));
    assertEquals("assembly-minutes-" + tag, post.getString("slug"));
    String etag = created.headers().firstValue("ETag").orElseThrow();

    assertEquals(404, http().get("/api/v1/blog/posts/" + id).statusCode(), "drafts are hidden");
    assertEquals(
        200,
        http().get("/api/v1/blog/posts/" + id, "Authorization", member).statusCode(),
        "but not from their author");
    problem(
        http().json("POST", "/api/v1/blog/posts/" + id + "/publish", "{}", "Authorization", member),
        403);

    String change = "{\"title\":\"Assembly minutes " + tag + "\",\"body\":\"The minutes, v2.\"}";
    assertEquals(
        200,
        http()
            .json(
                "PUT",
                "/api/v1/blog/posts/" + id,
                change,
                "Authorization",
                member,
                "If-Match",
                etag)
            .statusCode());
    problem(
        http()
            .json(
                "PUT",
                "/api/v1/blog/posts/" + id,
                change,
                "Authorization",
                member,
                "If-Match",
                etag),
        412);
    problem(
        http()
            .json(
                "PUT",
                "/api/v1/blog/posts/" + id,
                change.replace("{", "{\"version\":0,"),
                "Authorization",
                member),
        409);

    assertEquals(
        "submitted",
        json(http()
                .json(
                    "POST", "/api/v1/blog/posts/" + id + "/submit", "{}", "Authorization", member))
            .getString("status"));
    JsonObject published =
        json(
            http()
                .json(
                    "POST",
                    "/api/v1/blog/posts/" + id + "/publish",
                    "{}",
                    "Authorization",
                    editor));
    assertEquals("published", published.getString("status"));
    assertEquals(200, http().get("/api/v1/blog/posts/" + id).statusCode());
    assertTrue(
        json(http().get("/api/v1/blog/posts?tag=minutes&author=" + "api-member-" + tag))
                .getInt("total")
            >= 1,
        "listed by tag and author");
    assertEquals(
        0,
        json(http().get("/api/v1/blog/posts?tag=minutes&from=2001-01-01" + "&until=2001-12-31"))
            .getInt("total"),
        "filtered by date");
    problem(http().get("/api/v1/blog/posts?from=yesterday"), 400);
    assertEquals(
        2,
        json(http().get("/api/v1/blog/posts/" + id + "/revisions", "Authorization", editor))
            .getJsonArray("revisions")
            .size());
    assertTrue(
        json(http().get("/api/v1/blog/tags")).getJsonArray("tags").stream()
            .anyMatch(t -> t.asJsonObject().getString("tag").equals("minutes")));
    assertTrue(
        json(http().get("/api/v1/blog/blogs"))
            .getJsonArray("blogs")
            .getJsonObject(0)
            .getString("slug")
            .equals("news"));

    problem(http().json("DELETE", "/api/v1/blog/posts/" + id, "", "Authorization", member), 403);
    assertEquals(
        204,
        http()
            .json("DELETE", "/api/v1/blog/posts/" + id, "", "Authorization", editor)
            .statusCode());
    problem(http().get("/api/v1/blog/posts/" + id), 404);
    problem(http().get("/api/v1/blog/posts/abc"), 404);
    problem(http().get("/api/v1/blog/posts/99999999999"), 404);
  }

  @Test
  void badPostsAreRefusedWithTheirReasonsAndNothingIsStored() {
    String admin = Admin.authorization(http());
    String editor = account(admin, "Strict Editor", "editor");
    long before = json(http().get("/api/v1/blog/posts?blog=news")).getInt("total");
    String[] bad = {
      "{\"blog\":\"news\",\"language\":\"en\",\"title\":\"\",\"body\":\"x\"}",
      "{\"blog\":\"news\",\"language\":\"en\",\"title\":\""
          + "t".repeat(201)
          + "\",\"body\":\"x\"}",
      "{\"blog\":\"news\",\"language\":\"en\",\"title\":\"T\",\"slug\":\"a/b\",\"body\":\"x\"}",
      "{\"blog\":\"news\",\"language\":\"en\",\"title\":\"T\",\"slug\":\"..\",\"body\":\"x\"}",
      "{\"blog\":\"news\",\"language\":\"en\",\"title\":\"T\",\"body\":\""
          + "b".repeat(200_001)
          + "\"}",
      "{\"blog\":\"news\",\"language\":\"en\",\"title\":\"T\",\"body\":\"x\",\"tags\":[\""
          + "t".repeat(51)
          + "\"]}",
      "{\"blog\":\"news\",\"language\":\"xx\",\"title\":\"T\",\"body\":\"x\"}",
      "{\"blog\":\"news\",\"language\":\"en\",\"title\":\"T\",\"body\":\"x\",\"authors\":"
          + "[\"nobody-at-all-here\"]}",
      "{\"blog\":\"news\",\"language\":\"en\",\"title\":\"T\",\"body\":\"x\",\"tags\":\"t\"}",
      "[1,2]",
    };
    for (String body : bad) {
      HttpResponse<String> r =
          http().json("POST", "/api/v1/blog/posts", body, "Authorization", editor);
      problem(r, 400);
    }
    HttpResponse<String> french =
        http()
            .json(
                "POST",
                "/api/v1/blog/posts",
                bad[0],
                "Authorization",
                editor,
                "Accept-Language",
                "fr");
    assertTrue(french.body().contains("Donnez un titre"), french.body());
    problem(
        http()
            .json(
                "POST",
                "/api/v1/blog/posts",
                "{\"blog\":\"no-such-blog\","
                    + "\"language\":\"en\",\"title\":\"T\",\"body\":\"x\"}",
                "Authorization",
                editor),
        404);
    problem(
        http()
            .json(
                "POST",
                "/api/v1/blog/posts/1/publish",
                "{\"at\":\"soon\"}",
                "Authorization",
                editor),
        400);
    assertEquals(before, json(http().get("/api/v1/blog/posts?blog=news")).getInt("total"));
  }

  @Test
  void aScheduledPostPublishesItselfAndTheCachedListShowsIt() {
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String editor = account(admin, "Scheduler " + tag, "editor");
    String title = "Scheduled notice " + tag;
    long id =
        json(http()
                .json(
                    "POST",
                    "/api/v1/blog/posts",
                    "{\"blog\":\"news\","
                        + "\"language\":\"en\",\"title\":\""
                        + title
                        + "\",\"body\":\"Soon.\"}",
                    "Authorization",
                    editor))
            .getJsonNumber("id")
            .longValue();
    String at = Instant.now().plusSeconds(3).toString();
    JsonObject scheduled =
        json(
            http()
                .json(
                    "POST",
                    "/api/v1/blog/posts/" + id + "/publish",
                    "{\"at\":\"" + at + "\"}",
                    "Authorization",
                    editor));
    assertEquals("scheduled", scheduled.getString("status"));
    // the list is kept once a rendering meets no change of content anywhere on the site (a
    // clock or a fresh site's start-up may fire one meanwhile): ask until it is served kept
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () ->
                assertEquals(
                    "hit",
                    http().get("/en/news").headers().firstValue("X-Plenum-Cache").orElse(""),
                    "anonymous lists come from the cache"));
    HttpResponse<String> cached = http().get("/en/news");
    assertFalse(cached.body().contains(title), "not before its time");
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> http().get("/en/news").body().contains(title));
    assertEquals(
        "published",
        json(http().get("/api/v1/blog/posts/" + id)).getString("status"),
        "published once, by the scheduler");
  }

  @Test
  void anonymousPagesComeFromTheCacheWithEntityTagsAndMembersSeeFreshPages() {
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String editor = account(admin, "Cache Editor " + tag, "editor");
    String member = account(admin, "Cache Member " + tag, null);
    long id =
        json(http()
                .json(
                    "POST",
                    "/api/v1/blog/posts",
                    "{\"blog\":\"news\","
                        + "\"language\":\"en\",\"title\":\"Cached "
                        + tag
                        + "\",\"body\":\"First words.\"}",
                    "Authorization",
                    editor))
            .getJsonNumber("id")
            .longValue();
    JsonObject post =
        json(
            http()
                .json(
                    "POST",
                    "/api/v1/blog/posts/" + id + "/publish",
                    "{}",
                    "Authorization",
                    editor));
    String path = post.getString("path");

    HttpResponse<String> first = http().get(path);
    assertEquals(200, first.statusCode());
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> second = http().get(path);
    assertEquals("hit", second.headers().firstValue("X-Plenum-Cache").orElse(""));
    assertEquals(first.body(), second.body());
    assertEquals(304, http().get(path, "If-None-Match", etag).statusCode());
    assertEquals(
        304,
        http()
            .get(
                "/feeds/en/news.rss",
                "If-None-Match",
                http().get("/feeds/en/news.rss").headers().firstValue("ETag").orElseThrow())
            .statusCode(),
        "feeds too");
    assertNotNull(http().get("/en/").headers().firstValue("ETag").orElse(null));

    String comment = "A remark " + tag;
    HttpResponse<String> c =
        http()
            .json(
                "POST",
                "/api/v1/blog/posts/" + id + "/comments",
                "{\"text\":\"" + comment + "\"}",
                "Authorization",
                member);
    assertEquals(201, c.statusCode(), c.body());
    assertEquals("pending", json(c).getString("status"), "a first comment waits");
    assertFalse(http().get(path).body().contains(comment));
    long commentId = json(c).getJsonNumber("id").longValue();
    problem(
        http()
            .json(
                "POST",
                "/api/v1/blog/comments/" + commentId + "/approve",
                "{}",
                "Authorization",
                member),
        403);
    assertEquals(
        200,
        http()
            .json(
                "POST",
                "/api/v1/blog/comments/" + commentId + "/approve",
                "{}",
                "Authorization",
                editor)
            .statusCode());
    HttpResponse<String> after = http().get(path);
    assertTrue(after.body().contains(comment), "an approved comment shows at once");
    assertNotEquals(etag, after.headers().firstValue("ETag").orElse(""));
    assertEquals(
        1,
        json(http().get("/api/v1/blog/posts/" + id + "/comments")).getJsonArray("comments").size());

    assertEquals(
        200,
        http()
            .json(
                "PUT",
                "/api/v1/blog/posts/" + id,
                "{\"version\":"
                    + json(http().get("/api/v1/blog/posts/" + id)).getInt("version")
                    + ",\"title\":\"Cached "
                    + tag
                    + "\",\"slug\":\"renamed-"
                    + tag
                    + "\",\"body\":\"Second words.\"}",
                "Authorization",
                editor)
            .statusCode());
    HttpResponse<String> moved = http().get(path);
    assertEquals(301, moved.statusCode(), "the old address leads to the new one");
    assertTrue(
        moved.headers().firstValue("Location").orElse("").endsWith("/en/news/renamed-" + tag));
    assertTrue(http().get("/en/news/renamed-" + tag).body().contains("Second words."));

    for (int i = 0; i < 5; i++) {
      http()
          .json(
              "POST",
              "/api/v1/blog/posts/" + id + "/comments",
              "{\"text\":\"again " + i + "\"}",
              "Authorization",
              member);
    }
    problem(
        http()
            .json(
                "POST",
                "/api/v1/blog/posts/" + id + "/comments",
                "{\"text\":\"one too many\"}",
                "Authorization",
                member),
        400);
  }

  private JsonObject follow(String auth, HttpResponse<String> started) {
    assertEquals(202, started.statusCode(), started.body());
    String id = json(started).getString("id");
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () ->
                json(http().get("/api/v1/blog/imports/" + id, "Authorization", auth))
                    .getBoolean("done"));
    return json(http().get("/api/v1/blog/imports/" + id, "Authorization", auth));
  }

  @Test
  void anImportAddsItsPostsOnceAndRefusesWhatIsNotAPost() {
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String editor = account(admin, "Importer " + tag, "editor");
    String member = account(admin, "Not an importer " + tag, null);
    String file =
        "[{\"title\":\"Imported one "
            + tag
            + "\",\"slug\":\"imported-one-"
            + tag
            + "\",\"body\":\"<p>One<script>alert(1)</script></p>\",\"lang\":\"en\","
            + "\"tags\":[\"imported\"],\"date\":\"2025-06-01T10:00:00\"},"
            + "{\"title\":\"Importé deux "
            + tag
            + "\",\"slug\":\"importe-deux-"
            + tag
            + "\",\"body\":\"<p>Deux</p>\",\"lang\":\"fr\",\"date\":\"2025-06-02T10:00:00\"},"
            + "{\"title\":\"No address\",\"slug\":\"../up\",\"body\":\"x\","
            + "\"date\":\"2025-06-03T10:00:00\"}]";
    JsonObject first =
        follow(
            editor,
            http().json("POST", "/api/v1/blog/imports?blog=news", file, "Authorization", editor));
    assertEquals(3, first.getInt("total"));
    assertEquals(2, first.getInt("added"));
    assertEquals(1, first.getInt("refused"));
    JsonObject again =
        follow(editor, http().json("POST", "/api/v1/blog/imports", file, "Authorization", editor));
    assertEquals(0, again.getInt("added"), "running it again adds nothing");
    assertEquals(2, again.getInt("skipped"));
    String page = http().get("/en/news/imported-one-" + tag).body();
    assertTrue(page.contains("One") && !page.contains("<script>alert"), "sanitised on the way in");
    problem(http().json("POST", "/api/v1/blog/imports", file, "Authorization", member), 403);
    problem(
        http()
            .json(
                "POST", "/api/v1/blog/imports", "{\"not\":\"an array\"}", "Authorization", editor),
        400);
    problem(
        http().json("POST", "/api/v1/blog/imports", "[{\"broken\"", "Authorization", editor), 400);
    problem(http().get("/api/v1/blog/imports/nope", "Authorization", editor), 404);
  }
}
