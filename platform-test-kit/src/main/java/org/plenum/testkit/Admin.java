package org.plenum.testkit;

import java.net.http.HttpResponse;

/**
 * The site's first administrator as tests use it. The site is started with a one-time password
 * ({@code PLENUM_ADMIN_PASSWORD}); the first test that needs the administrator replaces it through
 * the API, as the site demands, and every later one uses the new one.
 */
public final class Admin {

  /** The administrator's user name. */
  public static final String USER = "admin";

  /** The password tests choose to replace the one-time password with. */
  public static final String PASSWORD = "Seven-Harbours-Know-The-Tide-2026";

  private Admin() {}

  /**
   * The one-time password the site was started with.
   *
   * @return the password
   */
  public static String oneTimePassword() {
    return System.getProperty("plenum.it.admin.password");
  }

  /**
   * Makes sure the administrator's one-time password was replaced.
   *
   * @param http a client for the site
   * @return the Authorization header value for the administrator
   */
  public static synchronized String authorization(Http http) {
    String header = Http.basic(USER, PASSWORD);
    if (http.get("/api/v1/modules", "Authorization", header).statusCode() == 200) {
      return header;
    }
    HttpResponse<String> changed =
        http.json(
            "POST",
            "/api/v1/account/password",
            "{\"current\":\"" + oneTimePassword() + "\",\"replacement\":\"" + PASSWORD + "\"}",
            "Authorization",
            Http.basic(USER, oneTimePassword()));
    if (changed.statusCode() != 204) {
      throw new IllegalStateException(
          "Cannot set the administrator's password: "
              + changed.statusCode()
              + " "
              + changed.body());
    }
    return header;
  }
}
