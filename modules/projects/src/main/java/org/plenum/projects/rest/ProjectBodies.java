package org.plenum.projects.rest;

import jakarta.json.JsonObject;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenum.api.rest.Bodies;
import org.plenum.projects.ProjectDraft;

/**
 * The JSON bodies of the projects API, as the OpenAPI document describes them; and a project as a
 * client wrote it, read. A malformed value is a 400 naming its field.
 */
final class ProjectBodies {

  private ProjectBodies() {}

  /**
   * A project as a client wrote it.
   *
   * @param o {@code {title, slug?, summary, description?, language, chapter?, startsOn?}}
   * @return the draft, to check
   */
  static ProjectDraft draft(JsonObject o) {
    return new ProjectDraft(
        Bodies.text(o, "title"),
        Bodies.text(o, "slug"),
        Bodies.text(o, "summary"),
        Bodies.text(o, "description"),
        Bodies.text(o, "language"),
        Bodies.text(o, "chapter"),
        Bodies.day(o, "startsOn"),
        Bodies.texts(o, "tags"));
  }

  @Schema(name = "ProjectNew", description = "A project proposed")
  record New(
      @Schema(required = true, maxLength = 200, example = "Bookfair 2027") String title,
      @Schema(description = "Made from the title when absent", example = "bookfair-2027")
          String slug,
      @Schema(
              required = true,
              maxLength = 300,
              example = "A bookfair in London next spring: we need stalls, a hall and a van.")
          String summary,
      @Schema(maxLength = 20000, description = "Markdown", example = "**Who**: all of us.")
          String description,
      @Schema(required = true, example = "en") String language,
      @Schema(
              description = "Its chapter's slug; absent for a project of the whole federation",
              example = "iops-london")
          String chapter,
      @Schema(description = "The day it starts", example = "2027-04-17") String startsOn,
      @Schema(description = "Up to 10 tags of up to 50 characters", implementation = String.class)
          List<String> tags) {}

  @Schema(
      name = "ProjectChange",
      description = "A project's fields, all of them, and the version read")
  record Change(
      @Schema(required = true, maxLength = 200, example = "Bookfair 2027") String title,
      @Schema(required = true, example = "bookfair-2027") String slug,
      @Schema(required = true, maxLength = 300, example = "A bookfair in London.") String summary,
      @Schema(maxLength = 20000, description = "Markdown", example = "**Who**: all of us.")
          String description,
      @Schema(required = true, example = "en") String language,
      @Schema(example = "iops-london") String chapter,
      @Schema(example = "2027-04-17") String startsOn,
      @Schema(
              description = "Up to 10 tags of up to 50 characters; unchanged when left out",
              implementation = String.class)
          List<String> tags,
      @Schema(required = true, example = "3") long version) {}

  @Schema(name = "ProjectStep", description = "A step in a project's life")
  record Step(
      @Schema(
              required = true,
              enumeration = {"proposed", "returned", "active", "paused", "done", "dropped"},
              example = "active",
              description =
                  "active approves a proposal, returned sends it back (with a reason), proposed"
                      + " proposes it again; paused, active, done and dropped for the leads")
          String status,
      @Schema(
              maxLength = 1000,
              description = "Why; needed to send a proposal back",
              example = "Find a hall first.")
          String reason) {}

  @Schema(name = "ProjectSummary", description = "A project as lists show it")
  record Summary(
      @Schema(required = true, example = "bookfair-2027") String slug,
      @Schema(required = true, example = "Bookfair 2027") String title,
      @Schema(required = true, example = "A bookfair in London.") String summary,
      @Schema(
              required = true,
              enumeration = {"proposed", "returned", "active", "paused", "done", "dropped"},
              example = "active")
          String status,
      @Schema(required = true, example = "en") String language,
      @Schema(required = true, implementation = String.class) List<String> tags,
      @Schema(description = "Its cover picture", example = "/media/project-covers/3f2a9c.jpg")
          String cover,
      @Schema(
              description = "Its chapter's slug; absent for the whole federation",
              example = "iops-london")
          String chapter,
      @Schema(example = "2027-04-17") String startsOn,
      @Schema(required = true, example = "2026-12-07T10:00:00Z") String statusSince,
      @Schema(required = true, example = "2026-12-07T10:00:00Z") String updatedAt,
      @Schema(required = true, example = "1") long version,
      @Schema(required = true, example = "https://plenum.example.org/en/projects/bookfair-2027")
          String url) {}

