package org.plenum.core.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of the caller's account API, as the OpenAPI document describes them. */
final class AccountBodies {

  private AccountBodies() {}

  @Schema(name = "Account", description = "The caller")
  record Me(
      @Schema(required = true, description = "The log-in name", example = "ada") String username,
      @Schema(required = true, description = "Roles held, sorted", implementation = String.class)
          List<String> roles,
      @Schema(
              required = true,
              description = "True while a one-time password must be replaced",
              example = "false")
          boolean mustChangePassword,
      @Schema(
              description = "The profile address; absent for a caller without an account",
              example = "ada-lovelace")
          String member,
      @Schema(description = "Absent for a caller without an account", example = "Ada Lovelace")
          String displayName,
      @Schema(
              description = "Address of the avatar; absent when none",
              example = "/media/avatars/3f2a9c.webp")
          String avatar,
      @Schema(
              description =
                  "Only for a caller signed in by the session cookie: the token its writes must"
                      + " carry in X-CSRF-Token",
              example = "Jt0cW2bX5m1nq8yH4k")
          String csrfToken) {}

  @Schema(name = "AccountToken", description = "A personal API token, without its secret")
  record Token(
      @Schema(required = true, example = "7") long id,
      @Schema(required = true, example = "my laptop") String name,
      @Schema(required = true, description = "The token's first characters", example = "plm_Xk3aQ9")
          String prefix,
      @Schema(required = true, description = "UTC", example = "2026-12-01T10:15:30")
          String createdAt,
      @Schema(description = "UTC; absent when never used", example = "2026-12-02T08:00:12")
          String lastUsedAt) {}

  @Schema(name = "AccountTokenNew", description = "A token to make")
  record TokenNew(@Schema(required = true, maxLength = 100, example = "my laptop") String name) {}

  @Schema(name = "AccountTokenMade", description = "A token made; shown in this answer only")
  record TokenMade(
      @Schema(required = true, example = "my laptop") String name,
      @Schema(
              required = true,
              description = "Send it as a bearer token",
              example = "plm_Xk3aQ9rT2vLw8ZpN5bYc1dEfGhJkMnPqRsTuVwXyZ0a")
          String token) {}

  @Schema(name = "AccountSession", description = "A browser session of the caller")
  record Session(
      @Schema(required = true, example = "41") long id,
      @Schema(required = true, description = "UTC", example = "2026-12-01T10:15:30")
          String createdAt,
      @Schema(required = true, description = "UTC, to the minute", example = "2026-12-02T08:00")
          String lastUsedAt,
      @Schema(required = true, description = "True for the session asking", example = "true")
          boolean current,
      @Schema(
              description = "The browser's User-Agent; absent when unknown",
              example = "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0")
          String device,
      @Schema(
              description = "Where it was last used from; absent when unknown",
              example = "192.0.2.7")
          String address) {}

  @Schema(name = "AccountSessionsEnded", description = "How many sessions were ended")
  record SessionsEnded(@Schema(required = true, example = "2") int ended) {}

  @Schema(name = "AccountPasswordChange", description = "The caller's current and new password")
  record PasswordChange(
      @Schema(required = true, example = "old-correct-horse") String current,
      @Schema(
              required = true,
              minLength = 12,
              maxLength = 128,
              example = "correct-horse-battery-staple")
          String replacement) {}
}
