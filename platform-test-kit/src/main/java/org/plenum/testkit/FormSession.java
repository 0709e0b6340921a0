package org.plenum.testkit;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in browser session over plain HTTP: logs in through the log-in form and keeps the
 * session cookie, for tests that look at headers and forms without a browser.
 */
public final class FormSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final Http http;
  private String cookie;
  private HttpResponse<String> login;
  private final List<String> setCookies = new ArrayList<>();

  private FormSession(Http http) {
    this.http = http;
  }

  /**
   * Logs in with the log-in form.
   *
   * @param http a client for the site
   * @param username user name
   * @param password password
   * @param userAgent the User-Agent to send, as a browser would
   * @return the session; {@link #loginResponse()} holds the log-in's answer
   */
  public static FormSession logIn(Http http, String username, String password, String userAgent) {
    FormSession s = new FormSession(http);
    s.agent = userAgent;
    HttpResponse<String> form = s.get("/en/login");
    s.login =
        s.post(
            "/en/login",
            Map.of(
                "login",
                "login",
                "login:username",
                username,
                "login:password",
                password,
                "login:submit",
                "Log in",
                "jakarta.faces.ViewState",
                viewState(form.body())));
    return s;
  }

  private String agent = "Plenum tests";

  /**
   * @return the answer to the log-in form
   */
  public HttpResponse<String> loginResponse() {
    return login;
  }

  /**
   * @return the session cookie as a request's Cookie header value, or null
   */
  public String cookie() {
    return cookie;
  }

  /**
   * A GET in the session.
   *
   * @param path path
   * @return the answer
   */
  public HttpResponse<String> get(String path) {
    HttpRequest.Builder b = http.request(path).GET().header("User-Agent", agent);
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return keep(http.send(b.build()));
  }

  /**
   * A form POST in the session, form-encoded.
   *
   * @param path path
   * @param fields the fields, sent in order
   * @return the answer
   */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    new LinkedHashMap<>(fields)
        .forEach(
            (k, v) ->
                body.append(body.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpRequest.Builder b =
        http.request(path)
            .header("User-Agent", agent)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", origin())
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return keep(http.send(b.build()));
  }

  private String origin() {
    URI u = URI.create(http.base());
    return u.getScheme() + "://" + u.getAuthority();
  }

  /**
   * @return every {@code Set-Cookie} header the session was sent, in order
   */
  public List<String> setCookies() {
    return List.copyOf(setCookies);
  }

  private HttpResponse<String> keep(HttpResponse<String> r) {
    for (String c : r.headers().allValues("Set-Cookie")) {
      setCookies.add(c);
      if (c.startsWith("PLENUMSESSION=")) {
        cookie = c.split(";", 2)[0];
      }
    }
    return r;
  }

  /**
   * The view state of the first form in a page.
   *
   * @param html the page
   * @return the view state
   */
  public static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no form with a view state in the page");
    }
    return m.group(1);
  }

  /**
   * The value of a hidden field of the first form that has it, such as the nonce a working screen's
   * forms carry ({@code primefaces.nonce}).
   *
   * @param html the page
   * @param name the field's name
   * @return its value
   */
  public static String hidden(String html, String name) {
    Matcher m =
        Pattern.compile("type=\"hidden\" name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"")
            .matcher(html);
    if (!m.find()) {
      throw new AssertionError("no hidden field " + name + " in the page");
    }
    return m.group(1);
  }
}
