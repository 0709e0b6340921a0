package org.plenum.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenum.testkit.Admin;
import org.plenum.testkit.FormSession;
import org.plenum.testkit.Http;
import org.plenum.testkit.Members;

/**
 * 16.26: a member's home page keeps what its blocks and menu read between requests (it is rendered
 * afresh for each member), and what it keeps never outlives a change: a page added, renamed or
 * deleted and an event coming are on the member's next home page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomeBlocksIT {

  @ArquillianResource URL base;

  private Http http() {
    return new Http(base.toString());
  }

  @Test
  void whatTheHomePageKeepsChangesWithTheContent() {
    Http http = http();
    String admin = Admin.authorization(http);
    Members.Member member = Members.via(http).prefix("home.").create();
    FormSession session = FormSession.logIn(http, member.username(), Admin.PASSWORD, "Home tests");
    String before = session.get("/en/").body();
    assertTrue(before.contains("block-pages.recent"), "the home page has its blocks");

    String tag = UUID.randomUUID().toString().substring(0, 6);
    String slug = "kept-" + tag;
    HttpResponse<String> created =
        http.json(
            "POST",
            "/api/v1/pages",
            "{\"language\":\"en\",\"title\":\"Kept page "
                + tag
                + "\",\"slug\":\""
                + slug
                + "\",\"body\":\"New.\",\"menuOrder\":60}",
            "Authorization",
            admin);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject page = Http.parse(created.body()).asJsonObject();
    String home = session.get("/en/").body();
    assertTrue(home.contains("Kept page " + tag), "a new page is in the latest pages at once");
    assertTrue(home.contains("href=\"/en/" + slug + "\""), "and in the menu");

    HttpResponse<String> renamed =
        http.json(
            "PUT",
            "/api/v1/pages/" + page.getJsonNumber("id").longValue(),
            "{\"version\":"
                + page.getJsonNumber("version").longValue()
                + ",\"title\":\"Renamed page "
                + tag
                + "\",\"slug\":\""
                + slug
                + "\",\"body\":\"Changed.\",\"menuOrder\":60}",
            "Authorization",
            admin);
    assertEquals(200, renamed.statusCode(), renamed.body());
    home = session.get("/en/").body();
    assertTrue(home.contains("Renamed page " + tag), "a renamed page shows its new title");
    assertFalse(home.contains("Kept page " + tag), "never its old one");

    assertEquals(
        204,
        http.json(
                "DELETE",
                "/api/v1/pages/" + page.getJsonNumber("id").longValue(),
                null,
                "Authorization",
                admin)
            .statusCode());
    home = session.get("/en/").body();
    assertFalse(home.contains("href=\"/en/" + slug + "\""), "a deleted page leaves the menu");

    // an event starting within the hour is the first of the coming ones
    ZonedDateTime start =
        ZonedDateTime.now(ZoneId.of("Europe/London"))
            .plusMinutes(40)
            .truncatedTo(ChronoUnit.MINUTES);
    DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    HttpResponse<String> event =
        http.json(
            "POST",
            "/api/v1/events",
            "{\"chapter\":\"iops-london\",\"title\":\"Kept event "
                + tag
                + "\",\"slug\":\"kept-event-"
                + tag
                + "\",\"language\":\"en\",\"timeZone\":\"Europe/London\",\"start\":\""
                + local.format(start)
                + "\",\"end\":\""
                + local.format(start.plusHours(1))
                + "\",\"venue\":{\"city\":\"London\"}}",
            "Authorization",
            admin);
    assertEquals(201, event.statusCode(), event.body());
    assertTrue(
        session.get("/en/").body().contains("Kept event " + tag),
        "an event coming soon is in the coming events at once");
  }
}
