package org.plenum.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenum.testkit.Admin;
import org.plenum.testkit.FormSession;
import org.plenum.testkit.Http;
import org.plenum.testkit.Members;

/**
 * What testers found probing the site as visitors, members, API clients and attackers (issue 16):
 * cookies, headers and disclosures, bodies that used to give 500, control characters, and what
 * forms and pages carry for browsers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningIT {

  private static final Pattern FORM_ID = Pattern.compile("<form id=\"([^\"]+)\"[^>]*enctype");

  @ArquillianResource URL base;

  private Http http() {
    return new Http(base.toString());
  }

  /** A member of London with a password; returns the user name. */
  private String member(String name) {
    return Members.via(http()).prefix("h.").named(name).create().username();
  }

  @Test
  @DisplayName("16.2: the session cookie is SameSite=Lax and HttpOnly")
  void sessionCookieIsSameSiteLax() {
    FormSession s = FormSession.logIn(http(), member("Sam Site"), Admin.PASSWORD, "Firefox");
    assertEquals(302, s.loginResponse().statusCode(), "logged in");
    List<String> cookies =
        s.setCookies().stream().filter(c -> c.startsWith("PLENUMSESSION=")).toList();
    assertFalse(cookies.isEmpty(), "a session began");
    for (String cookie : cookies) {
      assertTrue(cookie.matches("(?i).*;\\s*SameSite=Lax.*"), cookie);
      assertTrue(cookie.matches("(?i).*;\\s*HttpOnly.*"), cookie);
    }
  }

  /** The status of a GET sent from another loopback address, as another machine would. */
  private int statusFrom(String sourceAddress, String path, String authorization)
      throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(sourceAddress, 0));
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
      socket.setSoTimeout(60_000);
      socket
          .getOutputStream()
          .write(
              ("GET "
                      + path
                      + " HTTP/1.1\r\nHost: "
                      + base.getHost()
                      + "\r\nAuthorization: "
                      + authorization
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String status =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }

  @Test
  @DisplayName("16.3: a guesser is stopped without locking the owner out")
  void guessingDoesNotLockTheOwnerOut() throws Exception {
    String username = member("Olive Owner");
    for (int i = 1; i <= 5; i++) {
      assertEquals(
          401,
          http()
              .get("/api/v1/account", "Authorization", Http.basic(username, "Wrong-Guess-" + i))
              .statusCode(),
          "guess " + i);
    }
    HttpResponse<String> guesser =
        http().get("/api/v1/account", "Authorization", Http.basic(username, "Wrong-Guess-6"));
    assertEquals(429, guesser.statusCode(), "the guesser waits");
    assertTrue(guesser.headers().firstValue("Retry-After").isPresent());
    assertEquals(
        200,
        statusFrom("127.0.0.2", "/api/v1/account", Http.basic(username, Admin.PASSWORD)),
        "the owner, elsewhere, gets in");
  }

  @Test
  @DisplayName("16.5: metrics are for administrators; health tells others only up or down")
  void metricsAndHealthDetailsAreForAdministrators() {
    HttpResponse<String> health = http().get("/health");
    assertEquals(200, health.statusCode());
    assertEquals("{\"status\":\"UP\"}", health.body().strip());
    for (String path : new String[] {"/health", "/health/ready", "/health/live"}) {
      String body = http().get(path).body();
      assertFalse(
          body.contains("modules") || body.contains("database") || body.contains("checks"),
          path + " tells a visitor no details: " + body);
    }
    String admin = Admin.authorization(http());
    HttpResponse<String> detailed = http().get("/health", "Authorization", admin);
    assertTrue(
        detailed.body().contains("\"modules\"") && detailed.body().contains("database"),
        detailed.body());

    for (String path : new String[] {"/metrics", "/metrics/base", "/metrics/vendor"}) {
      HttpResponse<String> anonymous = http().get(path);
      assertEquals(401, anonymous.statusCode(), path);
      assertFalse(anonymous.body().contains("jvm") || anonymous.body().contains("memory"), path);
    }
    String member = Http.basic(member("Mona Metrics"), Admin.PASSWORD);
    assertEquals(403, http().get("/metrics", "Authorization", member).statusCode());
    HttpResponse<String> metrics = http().get("/metrics", "Authorization", admin);
    assertEquals(200, metrics.statusCode());
    assertTrue(
        metrics.body().contains("jvm") || metrics.body().contains("memory"),
        "administrators read the metrics");
  }

  @Test
  @DisplayName("16.6: answers do not name the server, and the API publishes no WADL")
  void noServerHeaderAndNoWadl() {
    for (String path :
        new String[] {
          "/en/", "/api/v1/pages", "/themes/default/css/plenum.css", "/en/no-such-page"
        }) {
      HttpResponse<String> r = http().get(path);
      assertTrue(
          r.headers().firstValue("Server").isEmpty(),
          path + " names the server: " + r.headers().firstValue("Server"));
      assertTrue(r.headers().firstValue("X-Powered-By").isEmpty(), path);
    }
    HttpResponse<String> wadl = http().get("/api/application.wadl");
    assertEquals(404, wadl.statusCode());
    assertFalse(wadl.body().contains("<application"), "no WADL document");
  }

  @Test
  @DisplayName("16.7: what the API answers a signed-in caller is private and never stored")
  void signedInAnswersAreNotStored() {
    String admin = Admin.authorization(http());
    for (String path : new String[] {"/api/v1/account", "/api/v1/modules"}) {
      HttpResponse<String> r = http().get(path, "Authorization", admin);
      assertEquals(200, r.statusCode());
      assertEquals("private, no-store", r.headers().firstValue("Cache-Control").orElse(""), path);
    }
    FormSession s = FormSession.logIn(http(), member("Cary Cache"), Admin.PASSWORD, "Firefox");
    HttpResponse<String> account = http().get("/api/v1/account", "Cookie", s.cookie());
    assertEquals(200, account.statusCode(), account.body());
    assertTrue(account.body().contains("csrf"), "the account's answer holds the CSRF token");
    assertEquals("private, no-store", account.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  @DisplayName("16.8: JSON nested 10,000 deep is a 400 in the client's language, not a 500")
  void deeplyNestedJsonIsRefused() {
    String admin = Admin.authorization(http());
    String arrays = "[".repeat(10_000) + "]".repeat(10_000);
    String objects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    for (String body : new String[] {arrays, objects}) {
      for (String path :
          new String[] {"/api/v1/pages", "/api/v1/blog/posts?blog=news", "/api/v1/events"}) {
        HttpResponse<String> r =
            http().json("POST", path, body, "Authorization", admin, "Accept-Language", "fr");
        assertEquals(400, r.statusCode(), path + " " + r.body());
        assertEquals(
            "application/problem+json",
            r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(r.body().contains("imbriqué trop profondément"), r.body());
        assertFalse(r.body().contains("Exception"), r.body());
      }
    }
  }

  @Test
  @DisplayName("16.10: a form-encoded post to a page whose form takes a file is a 400")
  void plainPostToAMultipartFormIsRefused() {
    FormSession s = FormSession.logIn(http(), member("Wanda Write"), Admin.PASSWORD, "Firefox");
    HttpResponse<String> page = s.get("/en/write");
    assertEquals(200, page.statusCode());
    Matcher form = FORM_ID.matcher(page.body());
    assertTrue(form.find(), "the editor's form takes files");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(form.group(1), form.group(1));
    fields.put(form.group(1) + ":title", "Plain post");
    fields.put("jakarta.faces.ViewState", FormSession.viewState(page.body()));
    HttpResponse<String> r = s.post("/en/write", fields);
    assertEquals(400, r.statusCode());
    assertFalse(r.body().contains("Exception"));
    assertFalse(r.body().contains("Incident"), "no incident is recorded for a client's error");
  }

  @Test
  @DisplayName("16.11: control characters are refused by the API and stripped from forms")
  void controlCharactersAreNeitherStoredNorGivenBack() {
    String admin = Admin.authorization(http());
    String slug = "bell-" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> api =
        http()
            .json(
                "POST",
                "/api/v1/pages",
                "{\"language\":\"en\","
                    + "\"title\":\"Bell\\u0007 and escape\\u001b[31m\",\"slug\":\""
                    + slug
                    + "\",\"body\":\"Text\"}",
                "Authorization",
                admin,
                "Accept-Language",
                "fr");
    assertEquals(400, api.statusCode(), api.body());
    assertTrue(api.body().contains("caractères de contrôle"), api.body());
    assertEquals(404, http().get("/api/v1/pages/en/" + slug).statusCode(), "nothing was written");

    String username = member("Nora Null");
    FormSession s = FormSession.logIn(http(), username, Admin.PASSWORD, "Firefox");
    HttpResponse<String> profile = s.get("/en/account/profile");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("profile", "profile");
    fields.put("profile:displayName", "Nora\u0000 Null\u001b[2J\u0007");
    fields.put("profile:bio", "Line one\nline two\u0008");
    fields.put("profile:language", "en");
    fields.put("profile:timeZone", "");
    fields.put("profile:save", "Save");
    fields.put("jakarta.faces.ViewState", FormSession.viewState(profile.body()));
    HttpResponse<String> noNonce = s.post("/en/account/profile", fields);
    assertEquals(
        400,
        noNonce.statusCode(),
        "a working screen's form without its nonce is refused, not a 500");
    fields.put("primefaces.nonce", FormSession.hidden(profile.body(), "primefaces.nonce"));
    HttpResponse<String> saved = s.post("/en/account/profile", fields);
    assertTrue(saved.statusCode() < 400, "saved: " + saved.statusCode());
    JsonObject me =
        Http.parse(http().get("/api/v1/account", "Cookie", s.cookie()).body()).asJsonObject();
    assertEquals("Nora Null[2J", me.getString("displayName"));
  }

  @Test
  @DisplayName("16.17: forms carry their autocomplete purposes for browsers and password managers")
  void formsCarryAutocomplete() {
    String login = http().get("/en/login").body();
    assertTrue(login.contains("autocomplete=\"username\""), "log-in: user name");
    assertTrue(login.contains("autocomplete=\"current-password\""), "log-in: password");
    String join = http().get("/en/join").body();
    for (String purpose : new String[] {"name", "email", "new-password", "address-level2"}) {
      assertTrue(join.contains("autocomplete=\"" + purpose + "\""), "join: " + purpose);
    }
    assertTrue(http().get("/en/password/forgot").body().contains("autocomplete=\"email\""));
  }

  @Test
  @DisplayName("16.20: the home page's hreflang links name every language, itself and x-default")
  void hreflangIncludesSelfAndDefault() {
    String en = http().get("/en/").body();
    assertTrue(en.contains("hreflang=\"en\" href=\"/en/\""), "the page itself");
    assertTrue(en.contains("hreflang=\"fr\" href=\"/fr/\""), "its French");
    assertTrue(en.contains("hreflang=\"x-default\" href=\"/\""), "x-default picks a language");
    String about = http().get("/fr/a-propos").body();
    assertTrue(about.contains("hreflang=\"fr\" href=\"/fr/a-propos\""), about);
    assertTrue(about.contains("hreflang=\"x-default\" href=\"/en/about\""), "the default language");
  }

  @Test
  @DisplayName("16.19: the home page names the feeds of its blocks for feed readers")
  void homePageAnnouncesItsFeeds() {
    for (String lang : new String[] {"en", "fr"}) {
      String home = http().get("/" + lang + "/").body();
      Matcher links =
          Pattern.compile(
                  "<link rel=\"alternate\" type=\"([^\"]+)\" title=\"([^\"]+)\""
                      + " href=\"([^\"]+)\"")
              .matcher(home);
      Set<String> found = new HashSet<>();
      while (links.find()) {
        String href = links.group(3);
        HttpResponse<String> feed = http().get(href.replaceFirst("^https?://[^/]+", ""));
        assertEquals(200, feed.statusCode(), href);
        assertTrue(
            feed.headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith(
                    links.group(1).equals("text/calendar") ? "text/calendar" : "application/"),
            href);
        found.add(href.replaceFirst("^https?://[^/]+", ""));
      }
      assertTrue(found.contains("/feeds/" + lang + "/news.rss"), lang + ": " + found);
      assertTrue(found.contains("/feeds/" + lang + "/blogs.rss"), lang + ": " + found);
      assertTrue(found.contains("/feeds/events/all.ics"), lang + ": " + found);
    }
  }

  @Test
  @DisplayName("16.22: pages name an icon that answers, so browsers do not ask for a missing one")
  void pagesHaveAFavicon() {
    for (String page : new String[] {"/en/", "/fr/a-propos"}) {
      Matcher icon =
          Pattern.compile("<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"([^\"]+)\"")
              .matcher(http().get(page).body());
      assertTrue(icon.find(), page + " names its icon");
      HttpResponse<String> svg = http().get(icon.group(1));
      assertEquals(200, svg.statusCode(), icon.group(1));
      assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
      assertTrue(svg.body().contains("<svg"));
    }
  }
}
