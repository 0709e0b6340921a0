package org.plenum.core.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of the members API, as the OpenAPI document describes them. */
final class MemberBodies {

  private MemberBodies() {}

  @Schema(name = "Member", description = "An account with its standing and roles")
  record Member(
      @Schema(required = true, description = "The log-in name", example = "ada") String username,
      @Schema(required = true, description = "The profile address", example = "ada-lovelace")
          String member,
      @Schema(required = true, example = "Ada Lovelace") String displayName,
      @Schema(
              required = true,
              enumeration = {"member", "supporter"},
              example = "member")
          String status,
      @Schema(required = true, example = "false") boolean suspended,
      @Schema(required = true, implementation = Role.class) List<Role> roles) {}

  @Schema(name = "MemberRole", description = "A role held, site-wide or within a chapter")
  record Role(
      @Schema(required = true, example = "coordinator") String role,
      @Schema(description = "The chapter's slug; absent for a site-wide role", example = "lyon")
          String chapter) {}

  @Schema(name = "MemberNew", description = "An account to create")
  record New(
      @Schema(
              required = true,
              maxLength = 64,
              description =
                  "3 to 64 lower-case letters, digits, dots, dashes and underscores, beginning"
                      + " with a letter or digit",
              example = "ada")
          String username,
      @Schema(required = true, maxLength = 120, example = "Ada Lovelace") String displayName,
      @Schema(
              required = true,
              minLength = 12,
              maxLength = 128,
              description = "12 to 128 characters, hard to guess, not built on the names",
              example = "correct-horse-battery-staple")
          String password,
      @Schema(
              description = "member when left out",
              enumeration = {"member", "supporter"},
              example = "member")
          String status,
      @Schema(description = "The slug of the chapter to join", example = "lyon") String chapter,
      @Schema(description = "Counts as verified", example = "ada@example.org") String email) {}

  @Schema(name = "Imported", description = "Members made by an import")
  record Imported(@Schema(required = true, example = "250") int imported) {}

  @Schema(name = "MemberGrant", description = "A role to grant")
  record Grant(
      @Schema(
              required = true,
              enumeration = {
                "administrator",
                "editor",
                "translator",
                "coordinator",
                "member",
                "supporter"
              },
              example = "coordinator")
          String role,
      @Schema(description = "A chapter's slug; site-wide when left out", example = "lyon")
          String chapter) {}

  @Schema(name = "MemberSuspension", description = "Whether an account is suspended")
  record Suspension(@Schema(required = true, example = "true") boolean suspended) {}

  @Schema(name = "MemberStatusChange", description = "An account's new status")
  record StatusChange(
      @Schema(
              required = true,
              enumeration = {"member", "supporter"},
              example = "supporter")
          String status) {}
}