  @Schema(name = "ProjectList", description = "Projects, the most recently changed first")
  record ProjectList(
      @Schema(required = true, implementation = Summary.class) List<Summary> projects,
      @Schema(required = true, description = "How many the list holds", example = "12")
          long total) {}

  @Schema(name = "ProjectPlace", description = "A member's place in a project's team")
  record Place(
      @Schema(required = true, description = "The member's profile slug", example = "ana-lima")
          String member,
      @Schema(required = true, example = "Ana Lima") String name,
      @Schema(
              required = true,
              enumeration = {"lead", "member"},
              example = "lead")
          String role,
      @Schema(
              required = true,
              enumeration = {"active", "asked", "invited"},
              example = "active",
              description = "in the team, asked to join, or invited")
          String state,
      @Schema(required = true, example = "2026-12-07T10:00:00Z") String since) {}

  @Schema(name = "ProjectTeam", description = "A project's team, leads first")
  record TeamList(@Schema(required = true, implementation = Place.class) List<Place> team) {}

  @Schema(name = "ProjectPerson", description = "A member named on a project")
  record Person(
      @Schema(required = true, example = "ana-lima") String member,
      @Schema(required = true, example = "Ana Lima") String name) {}

  @Schema(name = "Project", description = "A project in full, with its team")
  record Full(
      @Schema(required = true, example = "bookfair-2027") String slug,
      @Schema(required = true, example = "Bookfair 2027") String title,
      @Schema(required = true, example = "A bookfair in London.") String summary,
      @Schema(
              required = true,
              enumeration = {"proposed", "returned", "active", "paused", "done", "dropped"},
              example = "active")
          String status,
      @Schema(required = true, example = "en") String language,
      @Schema(required = true, implementation = String.class) List<String> tags,
      @Schema(description = "Its cover picture", example = "/media/project-covers/3f2a9c.jpg")
          String cover,
      @Schema(
              description = "Its chapter's slug; absent for the whole federation",
              example = "iops-london")
          String chapter,
      @Schema(example = "2027-04-17") String startsOn,
      @Schema(required = true, example = "2026-12-07T10:00:00Z") String statusSince,
      @Schema(required = true, example = "2026-12-07T10:00:00Z") String updatedAt,
      @Schema(required = true, example = "3") long version,
      @Schema(required = true, example = "https://plenum.example.org/en/projects/bookfair-2027")
          String url,
      @Schema(description = "Markdown", example = "**Who**: all of us.") String description,
      @Schema(
              description = "The description as sanitised HTML",
              example = "<p><strong>Who</strong>: all of us.</p>")
          String descriptionHtml,
      @Schema(description = "Why it was sent back or dropped", example = "Find a hall first.")
          String statusReason,
      Person initiator,
      @Schema(required = true, implementation = Place.class) List<Place> team,
      @Schema(
              required = true,
              description = "The caller leads it, or may approve it",
              example = "false")
          boolean mayLead,
      @Schema(
              required = true,
              description = "The caller may approve it or send it back",
              example = "false")
          boolean mayApprove) {}

  @Schema(name = "ProjectTeamChange", description = "A member's new role in the team")
  record RoleChange(
      @Schema(
              required = true,
              enumeration = {"lead", "member"},
              example = "lead")
          String role) {}

  @Schema(
      name = "ProjectTeamRequest",
      description = "Without member: the caller asks to join; with it, a lead invites that member")
  record TeamRequest(
      @Schema(description = "The profile slug of the member invited", example = "ana-lima")
          String member) {}
}
