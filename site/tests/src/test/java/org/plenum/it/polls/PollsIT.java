package org.plenum.it.polls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plenum.testkit.Admin.PASSWORD;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openqa.selenium.support.ui.Select;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;
import org.plenum.testkit.Mailbox;
import org.plenum.testkit.Members;

/**
 * Polls as a federation uses them: the seed's historical poll shows the published figures because
 * it counts its 245 ballots, and its digest recounts to the same; a London poll takes the ballots
 * of London's members only, saved in part and changed until the close; secret ballots change only
 * with their receipt; bad ballots change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PollsIT {

  private static final String SEED = "/en/polls/poll-on-iops-future";

  @ArquillianResource URL base;

  private Http http() {
    return new Http(base.toString());
  }

  private static JsonObject json(HttpResponse<String> r) {
    return Http.parse(r.body()).asJsonObject();
  }

  /** Makes an account in a chapter; returns {user name, Authorization}. */
  private String[] account(String admin, String chapter, String status) {
    Members.Member m =
        Members.via(http()).prefix("v.").titled("Voter").in(chapter).status(status).create();
    return new String[] {m.username(), m.authorization()};
  }

  private static void logIn(Browser b, String username) {
    b.go("/en/login");
    b.type(By.id("login:username"), username);
    b.type(By.id("login:password"), PASSWORD);
    b.clickAndWait(By.id("login:submit"));
  }

  @Test
  void theSeedsPollShowsThePublishedFiguresAndItsDigestRecountsToThem() {
    String page = http().get(SEED).body();
    assertTrue(page.contains("Total number of voters: 245 "), "245 voters");
    int[] totals = {239, 235, 237, 238, 238, 239};
    for (int i = 0; i < totals.length; i++) {
      assertTrue(
          page.contains("id=\"total-" + (i + 1) + "\">" + totals[i] + "<"),
          "question " + (i + 1) + " total " + totals[i]);
    }
    JsonObject poll = json(http().get("/api/v1/polls/poll-on-iops-future"));
    assertEquals(245, poll.getInt("voters"));
    JsonArray questions = poll.getJsonArray("questions");
    assertEquals(List.of(164, 75), counts(questions.getJsonObject(0)));
    assertEquals(List.of(145, 90), counts(questions.getJsonObject(1)));
    assertEquals(List.of(49, 188), counts(questions.getJsonObject(2)));
    assertEquals(List.of(85, 153), counts(questions.getJsonObject(3)));
    assertEquals(List.of(185, 53), counts(questions.getJsonObject(4)));
    assertEquals(List.of(75, 102, 38, 12, 10, 2), counts(questions.getJsonObject(5)));

    // recount from the published digest: every row, every question
    String digest = http().get(SEED + "/digest").body();
    Matcher row =
        Pattern.compile(
                "<tr class=\"ballot\">\\s*<th scope=\"row\"><code>[0-9a-f]{64}"
                    + "</code></th>(.*?)</tr>",
                Pattern.DOTALL)
            .matcher(digest);
    List<Map<String, Integer>> recount = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      recount.add(new HashMap<>());
    }
    int rows = 0;
    while (row.find()) {
      rows++;
      Matcher cell = Pattern.compile("<td>(.*?)</td>").matcher(row.group(1));
      for (int q = 0; cell.find(); q++) {
        if (!cell.group(1).isEmpty()) {
          recount.get(q).merge(cell.group(1), 1, Integer::sum);
        }
      }
    }
    assertEquals(245, rows, "one row per ballot");
    assertEquals(164, recount.get(0).get("remove preconditions"));
    assertEquals(75, recount.get(0).get("retain preconditions"));
    assertEquals(188, recount.get(2).get("at least 5"));
    assertEquals(102, recount.get(5).get("$50"));
    assertEquals(2, recount.get(5).get("$1000 or more"));
    String admin = Admin.authorization(http());
    String[] member = account(admin, "iops-london", "member");
    HttpResponse<String> late =
        http()
            .json(
                "PUT",
                "/api/v1/polls/poll-on-iops-future/ballot",
                "{\"answers\":{}}",
                "Authorization",
                member[1]);
    assertEquals(409, late.statusCode(), "a closed poll takes no ballot: " + late.body());
  }

  private static List<Integer> counts(JsonObject question) {
    List<Integer> list = new ArrayList<>();
    question.getJsonArray("options").forEach(o -> list.add(o.asJsonObject().getInt("count")));
    return list;
  }

  private JsonObject londonPoll(String admin, String tag, boolean secret) {
    String body =
        "{\"chapter\":\"iops-london\",\"title\":\"Meeting night "
            + tag
            + "\","
            + "\"language\":\"en\",\"opensAt\":\""
            + Instant.now().minusSeconds(60)
            + "\","
            + "\"closesAt\":\""
            + Instant.now().plusSeconds(3600)
            + "\",\"secret\":"
            + secret
            + ","
            + "\"visibility\":\"always\",\"questions\":["
            + "{\"text\":\"Which evening?\",\"options\":[\"Tuesday\",\"Thursday\"]},"
            + "{\"text\":\"Shall we rent the hall?\",\"kind\":\"motion\",\"rule\":\"majority\"}]}";
    HttpResponse<String> r = http().json("POST", "/api/v1/polls", body, "Authorization", admin);
    assertEquals(201, r.statusCode(), r.body());
    return json(r);
  }

  /** Makes an account with a mail address; returns {user name, Authorization, address}. */
  private String[] accountWithMail(String admin, String chapter) {
    Members.Member m =
        Members.via(http())
            .prefix("v.")
            .titled("Voter")
            .in(chapter)
            .status("member")
            .withEmail()
            .create();
    return new String[] {m.username(), m.authorization(), m.email()};
  }

  private static void choose(Browser b, int question, String option) {
    b.find(
            By.xpath(
                "//fieldset[@id='question-"
                    + question
                    + "']//label[contains(., '"
                    + option
                    + "')]/input"))
        .click();
  }

  private static boolean chosen(Browser b, int question, String option) {
    return b.find(
            By.xpath(
                "//fieldset[@id='question-"
                    + question
                    + "']//label[contains(., '"
                    + option
                    + "')]/input"))
        .isSelected();
  }

  @Test
  void aLondonPollFromCreationToTheDigestInTheBrowser() throws Exception {
    Mailbox.start();
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String[] coordinator = account(admin, "iops-london", "member");
    assertEquals(
        200,
        http()
            .json(
                "POST",
                "/api/v1/members/" + coordinator[0] + "/grants",
                "{\"role\":\"coordinator\",\"chapter\":\"iops-london\"}",
                "Authorization",
                admin)
            .statusCode());
    String[] londoner = accountWithMail(admin, "iops-london");
    String[] viennese = accountWithMail(admin, "iops-vienna");
    String slug = "london-meeting-night-" + tag;
    try (Browser b = Browser.open(base.toString(), "poll-create")) {
      logIn(b, coordinator[0]);
      b.go("/en/polls");
      b.clickAndWait(By.id("new-poll"));
      List<String> offered = new ArrayList<>();
      b.driver()
          .findElements(By.cssSelector("#poll\\:chapter option"))
          .forEach(o -> offered.add(o.getText()));
      assertTrue(
          offered.contains("IOPS London") && !offered.contains("IOPS Vienna"),
          "a coordinator creates polls in their chapters only: " + offered);
      new Select(b.find(By.id("poll:chapter"))).selectByVisibleText("IOPS London");
      b.type(By.id("poll:title"), "London meeting night " + tag);
      new Select(b.find(By.id("poll:visibility"))).selectByValue("AFTER_VOTING");
      b.find(By.id("poll:secret")).click();
      b.find(By.id("poll:notify")).click();
      b.type(By.id("poll:q:0:text"), "Which evening?");
      b.type(By.id("poll:q:0:options"), "Tuesday\nThursday");
      b.clickAndSettle(By.id("poll:add"));
      b.type(By.id("poll:q:1:text"), "Shall we rent the hall?");
      new Select(b.find(By.id("poll:q:1:kind"))).selectByValue("MOTION");
      b.clickAndWait(By.id("poll:save"));
      assertTrue(b.path().endsWith("/en/polls/" + slug), b.path());
      assertEquals("London meeting night " + tag, b.find(By.id("poll-title")).getText());
      assertTrue(b.find(By.id("ballot-kind")).getText().startsWith("Secret ballot"));
      b.screenshot("created");
      // and translates it for French readers
      b.clickAndWait(By.id("translate-poll"));
      b.clickAndWait(By.id("into-fr"));
      b.type(By.id("translation:title"), "Soirée de réunion à Londres " + tag);
      b.type(By.cssSelector("fieldset.question-slot input[name^='q']"), "Quel soir ?");
      b.clickAndWait(By.id("translation:save"));
      assertTrue(b.path().endsWith("/fr/polls/" + slug), b.path());
      assertEquals("Soirée de réunion à Londres " + tag, b.find(By.id("poll-title")).getText());
      b.screenshot("translated");
    }
    // the poll opened at once: London's members are told, Vienna's are not
    MimeMessage told = Mailbox.await(londoner[2], 1);
    assertTrue(told.getSubject().contains("London meeting night " + tag), told.getSubject());
    assertTrue(Mailbox.link(told).endsWith("/en/polls/" + slug), Mailbox.link(told));
    String receipt;
    try (Browser b = Browser.open(base.toString(), "poll-vote")) {
      logIn(b, londoner[0]);
      b.go("/en/polls/" + slug);
      assertTrue(b.find(By.id("eligibility")).getText().contains("IOPS London"));
      choose(b, 1, "Tuesday");
      b.clickAndWait(By.id("ballot:vote"));
      assertTrue(b.find(By.id("messages")).getText().contains("answers so far are saved"));
      receipt = b.find(By.id("receipt-code")).getText();
      assertTrue(receipt.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){4}"), receipt);
      b.screenshot("saved-half");
      // coming back: the secret ballot opens with its receipt only
      b.go("/en/polls/" + slug);
      assertTrue(
          b.driver().findElements(By.id("ballot:vote")).isEmpty(),
          "a secret ballot is not shown without its receipt");
      b.type(By.id("mine-receipt"), receipt.toLowerCase(Locale.ROOT));
      b.clickAndWait(By.id("mine:show"));
      assertTrue(chosen(b, 1, "Tuesday"), "the saved answer comes back");
      choose(b, 1, "Thursday");
      choose(b, 2, "For");
      b.clickAndWait(By.id("ballot:vote"));
      assertTrue(b.find(By.id("messages")).getText().contains("Your answers are saved"));
      // results show to those who voted
      assertEquals("1", b.find(By.id("total-1")).getText());
      assertTrue(
          b.find(By.id("result-1")).getText().contains("Thursday 1 100.0%"),
          b.find(By.id("result-1")).getText());
      b.screenshot("changed");
    }
    try (Browser b = Browser.open(base.toString(), "poll-not-eligible")) {
      logIn(b, viennese[0]);
      b.go("/en/polls/" + slug);
      assertTrue(b.find(By.id("not-eligible")).getText().contains("IOPS London"));
      assertTrue(b.driver().findElements(By.id("ballot:vote")).isEmpty());
      assertTrue(
          b.driver().findElements(By.id("results")).isEmpty(),
          "results show to those who voted, until the close");
      b.find(By.id("results-later"));
      b.screenshot("not-eligible");
    }
    assertTrue(Mailbox.to(viennese[2]).isEmpty(), "Vienna's members are not called to vote");
    try (Browser b = Browser.open(base.toString(), "poll-close")) {
      logIn(b, coordinator[0]);
      b.go("/en/polls/" + slug);
      assertFalse(b.find(By.id("manage:close")).isDisplayed(), "asked before it closes");
      b.find(By.id("close-ask")).click();
      assertTrue(b.find(By.id("close-consequence")).getText().contains("cannot open again"));
      b.clickAndWait(By.id("manage:close"));
      assertTrue(b.find(By.id("messages")).getText().contains("The poll is closed"));
      assertTrue(b.find(By.id("poll-state")).getText().contains("closed on"));
      assertTrue(
          b.find(By.id("voters")).getText().startsWith("Total number of voters: 1 of "),
          b.find(By.id("voters")).getText());
      assertTrue(
          b.find(By.id("voters")).getText().matches(".* eligible members \\([0-9]+\\.[0-9]%\\)\\."),
          "turnout, as English writes it: " + b.find(By.id("voters")).getText());
      assertEquals(
          2,
          b.driver().findElements(By.cssSelector("#result-1 td.share-bar svg rect")).size(),
          "a bar per option");
      assertEquals(
          "100%",
          b.find(By.cssSelector("#result-1 tbody tr:nth-child(2) rect"))
              .getAttribute("width")
              .replace(".0", ""));
      assertEquals("1", b.find(By.id("total-2")).getText());
      assertTrue(
          b.find(By.id("outcome-2")).getText().startsWith("Carried."),
          b.find(By.id("outcome-2")).getText());
      b.screenshot("closed-results");
    }
    try (Browser b = Browser.open(base.toString(), "poll-digest")) {
      logIn(b, londoner[0]);
      b.go("/en/polls/" + slug);
      b.clickAndWait(By.id("digest-link"));
      b.type(By.id("check-receipt"), receipt);
      b.clickAndWait(By.id("check:find"));
      assertTrue(
          b.find(By.id("check-result")).getText().startsWith("Your ballot is in the" + " digest"),
          b.find(By.id("check-result")).getText());
      assertEquals(
          "Thursday For",
          b.find(By.cssSelector("tr.mine")).getText().replaceFirst("^[0-9a-f]{64} ", ""),
          "counted as cast");
      b.screenshot("receipt-found");
    }
    // the frozen results as CSV
    HttpResponse<String> csv = http().get("/api/v1/polls/" + slug + "/results.csv");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    List<String> rows = csv.body().lines().toList();
    assertEquals(
        "question,question_text,option,count,share_percent,answered,outcome,voters," + "eligible",
        rows.get(0));
    assertTrue(rows.get(2).startsWith("1,Which evening?,Thursday,1,100.0,1,,1,"), rows.get(2));
    assertTrue(
        rows.get(3).startsWith("2,Shall we rent the hall?,For,1,100.0,1,carried,1,"), rows.get(3));
  }

  @Test
  void membersAreToldAtTheOpeningAndADayBeforeTheClose() throws Exception {
    Mailbox.start();
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String[] viennese = accountWithMail(admin, "iops-vienna");
    String[] londoner = accountWithMail(admin, "iops-london");
    // opened two days ago, closing in six hours: the opening and the reminder are both due
    String body =
        "{\"chapter\":\"iops-vienna\",\"title\":\"Vienna budget "
            + tag
            + "\","
            + "\"language\":\"en\",\"opensAt\":\""
            + Instant.now().minusSeconds(2 * 86_400)
            + "\",\"closesAt\":\""
            + Instant.now().plusSeconds(6 * 3600)
            + "\",\"notify\":true,"
            + "\"questions\":[{\"text\":\"Adopt the budget?\",\"kind\":\"motion\"}]}";
    assertEquals(
        201, http().json("POST", "/api/v1/polls", body, "Authorization", admin).statusCode());
    MimeMessage reminder = Mailbox.await(viennese[2], 2);
    List<String> subjects = new ArrayList<>();
    for (MimeMessage m : Mailbox.to(viennese[2])) {
      subjects.add(m.getSubject());
    }
    assertTrue(subjects.get(0).startsWith("Vote now: Vienna budget " + tag), subjects.toString());
    assertTrue(
        subjects.get(1).startsWith("One day left to vote: Vienna budget " + tag),
        subjects.toString());
    assertTrue(Mailbox.body(reminder).contains("you have not voted yet"));
    assertTrue(Mailbox.to(londoner[2]).isEmpty(), "London's members do not vote in Vienna");
    Thread.sleep(16_000);
    assertEquals(2, Mailbox.to(viennese[2]).size(), "each mail goes once");
  }

  @Test
  void aPollChangesBeforeItOpensAndNotAfterAndItsDigestIsPublished() {
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String body =
        "{\"chapter\":\"iops-london\",\"title\":\"Summer fair "
            + tag
            + "\","
            + "\"language\":\"en\",\"opensAt\":\""
            + Instant.now().plusSeconds(86_400)
            + "\","
            + "\"closesAt\":\""
            + Instant.now().plusSeconds(7 * 86_400)
            + "\",\"visibility\":"
            + "\"always\",\"questions\":[{\"text\":\"Where?\",\"options\":[\"Park\",\"Hall\"]}]}";
    HttpResponse<String> created =
        http().json("POST", "/api/v1/polls", body, "Authorization", admin);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject poll = json(created);
    String slug = poll.getString("slug");
    long version = poll.getJsonNumber("version").longValue();
    String changed =
        body.replace("\"Hall\"]", "\"Hall\",\"Pub\"]")
            .replace("}]}", "}],\"version\":" + version + "}");
    HttpResponse<String> put =
        http().json("PUT", "/api/v1/polls/" + slug, changed, "Authorization", admin);
    assertEquals(200, put.statusCode(), put.body());
    assertEquals(
        3,
        json(put).getJsonArray("questions").getJsonObject(0).getJsonArray("options").size(),
        "an option added before the opening");
    HttpResponse<String> stale =
        http().json("PUT", "/api/v1/polls/" + slug, changed, "Authorization", admin);
    assertEquals(409, stale.statusCode(), "a change from an old version: " + stale.body());
    String[] member = account(admin, "iops-london", "member");
    assertEquals(
        403,
        http()
            .json(
                "PUT",
                "/api/v1/polls/" + slug,
                changed.replace("\"version\":" + version, "\"version\":" + (version + 1)),
                "Authorization",
                member[1])
            .statusCode(),
        "members do not change polls");
    assertEquals(
        403,
        http()
            .json("DELETE", "/api/v1/polls/" + slug, null, "Authorization", member[1])
            .statusCode());
    assertEquals(
        409,
        http()
            .json("POST", "/api/v1/polls/" + slug + "/close", null, "Authorization", admin)
            .statusCode(),
        "a poll that has not opened does not close");
    assertEquals(409, http().get("/api/v1/polls/" + slug + "/digest").statusCode());
    assertEquals(409, http().get("/api/v1/polls/" + slug + "/results.csv").statusCode());
    assertEquals(
        204,
        http().json("DELETE", "/api/v1/polls/" + slug, null, "Authorization", admin).statusCode());
    assertEquals(404, http().get("/api/v1/polls/" + slug).statusCode());

    // an open poll: it no longer changes nor goes, but may close early
    JsonObject open = londonPoll(admin, tag, false);
    String openSlug = open.getString("slug");
    long q1 = open.getJsonArray("questions").getJsonObject(0).getJsonNumber("id").longValue();
    long tuesday =
        open.getJsonArray("questions")
            .getJsonObject(0)
            .getJsonArray("options")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertEquals(
        200,
        http()
            .json(
                "PUT",
                "/api/v1/polls/" + openSlug + "/ballot",
                "{\"answers\":{\"" + q1 + "\":[" + tuesday + "]}}",
                "Authorization",
                member[1])
            .statusCode());
    JsonObject mine =
        json(http().get("/api/v1/polls/" + openSlug + "/ballot", "Authorization", member[1]));
    assertEquals(
        List.of((int) tuesday),
        mine
            .getJsonObject("answers")
            .getJsonArray(String.valueOf(q1))
            .getValuesAs(JsonNumber.class)
            .stream()
            .map(JsonNumber::intValue)
            .toList());
    // translated while open: French readers read it in French, ballots stay the same
    String french =
        "{\"title\":\"Soirée de réunion "
            + tag
            + "\",\"questions\":{\""
            + q1
            + "\":\"Quel soir ?\"},\"options\":{\""
            + tuesday
            + "\":\"Mardi\"}}";
    assertEquals(
        403,
        http()
            .json(
                "PUT",
                "/api/v1/polls/" + openSlug + "/translations/fr",
                french,
                "Authorization",
                member[1])
            .statusCode(),
        "members do not translate polls");
    assertEquals(
        400,
        http()
            .json(
                "PUT",
                "/api/v1/polls/" + openSlug + "/translations/en",
                french,
                "Authorization",
                admin)
            .statusCode(),
        "not into the poll's own language");
    HttpResponse<String> translated =
        http()
            .json(
                "PUT",
                "/api/v1/polls/" + openSlug + "/translations/fr",
                french,
                "Authorization",
                admin);
    assertEquals(200, translated.statusCode(), translated.body());
    String page = http().get("/fr/polls/" + openSlug).body();
    assertTrue(
        page.contains("<h1 id=\"poll-title\">Soirée de réunion " + tag + "</h1>"),
        "the French title");
    assertTrue(
        page.contains("1. Quel soir ?")
            && page.contains("<th scope=\"row\">Mardi</th>")
            && page.contains("<th scope=\"row\">Thursday</th>"),
        "translated texts, the rest in English");
    assertTrue(page.contains("<article class=\"poll\" lang=\"fr\">"));
    assertTrue(
        page.contains("<th scope=\"row\">Pour</th>"),
        "a motion's options in the reader's language");
    assertTrue(
        http().get("/fr/polls").body().contains("Soirée de réunion " + tag),
        "the list shows the French title");
    assertTrue(http().get("/en/polls/" + openSlug).body().contains("Meeting night " + tag));
    HttpResponse<String> noGerman =
        http()
            .json(
                "DELETE",
                "/api/v1/polls/" + openSlug + "/translations/de",
                null,
                "Authorization",
                admin,
                "Accept-Language",
                "en");
    assertEquals(404, noGerman.statusCode());
    assertTrue(
        noGerman.body().contains("The poll has no translation into this language."),
        "a missing translation is not a missing poll: " + noGerman.body());
    HttpResponse<String> late =
        http()
            .json(
                "PUT",
                "/api/v1/polls/" + openSlug,
                "{\"chapter\":"
                    + "\"iops-london\",\"title\":\"Late\",\"version\":"
                    + open.getJsonNumber("version")
                    + "}",
                "Authorization",
                admin);
    assertEquals(409, late.statusCode(), late.body());
    assertEquals(
        409,
        http()
            .json("DELETE", "/api/v1/polls/" + openSlug, null, "Authorization", admin)
            .statusCode());
    assertEquals(
        403,
        http()
            .json("POST", "/api/v1/polls/" + openSlug + "/close", null, "Authorization", member[1])
            .statusCode());
    JsonObject closed =
        json(
            http()
                .json(
                    "POST", "/api/v1/polls/" + openSlug + "/close", null, "Authorization", admin));
    assertTrue(closed.getBoolean("closed"));
    assertEquals(1, closed.getInt("voters"));
    JsonObject digest = json(http().get("/api/v1/polls/" + openSlug + "/digest"));
    assertFalse(digest.getBoolean("secret"));
    JsonArray ballots = digest.getJsonArray("ballots");
    assertEquals(1, ballots.size());
    assertTrue(
        ballots.getJsonObject(0).getString("voter").startsWith("Voter v."),
        "an open poll's digest names its voters");
    JsonObject results = json(http().get("/api/v1/polls/" + openSlug + "/results"));
    assertEquals(List.of(1, 0), counts(results.getJsonArray("questions").getJsonObject(0)));
    // the tally is frozen at the close: a member joining later changes nothing
    account(admin, "iops-london", "member");
    assertEquals(
        results.getInt("eligible"),
        json(http().get("/api/v1/polls/" + openSlug + "/results")).getInt("eligible"),
        "the eligible members as counted at the close");
    assertEquals(
        409,
        http()
            .json(
                "PUT",
                "/api/v1/polls/" + openSlug + "/ballot",
                "{\"answers\":{}}",
                "Authorization",
                member[1])
            .statusCode(),
        "closed");
  }

  @Test
  void badBallotsAndBadPollsChangeNothing() {
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    JsonObject poll = londonPoll(admin, tag, true);
    String slug = poll.getString("slug");
    JsonArray questions = poll.getJsonArray("questions");
    long q1 = questions.getJsonObject(0).getJsonNumber("id").longValue();
    long tuesday =
        questions
            .getJsonObject(0)
            .getJsonArray("options")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    long thursday =
        questions
            .getJsonObject(0)
            .getJsonArray("options")
            .getJsonObject(1)
            .getJsonNumber("id")
            .longValue();
    long q2for =
        questions
            .getJsonObject(1)
            .getJsonArray("options")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String[] member = account(admin, "iops-london", "member");
    String[] supporter = account(admin, "iops-london", "supporter");
    String[] viennese = account(admin, "iops-vienna", "member");
    String path = "/api/v1/polls/" + slug + "/ballot";
    String both = "{\"answers\":{\"" + q1 + "\":[" + tuesday + "," + thursday + "]}}";
    assertEquals(
        400,
        http().json("PUT", path, both, "Authorization", member[1]).statusCode(),
        "two options of a single-choice question");
    String foreign = "{\"answers\":{\"" + q1 + "\":[" + q2for + "]}}";
    assertEquals(
        400,
        http().json("PUT", path, foreign, "Authorization", member[1]).statusCode(),
        "an option of another question");
    String good = "{\"answers\":{\"" + q1 + "\":[" + tuesday + "]}}";
    assertEquals(400, http().json("PUT", path, good, "Authorization", viennese[1]).statusCode());
    assertEquals(
        400,
        http().json("PUT", path, good, "Authorization", supporter[1]).statusCode(),
        "supporters do not vote");
    assertEquals(401, http().json("PUT", path, good).statusCode());
    assertEquals(0, json(http().get("/api/v1/polls/" + slug)).getInt("voters"));

    HttpResponse<String> first = http().json("PUT", path, good, "Authorization", member[1]);
    assertEquals(200, first.statusCode(), first.body());
    String receipt = json(first).getString("receipt");
    assertTrue(receipt.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){4}"), receipt);
    String change = "{\"answers\":{\"" + q1 + "\":[" + thursday + "]}";
    assertEquals(
        409,
        http().json("PUT", path, change + "}", "Authorization", member[1]).statusCode(),
        "a secret ballot changes only with its receipt");
    assertEquals(
        409,
        http()
            .json(
                "PUT",
                path,
                change + ",\"receipt\":\"AAAA-BBBB-CCCC-DDDD-" + "EEEE\"}",
                "Authorization",
                member[1])
            .statusCode(),
        "a forged receipt");
    assertEquals(
        200,
        http()
            .json(
                "PUT",
                path,
                change + ",\"receipt\":\"" + receipt + "\"}",
                "Authorization",
                member[1])
            .statusCode());
    JsonObject counted = json(http().get("/api/v1/polls/" + slug));
    assertEquals(1, counted.getInt("voters"));
    assertEquals(List.of(0, 1), counts(counted.getJsonArray("questions").getJsonObject(0)));

    String[] badPolls = {
      "{\"chapter\":\"iops-london\",\"title\":\"Backwards\",\"language\":\"en\",\"opensAt\":\""
          + Instant.now().plusSeconds(60)
          + "\",\"closesAt\":\""
          + Instant.now()
          + "\","
          + "\"questions\":[{\"text\":\"Q\",\"options\":[\"a\",\"b\"]}]}",
      "{\"chapter\":\"iops-london\",\"title\":\"Empty\",\"language\":\"en\",\"opensAt\":\""
          + Instant.now()
          + "\",\"closesAt\":\""
          + Instant.now().plusSeconds(60)
          + "\","
          + "\"questions\":[]}",
      "{\"chapter\":\"iops-london\",\"title\":\"Lonely\",\"language\":\"en\",\"opensAt\":\""
          + Instant.now()
          + "\",\"closesAt\":\""
          + Instant.now().plusSeconds(60)
          + "\","
          + "\"questions\":[{\"text\":\"Q\",\"options\":[\"only one\"]}]}",
      "{\"chapter\":\"iops-london\",\"title\":\"Whenever\",\"language\":\"en\","
          + "\"opensAt\":\"next week\",\"questions\":[{\"text\":\"Q\",\"options\":[\"a\",\"b\"]}]}",
      "{\"chapter\":\"iops-london\",\"title\":\"Sometimes\",\"language\":\"en\","
          + "\"visibility\":\"sometimes\",\"questions\":[{\"text\":\"Q\",\"options\":[\"a\",\"b\"]}]}",
    };
    long before = json(http().get("/api/v1/polls")).getJsonArray("polls").size();
    for (String bad : badPolls) {
      HttpResponse<String> r = http().json("POST", "/api/v1/polls", bad, "Authorization", admin);
      assertEquals(400, r.statusCode(), r.body());
      assertFalse(r.body().contains("Exception"));
    }
    assertTrue(
        http()
            .json("POST", "/api/v1/polls", badPolls[3], "Authorization", admin)
            .body()
            .contains("The field \\\"opensAt\\\" must be a time in UTC"),
        "a time that is not one is named");
    assertTrue(
        http()
            .json("POST", "/api/v1/polls", badPolls[4], "Authorization", admin)
            .body()
            .contains("\\\"after_close\\\""),
        "the values a choice takes are named");
    assertEquals(before, json(http().get("/api/v1/polls")).getJsonArray("polls").size());
    assertEquals(
        403,
        http()
            .json(
                "POST",
                "/api/v1/polls",
                badPolls[0].replace("Backwards", "Not mine"),
                "Authorization",
                member[1])
            .statusCode(),
        "members do not create polls");
    assertNotEquals(200, http().get("/en/polls/no-such-poll").statusCode());
  }

  @Test
  void aHundredMembersVotingAtOnceLeaveAHundredBallotsWithTheirLastAnswers() throws Exception {
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    JsonObject poll = londonPoll(admin, tag, false);
    String slug = poll.getString("slug");
    JsonObject q1 = poll.getJsonArray("questions").getJsonObject(0);
    long question = q1.getJsonNumber("id").longValue();
    long[] options = {
      q1.getJsonArray("options").getJsonObject(0).getJsonNumber("id").longValue(),
      q1.getJsonArray("options").getJsonObject(1).getJsonNumber("id").longValue()
    };
    ExecutorService pool = Executors.newFixedThreadPool(16);
    // making the members hashes two passwords each: two at a time, all before the voting
    ExecutorService setup = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> tokens = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        tokens.add(
            setup.submit(
                () -> {
                  String[] m = account(admin, "iops-london", "member");
                  HttpResponse<String> t =
                      http()
                          .json(
                              "POST",
                              "/api/v1/account/tokens",
                              "{\"name\":\"polls\"}",
                              "Authorization",
                              m[1]);
                  return "Bearer " + json(t).getString("token");
                }));
      }
      for (Future<String> t : tokens) {
        t.get();
      }
      List<Future<Integer>> done = new ArrayList<>();
      Set<Integer> statuses = ConcurrentHashMap.newKeySet();
      for (int i = 0; i < 100; i++) {
        String auth = tokens.get(i).get();
        int member = i;
        // each member sends ten ballots, one after the other; the last is option (member % 2)
        done.add(
            pool.submit(
                () -> {
                  for (int n = 0; n < 10; n++) {
                    long option = options[(member + n + 1) % 2];
                    statuses.add(
                        http()
                            .json(
                                "PUT",
                                "/api/v1/polls/" + slug + "/ballot",
                                "{\"answers\":{\"" + question + "\":[" + option + "]}}",
                                "Authorization",
                                auth)
                            .statusCode());
                  }
                  return member;
                }));
      }
      for (Future<Integer> f : done) {
        f.get();
      }
      assertEquals(Set.of(200), statuses, "every ballot taken, none refused");
      // and one member sending ten at the very same time still has one ballot
      String eager = tokens.get(0).get();
      List<Future<Integer>> burst = new ArrayList<>();
      for (int n = 0; n < 10; n++) {
        long option = options[n % 2];
        burst.add(
            pool.submit(
                () ->
                    http()
                        .json(
                            "PUT",
                            "/api/v1/polls/" + slug + "/ballot",
                            "{\"answers\":{\"" + question + "\":[" + option + "]}}",
                            "Authorization",
                            eager)
                        .statusCode()));
      }
      for (Future<Integer> f : burst) {
        assertEquals(200, f.get());
      }
    } finally {
      pool.shutdown();
      setup.shutdown();
    }
    JsonObject counted = json(http().get("/api/v1/polls/" + slug));
    assertEquals(100, counted.getInt("voters"), "exactly one ballot per member");
    List<Integer> counts = counts(counted.getJsonArray("questions").getJsonObject(0));
    assertEquals(100, counts.get(0) + counts.get(1));
    // members 1..99 end on option (member % 2): the 49 even ones on the first option, the 50
    // odd ones on the second; member 0 ended on whichever of its burst came last
    assertTrue(counts.get(0) == 49 || counts.get(0) == 50, counts.toString());
  }

  @Test
  @DisplayName("16.21: the demo poll's French results write shares and turnout the French way")
  void theFrenchResultsWriteNumbersAsFrenchDoes() {
    String page = unescape(http().get("/fr/polls/poll-on-iops-future").body());
    NumberFormat percent = NumberFormat.getPercentInstance(Locale.FRENCH);
    percent.setMinimumFractionDigits(1);
    percent.setMaximumFractionDigits(1);
    // question 1: 164 of 239 answers
    String share = percent.format(new BigDecimal("0.686"));
    assertEquals("68,6\u00a0%", share, "Java's French: a comma, a no-break space");
    assertTrue(page.contains(">" + share + "<"), "the share as French writes it");
    assertTrue(page.contains(">" + percent.format(new BigDecimal("0.314")) + "<"));
    Matcher english = Pattern.compile(">[^<>]*?\\d+\\.\\d\\s?%").matcher(page);
    assertFalse(english.find(), () -> "a number written the English way: " + english.group());
    Matcher voters = Pattern.compile("<p id=\"voters\">([^<]*)</p>").matcher(page);
    assertTrue(voters.find(), "the turnout is shown");
    assertTrue(voters.group(1).matches(".*\\(\\d+,\\d\u00a0%\\)\\.$"), voters.group(1));
    // and in English, as English writes it
    String en = unescape(http().get(SEED).body());
    assertTrue(en.contains(">68.6%<"), "the English share");
  }

  /** A page's text with its numeric character references read. */
  private static String unescape(String html) {
    Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int c = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
      m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(c))));
    }
    m.appendTail(out);
    return out.toString().replace("&nbsp;", "\u00a0");
  }

  @Test
  @DisplayName("16.20: the sitemap lists the polls a visitor may read")
  void theSitemapListsThePolls() {
    String sitemap = http().get("/sitemap.xml").body();
    assertTrue(sitemap.contains("/en/polls</loc>"), "the list of polls");
    assertTrue(sitemap.contains("/fr/polls</loc>"), "in every language");
    assertTrue(sitemap.contains("/en/polls/poll-on-iops-future</loc>"), "the demo's poll");
    assertTrue(
        sitemap.contains("/en/polls/poll-on-iops-future/digest</loc>"),
        "the published digest of a closed poll");
    assertEquals(
        200, http().get("/en/polls/poll-on-iops-future").statusCode(), "and a visitor reads it");
  }

  @Test
  @DisplayName(
      "16.16: a member's ballots sent at once are all taken and leave no stack trace"
          + " in the log")
  void ballotsOfOneMemberAtOnceLeaveNoStackTraceInTheLog() throws Exception {
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    JsonObject poll = londonPoll(admin, tag, false);
    String slug = poll.getString("slug");
    JsonObject q1 = poll.getJsonArray("questions").getJsonObject(0);
    long question = q1.getJsonNumber("id").longValue();
    long[] options = {
      q1.getJsonArray("options").getJsonObject(0).getJsonNumber("id").longValue(),
      q1.getJsonArray("options").getJsonObject(1).getJsonNumber("id").longValue()
    };
    List<String> voters = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      voters.add(account(admin, "iops-london", "member")[1]);
    }
    ExecutorService pool = Executors.newFixedThreadPool(10);
    ServerOutput out = ServerOutput.capture();
    try {
      // each member: ten first ballots at the very same time, then ten changes at once
      for (String voter : voters) {
        for (int round = 0; round < 2; round++) {
          CountDownLatch go = new CountDownLatch(1);
          List<Future<Integer>> burst = new ArrayList<>();
          for (int n = 0; n < 10; n++) {
            long option = options[n % 2];
            burst.add(
                pool.submit(
                    () -> {
                      go.await();
                      return http()
                          .json(
                              "PUT",
                              "/api/v1/polls/" + slug + "/ballot",
                              "{\"answers\":{\"" + question + "\":[" + option + "]}}",
                              "Authorization",
                              voter)
                          .statusCode();
                    }));
          }
          go.countDown();
          for (Future<Integer> f : burst) {
            assertEquals(200, f.get(), "every ballot taken");
          }
        }
      }
      // the server's output reaches the test through its console, in order and a little
      // later: a failed log-in, logged after the ballots, marks the end of their lines
      String marker = "race-marker-" + tag;
      assertEquals(
          401,
          http()
              .get("/api/v1/polls", "Authorization", Http.basic(marker, "not-the-password"))
              .statusCode());
      Awaitility.await("the log up to the marker")
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> out.text().contains("Failed API log-in for account '" + marker + "'"));
    } finally {
      out.close();
      pool.shutdown();
    }
    assertEquals(
        3, json(http().get("/api/v1/polls/" + slug)).getInt("voters"), "one ballot per member");
    String log = out.text();
    Matcher frame = STACK_FRAME.matcher(log);
    assertFalse(
        frame.find(),
        () ->
            "a stack trace in the log:\n"
                + log.substring(
                    Math.max(0, frame.start() - 3000),
                    Math.min(log.length(), frame.start() + 1000)));
  }

  private static final Pattern STACK_FRAME =
      Pattern.compile("^\\s+at [\\w$.]+\\(", Pattern.MULTILINE);

  /**
   * The suite's server writes its log to this JVM's console, line by line through {@code
   * System.out} (the container's {@code outputToConsole}): this copies what it writes meanwhile,
   * and passes it on.
   */
  private static final class ServerOutput extends OutputStream {

    private final PrintStream console = System.out;
    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();

    static ServerOutput capture() {
      ServerOutput out = new ServerOutput();
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      return out;
    }

    @Override
    public synchronized void write(int b) {
      seen.write(b);
      console.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      seen.write(b, off, len);
      console.write(b, off, len);
    }

    synchronized String text() {
      return seen.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
      System.setOut(console);
    }
  }
}
