package org.plenum.projects.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of a project's discussion, as the OpenAPI document describes them. */
final class DiscussionBodies {

  private DiscussionBodies() {}

  @Schema(name = "ProjectMessageNew", description = "A message written, or changed")
  record MessageNew(
      @Schema(
              required = true,
              maxLength = 10000,
              description = "Markdown; @profile-address names a member of the team",
              example = "Who has a van? @ana-lima?")
          String body,
      @Schema(description = "The message replied to; absent for a new thread", example = "12")
          Long parent,
      @Schema(description = "Quote the message replied to", example = "false") Boolean quote) {}

  @Schema(name = "ProjectMessage", description = "A message of a project's discussion")
  record MessageBody(
      @Schema(required = true, example = "13") long id,
      @Schema(required = true, description = "Its thread's first message", example = "12")
          long thread,
      @Schema(description = "The message it replies to", example = "12") Long parent,
      @Schema(description = "Who wrote it") ProjectBodies.Person author,
      @Schema(required = true, description = "Markdown", example = "I have one.") String body,
      @Schema(required = true, example = "<p>I have one.</p>") String bodyHtml,
      @Schema(required = true, description = "Hidden by the moderators", example = "false")
          boolean hidden,
      @Schema(required = true, description = "Its thread takes no reply", example = "false")
          boolean locked,
      @Schema(required = true, example = "2026-12-07T10:00:00Z") String createdAt,
      @Schema(example = "2026-12-07T10:05:00Z") String editedAt,
      @Schema(description = "Below its thread's first message (lists)", example = "1")
          Integer depth,
      @Schema(description = "Times reported (lists, for the moderators)", example = "0")
          Long reports) {}

  @Schema(name = "ProjectDiscussion", description = "A discussion's messages in reading order")
  record DiscussionList(
      @Schema(required = true, implementation = MessageBody.class) List<MessageBody> messages) {}

  @Schema(name = "ProjectModeration", description = "What a moderator changes on a message")
  record Moderation(
      @Schema(description = "Hide or show it", example = "true") Boolean hidden,
      @Schema(description = "Lock or open its thread (a thread's first message)", example = "true")
          Boolean locked) {}

  @Schema(name = "ProjectReportNew", description = "A report to the moderators")
  record ReportNew(
      @Schema(maxLength = 500, description = "Why", example = "Personal attack.") String reason) {}
}
