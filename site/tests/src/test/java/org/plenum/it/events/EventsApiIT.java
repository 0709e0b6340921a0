package org.plenum.it.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
 * The events' API: occurrences expanded in the event's zone across a change of clocks; every kind
 * of bad input answered with a clear 4xx in the reader's language, leaving nothing behind; who may
 * do what; answers, capacity and the waiting list; search and the OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventsApiIT {

  @ArquillianResource URL base;

  private Http http() {
    return new Http(base.toString());
  }

  private static JsonObject json(HttpResponse<String> r) {
    return Http.parse(r.body()).asJsonObject();
  }

  private String[] member(String admin, String chapter) {
    Members.Member m = Members.via(http()).prefix("a.").in(chapter).status("member").create();
    return new String[] {m.username(), m.authorization()};
  }

  private static String event(String slug, String zone, String start, String end, String extra) {
    return "{\"chapter\":\"iops-london\",\"title\":\"Event "
        + slug
        + "\",\"slug\":\""
        + slug
        + "\",\"language\":\"en\",\"timeZone\":\""
        + zone
        + "\",\"start\":\""
        + start
        + "\",\"end\":\""
        + end
        + "\",\"venue\":{\"city\":\"London\"}"
        + extra
        + "}";
  }

  private HttpResponse<String> create(String auth, String body, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Authorization";
    all[1] = auth;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return http().json("POST", "/api/v1/events", body, all);
  }

  /**
   * 16.14: a change and its line in the audit log are written in one transaction. When the line
   * cannot be written, the change is not either, so that a client told of the failure may safely
   * try again (a constraint added for the test makes the audit refuse the line).
   */
  @Test
  void aChangeIsWrittenWithItsAuditLineOrNotAtAll() throws SQLException {
    String pg = System.getProperty("plenum.it.pg.url");
    assumeTrue(pg != null && !pg.isBlank(), "the database is reached directly on PostgreSQL");
    String admin = Admin.authorization(http());
    String slug = "audited-" + UUID.randomUUID().toString().substring(0, 6);
    String body = event(slug, "Europe/London", "2027-05-05T19:00", "2027-05-05T21:00", "");
    sql(
        pg,
        "ALTER TABLE plenum_it.plenum_audit_event ADD CONSTRAINT audit_refuses_events"
            + " CHECK (action <> 'event.create' OR subject <> '"
            + slug
            + "')");
    try {
      HttpResponse<String> refused = create(admin, body);
      assertTrue(refused.statusCode() >= 500, refused.statusCode() + " " + refused.body());
      assertFalse(refused.body().contains("Exception"), "no stack trace: " + refused.body());
      assertEquals(
          404,
          http().get("/api/v1/events/" + slug).statusCode(),
          "the event was not written without its audit line");
    } finally {
      sql(pg, "ALTER TABLE plenum_it.plenum_audit_event DROP CONSTRAINT audit_refuses_events");
    }
    HttpResponse<String> again = create(admin, body);
    assertEquals(201, again.statusCode(), "trying again writes it once: " + again.body());
  }

  private static void sql(String url, String statement) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(url, System.getProperty("plenum.it.pg.user"), "plenum");
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  @Test
  void aWeeklyEventKeepsItsLocalTimeWhenLondonsClocksChange() {
    String admin = Admin.authorization(http());
    String slug = "thursday-circle-" + UUID.randomUUID().toString().substring(0, 6);
    // British Summer Time begins on 28 March 2027
    HttpResponse<String> r =
        create(
            admin,
            event(
                slug,
                "Europe/London",
                "2027-03-18T19:00",
                "2027-03-18T21:00",
                ",\"rrule\":\"FREQ=WEEKLY;BYDAY=TH;COUNT=4\""));
    assertEquals(201, r.statusCode(), r.body());
    JsonArray list =
        json(http()
                .get(
                    "/api/v1/events/occurrences?from=2027-03-01&to=2027-05-01"
                        + "&chapter=iops-london"))
            .getJsonArray("occurrences");
    List<String> utc =
        list.stream()
            .map(JsonObject.class::cast)
            .filter(o -> o.getString("event").equals(slug))
            .map(o -> o.getString("startUtc"))
            .toList();
    assertEquals(
        List.of(
            "2027-03-18T19:00:00Z",
            "2027-03-25T19:00:00Z",
            "2027-04-01T18:00:00Z",
            "2027-04-08T18:00:00Z"),
        utc);
    JsonObject got = json(http().get("/api/v1/events/" + slug));
    assertEquals("FREQ=WEEKLY;BYDAY=TH;COUNT=4", got.getString("rrule"));
    // the event's own .ics, read by another library
    ICalendar ics =
        Biweekly.parse(http().get("/feeds/events/event/" + slug + ".ics").body()).first();
    assertEquals(
        Instant.parse("2027-03-18T19:00:00Z"),
        ics.getEvents().get(0).getDateStart().getValue().toInstant());
    assertEquals(4, ics.getEvents().get(0).getRecurrenceRule().getValue().getCount());
  }

  @Test
  void badInputGetsAClearMessageAndChangesNothing() {
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    record Bad(String body, int status, String says) {}
    List<Bad> bad =
        List.of(
            new Bad(
                event("bad-a-" + tag, "Europe/London", "2027-01-10T19:00", "2027-01-10T18:00", ""),
                400,
                "The end must come after the start."),
            new Bad(
                event(
                    "bad-b-" + tag, "Europe/Atlantis", "2027-01-10T19:00", "2027-01-10T21:00", ""),
                400,
                "Europe/Atlantis"),
            new Bad(
                event(
                    "bad-c-" + tag,
                    "Europe/London",
                    "2027-01-10T19:00",
                    "2027-01-10T21:00",
                    ",\"rrule\":\"FREQ=MINUTELY\""),
                400,
                "not more often"),
            new Bad(
                event(
                    "bad-d-" + tag,
                    "Europe/London",
                    "2027-01-10T19:00",
                    "2027-01-10T21:00",
                    ",\"rrule\":\"every other tuesday\""),
                400,
                "recurrence rule"),
            new Bad(
                event(
                    "bad-e-" + tag,
                    "Europe/London",
                    "2027-01-10T19:00",
                    "2027-01-10T21:00",
                    ",\"rrule\":\"FREQ=DAILY;COUNT=100000\""),
                400,
                "at most 1,000 times"),
            new Bad(
                event(
                    "bad-f-" + tag,
                    "Europe/London",
                    "2027-01-10T19:00",
                    "2027-01-10T21:00",
                    ",\"rrule\":\"FREQ=WEEKLY;BYDAY=MO\""),
                400,
                "does not start on the start"),
            new Bad(
                event("bad-g-" + tag, "Europe/London", "next tuesday", "2027-01-10T21:00", ""),
                400,
                "local time"),
            new Bad(
                event(
                    "bad-h-" + tag,
                    "Europe/London",
                    "2027-01-10T19:00",
                    "2027-01-10T21:00",
                    ",\"onlineUrl\":\"javascript:alert(1)\""),
                400,
                "web address"),
            new Bad(
                event(
                    "bad-i-" + tag,
                    "Europe/London",
                    "2027-01-10T19:00",
                    "2027-01-10T21:00",
                    ",\"capacity\":\"many\""),
                400,
                "whole number"),
            new Bad("[1,2]", 400, "not valid JSON"));
    for (Bad b : bad) {
      HttpResponse<String> r = create(admin, b.body());
      assertEquals(b.status(), r.statusCode(), b.body() + " → " + r.body());
      assertTrue(r.body().contains(b.says()), b.says() + " in " + r.body());
      assertFalse(r.body().contains("Exception"), r.body());
    }
    assertTrue(
        json(http().get("/api/v1/events?chapter=iops-london")).getJsonArray("events").stream()
            .noneMatch(e -> e.asJsonObject().getString("slug").startsWith("bad-")),
        "nothing half-written stays behind");
    // in French for a French reader
    HttpResponse<String> fr =
        create(
            admin,
            event("bad-j-" + tag, "Europe/London", "2027-01-10T19:00", "2027-01-10T18:00", ""),
            "Accept-Language",
            "fr");
    assertEquals(400, fr.statusCode());
    assertTrue(fr.body().contains("La fin doit venir après le début."), fr.body());
    // a range of ten years, and a range without end
    HttpResponse<String> decade =
        http().get("/api/v1/events/occurrences?from=2027-01-01" + "&to=2037-01-01");
    assertEquals(400, decade.statusCode());
    assertTrue(decade.body().contains("at most 366 days"), decade.body());
    assertEquals(400, http().get("/api/v1/events/occurrences?from=2027-01-01").statusCode());
    assertEquals(400, http().get("/api/v1/events/occurrences?from=soon&to=later").statusCode());
  }

  @Test
  void aRuleWithoutEndIsExpandedWithinTheRangeOnly() {
    String admin = Admin.authorization(http());
    String slug = "daily-check-in-" + UUID.randomUUID().toString().substring(0, 6);
    LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    assertEquals(
        201,
        create(
                admin,
                event(slug, "UTC", start + "T08:00", start + "T08:15", ",\"rrule\":\"FREQ=DAILY\""))
            .statusCode());
    long count =
        json(http().get("/api/v1/events/occurrences?from=" + start + "&to=" + start.plusDays(366)))
            .getJsonArray("occurrences")
            .stream()
            .filter(o -> o.asJsonObject().getString("event").equals(slug))
            .count();
    assertEquals(366, count, "one a day for the 366 days asked, no more");
    assertEquals(200, http().get("/feeds/events/all.ics").statusCode());
    assertTrue(http().get("/feeds/events/all.ics").body().contains("RRULE:FREQ=DAILY"));
    assertEquals(
        204,
        http().json("DELETE", "/api/v1/events/" + slug, null, "Authorization", admin).statusCode());
    assertEquals(404, http().get("/api/v1/events/" + slug).statusCode());
  }

  @Test
  void whoMayDoWhatAndTheWaitingList() {
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String body =
        event(
            "small-room-" + tag,
            "Europe/London",
            "2027-02-05T19:00",
            "2027-02-05T22:00",
            ",\"capacity\":1");
    assertEquals(401, http().json("POST", "/api/v1/events", body).statusCode());
    String[] viennaCoordinator = member(admin, "iops-vienna");
    assertEquals(
        200,
        http()
            .json(
                "POST",
                "/api/v1/members/" + viennaCoordinator[0] + "/grants",
                "{\"role\":\"coordinator\",\"chapter\":\"iops-vienna\"}",
                "Authorization",
                admin)
            .statusCode());
    assertEquals(
        403,
        create(viennaCoordinator[1], body).statusCode(),
        "a Vienna coordinator organises nothing in London");
    String[] plain = member(admin, "iops-london");
    assertEquals(403, create(plain[1], body).statusCode(), "a member organises nothing");
    HttpResponse<String> made = create(admin, body);
    assertEquals(201, made.statusCode(), made.body());
    String slug = "small-room-" + tag;
    String on = "/api/v1/events/" + slug + "/occurrences/2027-02-05T19:00";

    String[] a = member(admin, "iops-london");
    String[] b = member(admin, "iops-london");
    assertEquals(401, http().json("PUT", on + "/rsvp", "{\"answer\":\"going\"}").statusCode());
    JsonObject first =
        json(http().json("PUT", on + "/rsvp", "{\"answer\":\"going\"}", "Authorization", a[1]));
    assertFalse(first.getBoolean("waiting"));
    JsonObject next =
        json(http().json("PUT", on + "/rsvp", "{\"answer\":\"going\"}", "Authorization", b[1]));
    assertTrue(next.getBoolean("waiting"));
    assertEquals(1, next.getInt("position"));
    HttpResponse<String> perhaps =
        http()
            .json(
                "PUT",
                on + "/rsvp",
                "{\"answer\":\"perhaps\"}",
                "Authorization",
                b[1],
                "Accept-Language",
                "fr");
    assertEquals(400, perhaps.statusCode());
    assertTrue(
        perhaps.body().contains("Le champ « answer » prend l’une de ces valeurs : \\\"going\\\""),
        perhaps.body());
    assertEquals(
        400,
        http()
            .json(
                "PUT",
                "/api/v1/events/" + slug + "/occurrences/2027-02-06T19:00/rsvp",
                "{\"answer\":\"going\"}",
                "Authorization",
                b[1])
            .statusCode(),
        "no such date");
    // only organisers read the answers
    assertEquals(403, http().get(on + "/rsvps", "Authorization", a[1]).statusCode());
    JsonObject answers = json(http().get(on + "/rsvps", "Authorization", admin));
    assertEquals(1, answers.getInt("going"));
    assertEquals(1, answers.getInt("waiting"));
    // A changes their mind: B moves up
    json(http().json("PUT", on + "/rsvp", "{\"answer\":\"not_going\"}", "Authorization", a[1]));
    JsonObject bNow = json(http().get(on + "/rsvp", "Authorization", b[1]));
    assertEquals("going", bNow.getString("answer"));
    assertFalse(bNow.getBoolean("waiting"));
    // places cannot fall below those going; B and a new member going make two
    json(http().json("PUT", on + "/rsvp", "{\"answer\":\"going\"}", "Authorization", a[1]));
    JsonObject got = json(http().get("/api/v1/events/" + slug));
    HttpResponse<String> up =
        http()
            .json(
                "PUT",
                "/api/v1/events/" + slug,
                event(
                    slug,
                    "Europe/London",
                    "2027-02-05T19:00",
                    "2027-02-05T22:00",
                    ",\"capacity\":2,\"version\":" + got.getInt("version")),
                "Authorization",
                admin);
    assertEquals(200, up.statusCode(), up.body());
    assertEquals(
        2,
        json(http().get(on + "/rsvps", "Authorization", admin)).getInt("going"),
        "a raised capacity lets the waiting list move up");
    got = json(http().get("/api/v1/events/" + slug));
    HttpResponse<String> down =
        http()
            .json(
                "PUT",
                "/api/v1/events/" + slug,
                event(
                    slug,
                    "Europe/London",
                    "2027-02-05T19:00",
                    "2027-02-05T22:00",
                    ",\"capacity\":1,\"version\":" + got.getInt("version")),
                "Authorization",
                admin);
    assertEquals(409, down.statusCode(), down.body());
    assertTrue(down.body().contains("2 members are already going"), down.body());
    assertEquals(2, json(http().get("/api/v1/events/" + slug)).getInt("capacity"), "unchanged");
    // a cancelled date takes no answer
    assertEquals(
        200,
        http()
            .json("PUT", on, "{\"cancelled\":true,\"note\":\"Flooded\"}", "Authorization", admin)
            .statusCode());
    HttpResponse<String> late =
        http().json("PUT", on + "/rsvp", "{\"answer\":\"maybe\"}", "Authorization", plain[1]);
    assertEquals(409, late.statusCode(), late.body());
    assertTrue(late.body().contains("This date is cancelled."), late.body());
    // a past event takes no answer either
    String past = "past-talk-" + tag;
    assertEquals(
        201,
        create(admin, event(past, "UTC", "2020-05-01T18:00", "2020-05-01T19:00", "")).statusCode());
    HttpResponse<String> over =
        http()
            .json(
                "PUT",
                "/api/v1/events/" + past + "/occurrences/2020-05-01T18:00/rsvp",
                "{\"answer\":\"going\"}",
                "Authorization",
                plain[1]);
    assertEquals(409, over.statusCode(), over.body());
    assertTrue(over.body().contains("already begun or is over"), over.body());
  }

  @Test
  void anEventTranslatedIsReadInTheReadersLanguage() {
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String slug = "book-swap-" + tag;
    LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(3);
    assertEquals(
        201,
        create(
                admin,
                event(
                    slug,
                    "Europe/London",
                    day + "T18:00",
                    day + "T20:00",
                    ",\"description\":\"Bring a book, take a book.\""))
            .statusCode());
    String path = "/api/v1/events/" + slug + "/translations/";
    HttpResponse<String> r =
        http()
            .json(
                "PUT",
                path + "fr",
                "{\"title\":\"Troc de livres "
                    + tag
                    + "\",\"description\":\"Apportez un livre, **prenez-en** un.\"}",
                "Authorization",
                admin);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("Troc de livres " + tag, json(r).getString("title"));
    assertEquals("fr", json(r).getString("shownIn"));
    assertEquals(
        400,
        http()
            .json("PUT", path + "en", "{\"title\":\"Same\"}", "Authorization", admin)
            .statusCode(),
        "not into the event's own language");
    assertEquals(
        400,
        http()
            .json("PUT", path + "xx", "{\"title\":\"Nowhere\"}", "Authorization", admin)
            .statusCode(),
        "not into a language the site does not offer");
    String[] plain = member(admin, "iops-london");
    assertEquals(
        403,
        http()
            .json("PUT", path + "de", "{\"title\":\"Buchtausch\"}", "Authorization", plain[1])
            .statusCode());
    String french = http().get("/fr/events/" + slug).body();
    assertTrue(french.contains("Troc de livres " + tag), "the French page");
    assertTrue(french.contains("<strong>prenez-en</strong>"));
    assertTrue(
        http().get("/fr/events").body().contains("Troc de livres " + tag), "the French list");
    assertTrue(
        http().get("/en/events/" + slug).body().contains("Event " + slug),
        "English readers read the original");
    assertEquals(
        204, http().json("DELETE", path + "fr", null, "Authorization", admin).statusCode());
    assertEquals(
        404, http().json("DELETE", path + "fr", null, "Authorization", admin).statusCode());
    assertFalse(http().get("/fr/events/" + slug).body().contains("Troc de livres"));
  }

  @Test
  void anOccurrenceChangedAnswersTheEventWithTheVersionToSendNext() {
    String admin = Admin.authorization(http());
    String slug = "weekly-" + UUID.randomUUID().toString().substring(0, 6);
    String body =
        event(
            slug,
            "Europe/London",
            "2027-03-03T19:00",
            "2027-03-03T21:00",
            ",\"rrule\":\"FREQ=WEEKLY;COUNT=4\"");
    assertEquals(201, create(admin, body).statusCode());
    String on = "/api/v1/events/" + slug + "/occurrences/2027-03-10T19:00";
    JsonObject changed =
        json(http().json("PUT", on, "{\"cancelled\":true}", "Authorization", admin));
    JsonObject read = json(http().get("/api/v1/events/" + slug));
    assertEquals(read.getInt("version"), changed.getInt("version"), "the version after the change");
    assertEquals(1, changed.getJsonArray("exceptions").size(), changed.toString());
    JsonObject restored = json(http().json("DELETE", on, null, "Authorization", admin));
    assertEquals(0, restored.getJsonArray("exceptions").size(), restored.toString());
    HttpResponse<String> next =
        http()
            .json(
                "PUT",
                "/api/v1/events/" + slug,
                event(
                    slug,
                    "Europe/London",
                    "2027-03-03T19:00",
                    "2027-03-03T21:00",
                    ",\"rrule\":\"FREQ=WEEKLY;COUNT=4\",\"version\":" + restored.getInt("version")),
                "Authorization",
                admin);
    assertEquals(200, next.statusCode(), "the version answered is the one to send: " + next.body());
  }

  @Test
  void eventsAreFoundAndDescribed() {
    assertTrue(http().get("/openapi").body().contains("/api/v1/events/occurrences"));
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                http()
                    .get("/api/v1/search?q=bookfair&type=event")
                    .body()
                    .contains("Melbourne Anarchist Bookfair"));
  }
}
