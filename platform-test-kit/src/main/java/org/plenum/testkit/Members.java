package org.plenum.testkit;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * Members made for a test through the REST API by the first administrator, each with a user name of
 * its own and the test password ({@link Admin#PASSWORD}):
 *
 * <pre>{@code
 * Members.Member voter = Members.via(http).in("iops-london").status("member").create();
 * http.get("/api/v1/me", "Authorization", voter.authorization());
 * }</pre>
 */
public final class Members {

  /**
   * A member made for a test.
   *
   * @param username the log-in name
   * @param authorization an HTTP Basic {@code Authorization} value for the member
   * @param email the address given, or {@code null}
   * @param slug the member's address on the site ({@code members/<slug>})
   */
  public record Member(String username, String authorization, String email, String slug) {}

  private final Http http;
  private String prefix = "m.";
  private String chapter = "iops-london";
  private String status;
  private String displayName;
  private String title = "Member";
  private boolean email;
  private String role;
  private String roleChapter;

  private Members(Http http) {
    this.http = http;
  }

  /**
   * Starts a member to make on a site.
   *
   * @param http the site
   * @return a builder
   */
  public static Members via(Http http) {
    return new Members(http);
  }

  /**
   * @param prefix the user name's beginning, such as {@code e.} (a random part follows)
   * @return this
   */
  public Members prefix(String prefix) {
    this.prefix = prefix;
    return this;
  }

  /**
   * @param chapter the slug of the chapter the member joins ({@code iops-london} unless told)
   * @return this
   */
  public Members in(String chapter) {
    this.chapter = chapter;
    return this;
  }

  /**
   * @param status {@code member} (who votes) or {@code supporter}; the site's default unless told
   * @return this
   */
  public Members status(String status) {
    this.status = status;
    return this;
  }

  /**
   * @param displayName the name shown ({@code Member <user name>} unless told, see {@link #titled})
   * @return this
   */
  public Members named(String displayName) {
    this.displayName = displayName;
    return this;
  }

  /**
   * @param title the word the name shown begins with, before the user name ({@code Member} unless
   *     told): {@code Voter} gives {@code Voter v.1a2b3c4d}
   * @return this
   */
  public Members titled(String title) {
    this.title = title;
    return this;
  }

  /**
   * Grants the member a role across the site once made.
   *
   * @param role such as {@code editor} or {@code admin}
   * @return this
   */
  public Members role(String role) {
    return role(role, null);
  }

  /**
   * Grants the member a role once made.
   *
   * @param role such as {@code coordinator}
   * @param chapter the slug of the chapter it holds in, or {@code null} for the whole site
   * @return this
   */
  public Members role(String role, String chapter) {
    this.role = role;
    this.roleChapter = chapter;
    return this;
  }

  /**
   * Gives the member an e-mail address, {@code <user name>@example.org}.
   *
   * @return this
   */
  public Members withEmail() {
    this.email = true;
    return this;
  }

  /**
   * Makes the member.
   *
   * @return the member
   * @throws IllegalStateException when the site refuses
   */
  public Member create() {
    String username = prefix + UUID.randomUUID().toString().substring(0, 8);
    String address = email ? username + "@example.org" : null;
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("displayName", displayName == null ? title + " " + username : displayName)
            .add("password", Admin.PASSWORD)
            .add("chapter", chapter);
    if (status != null) {
      body.add("status", status);
    }
    if (address != null) {
      body.add("email", address);
    }
    HttpResponse<String> r =
        http.json(
            "POST",
            "/api/v1/members",
            body.build().toString(),
            "Authorization",
            Admin.authorization(http));
    if (r.statusCode() != 201) {
      throw new IllegalStateException("the site refused the member: " + r + " " + r.body());
    }
    if (role != null) {
      JsonObjectBuilder grant = Json.createObjectBuilder().add("role", role);
      if (roleChapter != null) {
        grant.add("chapter", roleChapter);
      }
      HttpResponse<String> g =
          http.json(
              "POST",
              "/api/v1/members/" + username + "/grants",
              grant.build().toString(),
              "Authorization",
              Admin.authorization(http));
      if (g.statusCode() != 200) {
        throw new IllegalStateException("the site refused the role: " + g + " " + g.body());
      }
    }
    return new Member(
        username,
        Http.basic(username, Admin.PASSWORD),
        address,
        Http.parse(r.body()).asJsonObject().getString("member"));
  }
}
