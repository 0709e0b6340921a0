package org.plenum.it.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plenum.testkit.Admin.PASSWORD;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
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
 * The search over the same content as four readers see it: a French post found by a query without
 * accents, a London chapter draft that only its author and those who may publish in London find —
 * in results, facets and snippets — and odd queries that answer calmly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {

  @ArquillianResource URL base;

  private Http http() {
    return new Http(base.toString());
  }

  private static JsonObject json(HttpResponse<String> r) {
    return Http.parse(r.body()).asJsonObject();
  }

  private String[] account(String admin, String chapter, String role, String roleChapter) {
    Members.Member m =
        Members.via(http())
            .prefix("s.")
            .titled("Searcher")
            .in(chapter)
            .role(role, roleChapter)
            .create();
    return new String[] {m.username(), m.authorization()};
  }

  private JsonObject search(String query, String auth) {
    String path = "/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    HttpResponse<String> r =
        auth == null ? http().get(path) : http().get(path, "Authorization", auth);
    assertEquals(200, r.statusCode(), query + ": " + r.body());
    return json(r);
  }

  private static Set<String> titles(JsonObject results) {
    Set<String> set = new HashSet<>();
    results.getJsonArray("hits").forEach(h -> set.add(h.asJsonObject().getString("title")));
    return set;
  }

  @Test
  void eachReaderFindsExactlyWhatTheyMayRead() {
    String admin = Admin.authorization(http());
    String tag = "zq" + UUID.randomUUID().toString().substring(0, 6);
    String[] author = account(admin, "iops-london", null, null);
    String[] londonCoordinator = account(admin, "iops-london", "coordinator", "iops-london");
    String[] viennaCoordinator = account(admin, "iops-vienna", "coordinator", "iops-vienna");
    String[] editor = account(admin, "iops-vienna", "editor", null);
    String[] member = account(admin, "iops-vienna", null, null);

    String french = "Les événements de la section " + tag;
    HttpResponse<String> news =
        http()
            .json(
                "POST",
                "/api/v1/blog/posts",
                "{\"blog\":\"news\","
                    + "\"language\":\"fr\",\"title\":\""
                    + french
                    + "\",\"body\":\"Nous préparons les"
                    + " événements de l'été avec toutes les sections. "
                    + tag
                    + "\"}",
                "Authorization",
                admin);
    assertEquals(201, news.statusCode(), news.body());
    long newsId = json(news).getJsonNumber("id").longValue();
    assertEquals(
        200,
        http()
            .json("POST", "/api/v1/blog/posts/" + newsId + "/publish", "{}", "Authorization", admin)
            .statusCode());
    String draft = "Secret plans of London " + tag;
    HttpResponse<String> d =
        http()
            .json(
                "POST",
                "/api/v1/blog/posts",
                "{\"blog\":"
                    + "\"chapter:iops-london\",\"language\":\"en\",\"title\":\""
                    + draft
                    + "\",\"body\":"
                    + "\"The volunteers meet on Tuesday. "
                    + tag
                    + "\"}",
                "Authorization",
                author[1]);
    assertEquals(201, d.statusCode(), d.body());

    // the index follows within moments
    Awaitility.await("the draft is indexed")
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> titles(search(tag, author[1])).contains(draft));

    assertEquals(Set.of(french), titles(search(tag, null)), "a visitor");
    assertEquals(Set.of(french), titles(search(tag, member[1])), "a member elsewhere");
    assertEquals(
        Set.of(french),
        titles(search(tag, viennaCoordinator[1])),
        "a coordinator of another chapter");
    assertEquals(Set.of(french, draft), titles(search(tag, author[1])), "its author");
    assertEquals(
        Set.of(french, draft), titles(search(tag, londonCoordinator[1])), "London's coordinator");
    assertEquals(Set.of(french, draft), titles(search(tag, editor[1])), "an editor");

    // nothing of the draft leaks through facets or snippets either
    JsonObject visitor = search(tag + " volunteers", null);
    assertEquals(0, visitor.getInt("total"));
    JsonObject anyone = search(tag, null);
    assertEquals(1, anyone.getJsonObject("facets").getJsonObject("type").getInt("post"));
    assertFalse(anyone.toString().contains("Tuesday"));
    JsonObject own = search(tag, author[1]);
    assertEquals(2, own.getJsonObject("facets").getJsonObject("type").getInt("post"));

    // accents, plurals and stems: the French post without its accents, the draft's plural
    assertEquals(Set.of(french), titles(search("evenement " + tag, null)));
    assertEquals(Set.of(draft), titles(search("volunteer " + tag, author[1])));
    String snippet =
        search("evenements " + tag, null)
            .getJsonArray("hits")
            .getJsonObject(0)
            .getString("snippet");
    assertTrue(snippet.contains("<mark>événements</mark>"), snippet);

    // suggestions while typing: the draft's title for its author only
    String typed =
        "/api/v1/search/suggest?q=" + URLEncoder.encode("Secret pla", StandardCharsets.UTF_8);
    assertTrue(http().get(typed, "Authorization", author[1]).body().contains(draft));
    assertFalse(http().get(typed).body().contains(draft));

    // a facet narrows: London's chapter only
    String london = own.getJsonObject("facets").getJsonObject("chapter").keySet().iterator().next();
    JsonObject narrowed =
        json(
            http()
                .get("/api/v1/search?q=" + tag + "&chapter=" + london, "Authorization", author[1]));
    assertEquals(Set.of(draft), titles(narrowed));

    // the same in the browser: the author sees their draft and narrows to London with a
    // click; a visitor sees the published post only
    try (Browser b = Browser.open(base.toString(), "search-draft")) {
      b.go("/en/login");
      b.type(By.id("login:username"), author[0]);
      b.type(By.id("login:password"), PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      b.go("/en/search?q=" + tag);
      assertEquals(2, b.driver().findElements(By.cssSelector("#hits li")).size());
      b.screenshot("author");
      b.clickAndWait(By.cssSelector("#facet-chapter a[data-value='" + london + "']"));
      assertEquals(
          List.of(draft),
          b.driver().findElements(By.cssSelector("#hits li h2 a")).stream()
              .map(e -> e.getText())
              .toList());
      assertEquals(
          "Not public",
          b.find(By.cssSelector("#hits li .restricted")).getText(),
          "a draft is marked as such");
      b.screenshot("narrowed");
    }
    try (Browser b = Browser.open(base.toString(), "search-visitor")) {
      b.go("/en/search?q=" + tag);
      assertEquals(
          List.of(french),
          b.driver().findElements(By.cssSelector("#hits li h2 a")).stream()
              .map(e -> e.getText())
              .toList());
      assertTrue(b.driver().findElements(By.cssSelector("#hits .restricted")).isEmpty());
      assertTrue(
          b.driver().findElements(By.id("facet-chapter")).isEmpty(),
          "no chapter to narrow to: the draft is not counted");
      b.screenshot("visitor");
    }
  }

  @Test
  void chaptersAndPollsAreFoundTooAndARebuildFromTheAdminGivesTheSameResults() {
    JsonObject melbourne = search("Melbourne", null);
    assertTrue(
        melbourne.getJsonArray("hits").stream()
            .anyMatch(
                h ->
                    "chapter".equals(h.asJsonObject().getString("type"))
                        && h.asJsonObject().getString("path").startsWith("chapters/")),
        melbourne.toString());
    JsonObject convention = search("founding convention preconditions", null);
    assertEquals("poll", convention.getJsonArray("hits").getJsonObject(0).getString("type"));
    assertEquals(
        "/en/polls/poll-on-iops-future",
        convention.getJsonArray("hits").getJsonObject(0).getString("url"));

    String admin = Admin.authorization(http());
    String[] member = account(admin, "iops-london", null, null);
    assertEquals(403, http().get("/api/v1/search/status", "Authorization", member[1]).statusCode());
    assertEquals(
        403,
        http()
            .json("POST", "/api/v1/search/rebuild", null, "Authorization", member[1])
            .statusCode());
    JsonObject before = search("volunteers", null);
    long total = before.getInt("total");
    assertTrue(total > 10, "the demo's posts are found: " + total);
    try (Browser b = Browser.open(base.toString(), "search-rebuild")) {
      b.go("/en/login");
      b.type(By.id("login:username"), Admin.USER);
      b.type(By.id("login:password"), PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      b.go("/en/admin/search");
      assertTrue(
          b.find(By.id("index-documents")).getText().matches("The index holds [0-9,]+ items\\."),
          b.find(By.id("index-documents")).getText());
      b.clickAndWait(By.id("rebuild:start"));
      Awaitility.await("the rebuild ends")
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () -> {
                b.go("/en/admin/search?started=1");
                return !b.driver().findElements(By.id("rebuilt")).isEmpty();
              });
      b.screenshot("rebuilt");
    }
    JsonObject after = search("volunteers", null);
    assertEquals(total, after.getInt("total"), "as many found after a rebuild");
    assertEquals(
        before.getJsonObject("facets"),
        after.getJsonObject("facets"),
        "counted the same way after a rebuild");
  }

  @Test
  void oddQueriesAnswerCalmly() {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      many.append("x ");
    }
    for (String odd :
        new String[] {
          "\"(",
          "*",
          "a~2",
          "/fa.r/",
          "status:draft",
          many.toString(),
          "-",
          "((((",
          "OR",
          "<script>alert(1)</script>"
        }) {
      JsonObject r = search(odd, null);
      assertTrue(r.getInt("total") >= 0);
    }
    HttpResponse<String> page =
        http()
            .get(
                "/en/search?q="
                    + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8));
    assertEquals(200, page.statusCode());
    assertFalse(
        page.body().contains("<script>alert(1)</script>"), "what was typed comes back escaped");
    HttpResponse<String> none = http().get("/api/v1/search?q=");
    assertEquals(400, none.statusCode());
    assertFalse(none.body().contains("Exception"));
    assertEquals(200, http().get("/en/search?q=%22(").statusCode());
  }

  @Test
  void postsImportedThroughTheApiAreFoundWithoutARebuild() {
    String admin = Admin.authorization(http());
    String tag = "zi" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> started =
        http()
            .json(
                "POST",
                "/api/v1/blog/imports?blog=news",
                "[{\"title\":\"Imported harvest "
                    + tag
                    + "\",\"slug\":\"imported-harvest-"
                    + tag
                    + "\",\"body\":\"<p>The harvest festival.</p>\",\"lang\":\"en\","
                    + "\"date\":\"2025-06-01T10:00:00\"}]",
                "Authorization",
                admin);
    assertEquals(202, started.statusCode(), started.body());
    Awaitility.await("the imported post is indexed")
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> titles(search(tag, null)).contains("Imported harvest " + tag));
  }

  @Test
  void aVisitorSearchesInFrenchWithoutAccents() {
    String admin = Admin.authorization(http());
    String tag = "zr" + UUID.randomUUID().toString().substring(0, 6);
    String title = "Journée des bénévoles " + tag;
    HttpResponse<String> news =
        http()
            .json(
                "POST",
                "/api/v1/blog/posts",
                "{\"blog\":\"news\","
                    + "\"language\":\"fr\",\"title\":\""
                    + title
                    + "\",\"body\":\"Les bénévoles se"
                    + " retrouvent samedi.\"}",
                "Authorization",
                admin);
    long id = json(news).getJsonNumber("id").longValue();
    assertEquals(
        200,
        http()
            .json("POST", "/api/v1/blog/posts/" + id + "/publish", "{}", "Authorization", admin)
            .statusCode());
    Awaitility.await("the post is indexed")
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> titles(search(tag, null)).contains(title));
    try (Browser b = Browser.open(base.toString(), "search-french")) {
      // the box in every page's header leads to the results
      b.go("/fr/");
      b.type(By.id("header-q"), "benevoles " + tag);
      b.find(By.id("header-q")).submit();
      Awaitility.await("the results page")
          .atMost(Duration.ofSeconds(10))
          .until(() -> b.path().startsWith("/fr/search?q="));
      assertEquals(title, b.find(By.cssSelector("#hits li h2 a")).getText());
      b.go("/fr/search");
      // titles are offered while typing
      b.type(By.id("search-q"), "Journée des béné");
      Awaitility.await("suggestions")
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  b.driver().findElements(By.cssSelector("#search-suggestions option")).stream()
                      .anyMatch(o -> title.equals(o.getAttribute("value"))));
      b.type(By.id("search-q"), "benevoles " + tag);
      b.clickAndWait(By.id("search-submit"));
      assertTrue(
          b.find(By.id("results-count")).getText().startsWith("Un résultat"),
          b.find(By.id("results-count")).getText());
      assertEquals(title, b.find(By.cssSelector("#hits li h2 a")).getText());
      assertTrue(
          b.find(By.cssSelector("#hits li .snippet mark")).getText().equalsIgnoreCase("bénévoles"));
      b.screenshot("found");
      // a common word fills pages: the next page holds other hits, and leads back
      b.go("/fr/search?q=benevoles");
      List<String> first =
          b.driver().findElements(By.cssSelector("#hits li h2 a")).stream()
              .map(e -> e.getAttribute("href"))
              .toList();
      assertEquals(10, first.size(), "a full first page");
      b.clickAndWait(By.id("next-page"));
      assertTrue(b.path().contains("page=2"), b.path());
      List<String> second =
          b.driver().findElements(By.cssSelector("#hits li h2 a")).stream()
              .map(e -> e.getAttribute("href"))
              .toList();
      assertFalse(second.isEmpty());
      assertTrue(second.stream().noneMatch(first::contains), "no hit twice");
      b.screenshot("page-2");
      b.clickAndWait(By.id("previous-page"));
      assertEquals(
          first,
          b.driver().findElements(By.cssSelector("#hits li h2 a")).stream()
              .map(e -> e.getAttribute("href"))
              .toList());
    }
  }

  /** The text a reader gets from the results' pager: tags dropped, white space as one space. */
  private static String pagerText(String html) {
    Matcher m =
        Pattern.compile("<nav class=\"pagination\"[^>]*>(.*?)</nav>", Pattern.DOTALL).matcher(html);
    assertTrue(m.find(), "a pager");
    return m.group(1).replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip();
  }

  @Test
  @DisplayName("16.22: the results' pager reads as words, “Page 1 of 24 Next”, not “24Next”")
  void theResultsPagerReadsAsWords() {
    String first =
        Awaitility.await("the index")
            .atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> http().get("/en/search?q=meeting").body(),
                body -> body.contains("class=\"pagination\""));
    assertTrue(pagerText(first).matches("Page 1 of \\d+ Next"), pagerText(first));
    String second = pagerText(http().get("/en/search?q=meeting&page=2").body());
    assertTrue(second.matches("Previous Page 2 of \\d+ Next"), second);
    String french = pagerText(http().get("/fr/search?q=section").body());
    assertTrue(french.matches("Page 1 sur \\d+ Suivante"), french);
  }
}
