package org.plenum.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.plenum.it.support.ReadmeModule;
import org.plenum.it.support.Site;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.FixtureModules;
import org.plenum.testkit.Http;

/**
 * The runnable bundle, as a site maintainer uses it: first start with a one-time password,
 * acknowledged writes that survive {@code kill -9}, installing a module by dropping its jar,
 * refusing files that are not modules, and choices that survive restarts. The steps share one data
 * folder and run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

  private static Site site;
  private static Path data;

  @BeforeAll
  static void startFresh() throws IOException {
    data = Path.of(System.getProperty("plenum.work"), "launcher-it", "data");
    if (Files.exists(data.getParent())) {
      try (var walk = Files.walk(data.getParent())) {
        walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    site = new Site(data, Map.of()).start();
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.stop();
    }
  }

  @Test
  @Order(0)
  void whileTheSiteStartsItAnswers503WithRetryAfterNeverAnError() {
    // 16.12: Payara used to answer 404 and then empty 500s until the application was deployed
    assertAnswered503UntilReady();
  }

  /** Every answer seen while the last start waited was a 503 with Retry-After, bar the last. */
  private static void assertAnswered503UntilReady() {
    List<HttpResponse<String>> answers = site.answersWhileStarting();
    assertTrue(answers.size() > 1, "the start was watched: " + answers.size() + " answers");
    assertEquals(200, answers.get(answers.size() - 1).statusCode());
    for (HttpResponse<String> a : answers.subList(0, answers.size() - 1)) {
      assertEquals(503, a.statusCode(), a.body());
      assertEquals("3", a.headers().firstValue("Retry-After").orElse(null));
      assertTrue(a.body().contains("The site is starting"), a.body());
    }
  }

  @Test
  @Order(1)
  void firstLogInDemandsANewPassword() {
    assertTrue(site.log().contains("Plenum ready at "), "one start-up line");
    assertTrue(
        site.log()
            .contains(
                "modules: core 0.1.0, blog 0.1.0, events 0.1.0, pages 0.1.0,"
                    + " polls 0.1.0, projects 0.1.0, search 0.1.0"),
        site.log());
    // 16.6: the bundle's server does not name itself
    assertTrue(
        site.http().get("/en/").headers().firstValue("Server").isEmpty(), "no Server header");
    // 16.24: a one-time password must be changed before anything else, and the API says how
    HttpResponse<String> token =
        site.http()
            .json(
                "POST",
                "/api/v1/account/tokens",
                "{\"name\":\"laptop\"}",
                "Authorization",
                Http.basic(Admin.USER, Admin.oneTimePassword()),
                "Accept-Language",
                "fr");
    assertEquals(403, token.statusCode(), token.body());
    assertTrue(
        token.body().contains("mot de passe est à usage unique")
            && token.body().contains("/api/v1/account/password"),
        token.body());
    try (Browser b = Browser.open(site.url(), "first-login")) {
      b.go("/en/login");
      b.type(By.id("login:username"), Admin.USER);
      b.type(By.id("login:password"), Admin.oneTimePassword());
      b.clickAndWait(By.id("login:submit"));
      b.go("/en/admin");
      assertEquals("/en/account/password", b.path(), "nothing else until the password changes");
      assertTrue(b.find(By.id("forced")).isDisplayed());
      b.screenshot("forced-change");
      b.type(By.id("password:current"), Admin.oneTimePassword());
      b.type(By.id("password:replacement"), "password1234");
      b.type(By.id("password:confirmation"), "password1234");
      b.clickAndWait(By.id("password:submit"));
      assertTrue(b.text().contains("too easy to guess"), b.text());
      b.screenshot("weak-refused");
      b.type(By.id("password:current"), Admin.oneTimePassword());
      b.type(By.id("password:replacement"), Admin.PASSWORD);
      b.type(By.id("password:confirmation"), Admin.PASSWORD);
      b.clickAndWait(By.id("password:submit"));
      b.go("/en/admin");
      assertEquals("/en/admin", b.path());
      b.screenshot("admin");
    }
    assertEquals(
        200,
        site.http()
            .get("/api/v1/modules", "Authorization", Http.basic(Admin.USER, Admin.PASSWORD))
            .statusCode());
  }

  @Test
  @Order(2)
  void acknowledgedWritesSurviveKillMinus9() throws Exception {
    String auth = Http.basic(Admin.USER, Admin.PASSWORD);
    Http http = site.http();
    List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger sequence = new AtomicInteger();
    ExecutorService writers = Executors.newFixedThreadPool(3);
    for (int t = 0; t < 3; t++) {
      writers.submit(
          () -> {
            while (running.get()) {
              String slug = "durable-" + sequence.incrementAndGet();
              try {
                HttpResponse<String> r =
                    http.json(
                        "POST",
                        "/api/v1/pages",
                        "{\"language\":\"en\",\"title\":\"Durable "
                            + slug
                            + "\",\"slug\":\""
                            + slug
                            + "\",\"body\":\"Written before the crash.\"}",
                        "Authorization",
                        auth);
                if (r.statusCode() == 201) {
                  acknowledged.add(slug);
                }
              } catch (RuntimeException connectionLost) {
                return null;
              }
            }
            return null;
          });
    }
    long deadline = System.currentTimeMillis() + 120_000;
    while (acknowledged.size() < 12 && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    site.kill();
    running.set(false);
    writers.shutdown();
    assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
    List<String> written = List.copyOf(acknowledged);
    assertTrue(written.size() >= 12, "writes were acknowledged before the kill: " + written);
    // 16.13: H2 may lose its identity counters in a hard kill; do to them what it can do
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:h2:file:" + data.resolve("db").resolve("plenum") + ";MODE=LEGACY",
                "plenum",
                "plenum-embedded");
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE plenum_page ALTER COLUMN id RESTART WITH 1");
      s.execute("ALTER TABLE plenum_audit_event ALTER COLUMN id RESTART WITH 1");
    }

    site.start();
    assertAnswered503UntilReady();
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> after =
          http.json(
              "POST",
              "/api/v1/pages",
              "{\"language\":\"en\","
                  + "\"title\":\"After the crash "
                  + i
                  + "\",\"slug\":\"after-crash-"
                  + i
                  + "\",\"body\":\"Written after the restart.\"}",
              "Authorization",
              auth);
      assertEquals(
          201, after.statusCode(), "a write after the crash gets a fresh id: " + after.body());
    }
    List<String> lost = new ArrayList<>();
    for (String slug : written) {
      if (site.http().get("/api/v1/pages/en/" + slug).statusCode() != 200) {
        lost.add(slug);
      }
    }
    System.out.println(
        "kill -9 during writes: " + written.size() + " acknowledged, " + lost.size() + " lost");
    assertEquals(List.of(), lost, "acknowledged writes lost by kill -9");
  }

  @Test
  @Order(3)
  void choicesSurviveARestartAndADroppedJarInstallsAModule()
      throws IOException, InterruptedException {
    String auth = Http.basic(Admin.USER, Admin.PASSWORD);
    assertEquals(
        200,
        site.http()
            .json("PUT", "/api/v1/modules/pages", "{\"enabled\":false}", "Authorization", auth)
            .statusCode());
    site.stop();

    Path modules = data.resolve("modules");
    Files.createDirectories(modules);
    // the README's module, built from its text in a folder of its own, installed by its jar
    Path outside = Files.createTempDirectory("readme-module");
    try {
      Files.copy(ReadmeModule.build(outside), modules.resolve("plenum-example-notices.jar"));
    } finally {
      try (var walk = Files.walk(outside)) {
        walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.writeString(modules.resolve("not-a-jar.jar"), "this is text, not a zip");
    Files.writeString(modules.resolve("notes.txt"), "a stray file");
    writeJar(
        modules.resolve("malformed.jar"),
        Map.of("META-INF/services/org.plenum.spi.Module", "org.example.NoSuchModule\n"));
    writeJar(modules.resolve("library.jar"), Map.of("README", "a jar that is no module"));
    Path scratch = data.resolveSibling("fixtures");
    FixtureModules.build(
        scratch.resolve("future"),
        modules.resolve("needs-future-pages.jar"),
        "org.example.future.FutureModule",
        FixtureModules.source(
            "org.example.future",
            "FutureModule",
            "org.plenum.spi.ModuleDescriptor.of(\"future\", \"1.0.0\")"
                + ".requires(\"pages\", \"9.0.0\").build()",
            ""));
    FixtureModules.build(
        scratch.resolve("explodes"),
        modules.resolve("explodes.jar"),
        "org.example.explodes.ExplodingModule",
        FixtureModules.source(
            "org.example.explodes",
            "ExplodingModule",
            "org.plenum.spi.ModuleDescriptor.of(\"explodes\", \"1.0.0\")" + ".build()",
            "throw new IllegalStateException(\"no mail server configured\");"));
    FixtureModules.build(
        scratch.resolve("bad-id"),
        modules.resolve("bad-id.jar"),
        "org.example.badid.BadIdModule",
        FixtureModules.source(
            "org.example.badid",
            "BadIdModule",
            "org.plenum.spi.ModuleDescriptor.of(\"Bad Id\", \"1.0\").build()",
            ""));
    site.start();

    Http http = site.http();
    assertEquals(404, http.get("/en/about").statusCode(), "pages stayed disabled");
    JsonObject modulesState = states(http, auth);
    assertEquals("disabled", modulesState.getJsonObject("pages").getString("status"));
    assertEquals("enabled", modulesState.getJsonObject("notices").getString("status"));
    Matcher styles =
        Pattern.compile("/_plenum/modules\\.css\\?v=[0-9a-f]+").matcher(http.get("/en/").body());
    assertTrue(styles.find(), "the page links the modules' stylesheet");
    assertTrue(
        http.get(styles.group()).body().contains("#notices li"),
        "the dropped module's stylesheet joins the others");
    assertEquals("failed", modulesState.getJsonObject("not-a-jar.jar").getString("status"));
    assertTrue(
        modulesState
            .getJsonObject("not-a-jar.jar")
            .getString("reason")
            .contains("not a valid jar"));
    assertTrue(
        modulesState
            .getJsonObject("library.jar")
            .getString("reason")
            .contains("not a Plenum module"));
    assertTrue(modulesState.getJsonObject("notes.txt").getString("reason").contains(".jar"));
    assertTrue(
        modulesState.getJsonObject("malformed.jar").getString("reason").contains("NoSuchModule"),
        "the malformed descriptor is reported: " + modulesState);
    assertEquals(
        "requires pages >= 9.0.0, but version 0.1.0 is installed",
        modulesState.getJsonObject("future").getString("reason"));
    assertEquals(
        "its start-up failed: no mail server configured",
        modulesState.getJsonObject("explodes").getString("reason"));
    assertTrue(
        modulesState
            .getJsonObject("bad-id.jar")
            .getString("reason")
            .contains("its descriptor is malformed"),
        modulesState.toString());
    assertTrue(site.log().contains("Module explodes"), "the log says so too");

    try (Browser b = Browser.open(site.url(), "install-by-jar")) {
      b.go("/en/");
      b.clickAndWait(By.linkText("Notices"));
      assertEquals("/en/notices", b.path());
      assertTrue(b.find(By.id("notices")).getText().contains("The notice board is installed"));
      b.screenshot("notices-en");
      b.clickAndWait(By.linkText("Français"));
      assertEquals("Tableau d’affichage", b.find(By.id("notices-title")).getText());
      b.screenshot("notices-fr");
      b.go("/en/chapters/iops-london");
      assertTrue(
          b.find(By.id("tab-notices.board")).getText().contains("The notice board is installed"),
          "the module's tab on chapter pages");
      b.go("/en/login");
      b.type(By.id("login:username"), Admin.USER);
      b.type(By.id("login:password"), Admin.PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      b.go("/en/admin/modules");
      String table = b.find(By.id("modules:module-table")).getText();
      assertTrue(table.contains("notices"), table);
      assertTrue(table.contains("not a valid jar"), table);
      b.screenshot("admin-modules");

      assertEquals(
          200,
          http.json("PUT", "/api/v1/modules/pages", "{\"enabled\":true}", "Authorization", auth)
              .statusCode());
      List<String> blocks = blockIds(http.get("/en/").body());
      assertEquals(
          List.of(
              "blog.news",
              "events.upcoming",
              "projects.latest",
              "polls.current",
              "blog.blogs",
              "notices.latest",
              "pages.recent"),
          blocks,
          "default order");
      b.go("/en/admin/settings");
      b.type(By.id("settings:blocks"), "pages.recent, notices.latest");
      b.clickAndWait(By.id("settings:save"));
      assertEquals(
          List.of(
              "pages.recent",
              "notices.latest",
              "blog.news",
              "events.upcoming",
              "projects.latest",
              "polls.current",
              "blog.blogs"),
          blockIds(http.get("/en/").body()),
          "the configured ones first, then the others");
      b.go("/en/");
      b.screenshot("home-with-blocks");
    }
  }

  @Test
  @Order(4)
  void removingTheJarRemovesTheModuleAndTheSiteStillStarts() throws IOException {
    site.stop();
    Files.delete(data.resolve("modules/plenum-example-notices.jar"));
    site.start();
    Http http = site.http();
    assertEquals(404, http.get("/en/notices").statusCode());
    assertFalse(http.get("/en/").body().contains("/en/notices"));
    assertFalse(
        http.get("/en/chapters/iops-london").body().contains("tab-notices.board"),
        "its chapter tab is gone too");
    assertEquals(200, http.get("/en/about").statusCode());
  }

  @Test
  @Order(5)
  void repeatedFailedLogInsAreRefusedAndLoggedWithoutThePassword() {
    Http http = site.http();
    String wrong = "Wrong-Guess-Number-";
    for (int i = 1; i <= 5; i++) {
      assertEquals(
          401,
          http.get("/api/v1/modules", "Authorization", Http.basic(Admin.USER, wrong + i))
              .statusCode(),
          "attempt " + i);
    }
    HttpResponse<String> refused =
        http.get("/api/v1/modules", "Authorization", Http.basic(Admin.USER, Admin.PASSWORD));
    assertEquals(429, refused.statusCode(), "even the right password waits out the window");
    assertTrue(refused.headers().firstValue("Retry-After").isPresent());
    String log = site.log();
    assertTrue(log.contains("Failed API log-in for account 'admin' from 127.0.0.1"), "logged");
    assertFalse(log.contains(wrong), "a password never reaches the log");
    assertFalse(log.contains(Admin.PASSWORD), "a password never reaches the log");
  }

  @Test
  @Order(6)
  void withoutSmtpMailsGoToTheOutboxAndTheirLinksToTheLog() throws IOException {
    try (Browser b = Browser.open(site.url(), "outbox")) {
      b.go("/en/join");
      b.type(By.id("join:name"), "Outbox Olga");
      b.type(By.id("join:email"), "olga@example.org");
      b.type(By.id("join:password"), "Copper-Kettles-In-Vienna-33");
      b.type(By.id("join:confirmation"), "Copper-Kettles-In-Vienna-33");
      b.clickAndWait(By.id("join:submit"));
      assertEquals("/en/join/sent", b.path());
    }
    Path outbox = data.resolve("outbox");
    List<Path> mails;
    try (var files = Files.list(outbox)) {
      mails = files.filter(p -> p.toString().endsWith(".eml")).toList();
    }
    assertEquals(1, mails.size(), "one .eml in the outbox");
    String eml = Files.readString(mails.get(0));
    assertTrue(eml.contains("olga@example.org"), eml);
    assertTrue(site.log().contains("/en/join/verify?token="), "the link is in the log");
  }

  private static List<String> blockIds(String html) {
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("id=\"block-([a-z.]+)\"").matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private static JsonObject states(Http http, String auth) {
    var builder = Json.createObjectBuilder();
    for (JsonValue v :
        Http.parse(http.get("/api/v1/modules", "Authorization", auth).body()).asJsonArray()) {
      builder.add(v.asJsonObject().getString("id"), v);
    }
    return builder.build();
  }

  private static void writeJar(Path file, Map<String, String> entries) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }
}
