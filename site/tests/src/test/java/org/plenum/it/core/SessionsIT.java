package org.plenum.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * A member's open sessions (issue 16, item 1): listed with their device, address and last use,
 * ended one by one or all but this one, and ended by a changed password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsIT {

  private static final String LAPTOP = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0";
  private static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) Safari/605.1";
  private static final String NEW_PASSWORD = "Quiet-Rivers-Carry-Old-Songs-77";

  @ArquillianResource URL base;

  private Http http() {
    return new Http(base.toString());
  }

  private String member() {
    return Members.via(http()).prefix("s.").named("Sasha Sessions").create().username();
  }

  private HttpResponse<String> api(FormSession s, String method, String path, String json) {
    String csrf =
        Http.parse(http().get("/api/v1/account", "Cookie", s.cookie()).body())
            .asJsonObject()
            .getString("csrfToken");
    return http().json(method, path, json, "Cookie", s.cookie(), "X-CSRF-Token", csrf);
  }

  private boolean signedIn(FormSession s) {
    return http().get("/api/v1/account", "Cookie", s.cookie()).statusCode() == 200;
  }

  @Test
  @DisplayName("16.1: changing the password ends every other session of the member")
  void changingThePasswordEndsTheOtherSessions() {
    String username = member();
    FormSession laptop = FormSession.logIn(http(), username, Admin.PASSWORD, LAPTOP);
    FormSession phone = FormSession.logIn(http(), username, Admin.PASSWORD, PHONE);
    assertTrue(signedIn(laptop) && signedIn(phone));

    HttpResponse<String> changed =
        api(
            phone,
            "POST",
            "/api/v1/account/password",
            "{\"current\":\"" + Admin.PASSWORD + "\",\"replacement\":\"" + NEW_PASSWORD + "\"}");
    assertEquals(204, changed.statusCode(), changed.body());
    assertFalse(signedIn(laptop), "the laptop's session ended with the old password");
    assertTrue(signedIn(phone), "the session that changed it goes on");
    HttpResponse<String> page = laptop.get("/en/account/profile");
    assertEquals(302, page.statusCode(), "the laptop is sent to log in again");
    assertTrue(page.headers().firstValue("Location").orElse("").contains("/en/login"));
    JsonArray open =
        Http.parse(api(phone, "GET", "/api/v1/account/sessions", null).body()).asJsonArray();
    assertEquals(1, open.size(), open.toString());

    // logging out removes the session from the list
    String csrf =
        Http.parse(http().get("/api/v1/account", "Cookie", phone.cookie()).body())
            .asJsonObject()
            .getString("csrfToken");
    HttpResponse<String> out = phone.post("/_plenum/logout", Map.of("csrf", csrf, "lang", "en"));
    assertEquals(302, out.statusCode());
    assertFalse(signedIn(phone));
    FormSession desk = FormSession.logIn(http(), username, NEW_PASSWORD, "Desk/2.0");
    JsonArray left =
        Http.parse(api(desk, "GET", "/api/v1/account/sessions", null).body()).asJsonArray();
    assertEquals(1, left.size(), "only this one: " + left);
    assertTrue(left.getJsonObject(0).getBoolean("current"));
  }

  @Test
  @DisplayName("16.1: the profile lists where one is signed in; one ends any or all others")
  void membersSeeAndEndTheirSessions() {
    String username = member();
    FormSession laptop = FormSession.logIn(http(), username, Admin.PASSWORD, LAPTOP);
    FormSession phone = FormSession.logIn(http(), username, Admin.PASSWORD, PHONE);
    FormSession tablet = FormSession.logIn(http(), username, Admin.PASSWORD, "Tablet/1.0");

    JsonArray listed =
        Http.parse(api(laptop, "GET", "/api/v1/account/sessions", null).body()).asJsonArray();
    assertEquals(3, listed.size(), listed.toString());
    JsonObject phoneRow = null;
    for (var v : listed) {
      JsonObject o = v.asJsonObject();
      assertEquals("127.0.0.1", o.getString("address"));
      assertTrue(o.containsKey("lastUsedAt"));
      assertEquals(LAPTOP.equals(o.getString("device")), o.getBoolean("current"));
      if (PHONE.equals(o.getString("device"))) {
        phoneRow = o;
      }
    }
    assertTrue(phoneRow != null, "the phone is listed by its device");

    String profile = laptop.get("/en/account/profile").body();
    assertTrue(profile.contains("Where you are signed in"));
    assertTrue(profile.contains("iPhone OS 18_0") && profile.contains("X11; Linux"), profile);

    // another member cannot end it
    FormSession stranger = FormSession.logIn(http(), member(), Admin.PASSWORD, LAPTOP);
    assertEquals(
        404,
        api(
                stranger,
                "DELETE",
                "/api/v1/account/sessions/" + phoneRow.getJsonNumber("id").longValue(),
                null)
            .statusCode());
    assertTrue(signedIn(phone));

    HttpResponse<String> ended =
        api(
            laptop,
            "DELETE",
            "/api/v1/account/sessions/" + phoneRow.getJsonNumber("id").longValue(),
            null);
    assertEquals(204, ended.statusCode(), ended.body());
    assertFalse(signedIn(phone), "the phone's session ended");
    assertTrue(signedIn(tablet) && signedIn(laptop));

    // the profile's button ends every other one
    String page = laptop.get("/en/account/profile").body();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("sessions", "sessions");
    fields.put("sessions:endOthers", "End every other session");
    fields.put(
        "jakarta.faces.ViewState",
        FormSession.viewState(page.substring(page.indexOf("id=\"sessions\""))));
    // the profile is a working screen: its forms carry the page's nonce
    fields.put("primefaces.nonce", FormSession.hidden(page, "primefaces.nonce"));
    HttpResponse<String> done = laptop.post("/en/account/profile", fields);
    assertTrue(done.statusCode() < 400, "ended: " + done.statusCode());
    assertTrue(done.body().contains("Every other session has ended."), done.body());
    assertFalse(signedIn(tablet), "the tablet's session ended");
    assertTrue(signedIn(laptop), "this one goes on");
  }

  /** A GET sent from another loopback address, as from another network: status and body. */
  private String[] getFrom(String sourceAddress, String path, String cookie) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(sourceAddress, 0));
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
      socket.setSoTimeout(60_000);
      // HTTP/1.0: the whole body, not chunked, then the connection closes
      socket
          .getOutputStream()
          .write(
              ("GET "
                      + path
                      + " HTTP/1.0\r\nHost: "
                      + base.getHost()
                      + "\r\nCookie: "
                      + cookie
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = response.indexOf("\r\n\r\n");
      return new String[] {response.split(" ")[1], end < 0 ? "" : response.substring(end + 4)};
    }
  }

  @Test
  @DisplayName("A session that moves to another network stays signed in and shows where it is")
  void aSessionThatMovesStaysSignedIn() throws Exception {
    String username = member();
    FormSession laptop = FormSession.logIn(http(), username, Admin.PASSWORD, LAPTOP);
    assertTrue(signedIn(laptop));
    // past the few seconds a standing session is trusted without reading its record again
    Thread.sleep(3500);
    String[] account = getFrom("127.0.0.2", "/api/v1/account", laptop.cookie());
    assertEquals("200", account[0], "the member is still signed in on the new network");
    String[] sessions = getFrom("127.0.0.2", "/api/v1/account/sessions", laptop.cookie());
    assertEquals("200", sessions[0], sessions[1]);
    JsonArray open = Http.parse(sessions[1]).asJsonArray();
    assertEquals(1, open.size(), open.toString());
    assertEquals(
        "127.0.0.2", open.getJsonObject(0).getString("address"), "the session's record follows it");
  }
}
