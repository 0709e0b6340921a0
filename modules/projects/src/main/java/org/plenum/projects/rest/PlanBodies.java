package org.plenum.projects.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of a project's plan, as the OpenAPI document describes them. */
final class PlanBodies {

  private PlanBodies() {}

  @Schema(name = "ProjectProgress", description = "How far a plan is")
  record Progress(
      @Schema(
              required = true,
              description = "Tasks done (milestones, without tasks)",
              example = "3")
          int done,
      @Schema(required = true, example = "6") int total,
      @Schema(required = true, example = "50") int percent) {}

  @Schema(name = "ProjectMilestoneNew", description = "A milestone planned")
  record MilestoneNew(
      @Schema(required = true, maxLength = 200, example = "A hall booked") String title,
      @Schema(
              required = true,
              description = "Not before the project starts",
              example = "2027-02-01")
          String dueOn,
      @Schema(description = "Reached (when changing it)", example = "false") Boolean done) {}

  @Schema(name = "ProjectMilestone", description = "A milestone of a plan")
  record Milestone(
      @Schema(required = true, example = "12") long id,
      @Schema(required = true, example = "A hall booked") String title,
      @Schema(required = true, example = "2027-02-01") String dueOn,
      @Schema(required = true, example = "false") boolean done,
      @Schema(required = true, description = "Open, and its day has passed", example = "false")
          boolean overdue) {}

  @Schema(name = "ProjectTaskNew", description = "A task planned")
  record TaskNew(
      @Schema(required = true, maxLength = 200, example = "Ask the library for its hall")
          String title,
      @Schema(description = "Its milestone's id", example = "12") Long milestone,
      @Schema(description = "The profile slug of its owner, in the team", example = "ana-lima")
          String owner,
      @Schema(description = "Not before the project starts", example = "2027-01-15")
          String dueOn) {}

  @Schema(name = "ProjectTaskDone", description = "A task marked done or open")
  record TaskDone(@Schema(required = true, example = "true") boolean done) {}

  @Schema(name = "ProjectTask", description = "A task of a plan")
  record Task(
      @Schema(required = true, example = "31") long id,
      @Schema(required = true, example = "Ask the library for its hall") String title,
      @Schema(description = "Its milestone's id", example = "12") Long milestone,
      @Schema(description = "Its owner") ProjectBodies.Person owner,
      @Schema(example = "2027-01-15") String dueOn,
      @Schema(required = true, example = "false") boolean done,
      @Schema(required = true, description = "Open, and its day has passed", example = "false")
          boolean overdue) {}

  @Schema(name = "ProjectPlan", description = "A project's plan: milestones, tasks, progress")
  record PlanBody(
      @Schema(required = true) Progress progress,
      @Schema(required = true, implementation = Milestone.class) List<Milestone> milestones,
      @Schema(required = true, implementation = Task.class) List<Task> tasks) {}

  @Schema(name = "ProjectNeedNew", description = "What a project needs people for")
  record NeedNew(
      @Schema(required = true, maxLength = 200, example = "Someone with a van in London")
          String title,
      @Schema(maxLength = 1000, example = "For the morning of the fair, to bring the books.")
          String details,
      @Schema(description = "How many people; 1 when absent", example = "1") Integer places,
      @Schema(description = "Whether offers are welcome (when changing it)", example = "true")
          Boolean open) {}

  @Schema(name = "ProjectOfferNew", description = "An offer to fill a need")
  record OfferNew(
      @Schema(maxLength = 500, description = "A word for the leads", example = "I have a van.")
          String message) {}

  @Schema(name = "ProjectOffer", description = "A member's offer to fill a need")
  record OfferBody(
      @Schema(required = true, example = "ana-lima") String member,
      @Schema(required = true, example = "Ana Lima") String name,
      @Schema(example = "I have a van.") String message,
      @Schema(
              required = true,
              enumeration = {"offered", "accepted"},
              example = "offered")
          String state) {}

  @Schema(name = "ProjectNeed", description = "What a project needs people for")
  record NeedBody(
      @Schema(required = true, example = "7") long id,
      @Schema(required = true, example = "Someone with a van in London") String title,
      @Schema(example = "For the morning of the fair.") String details,
      @Schema(required = true, example = "1") int places,
      @Schema(required = true, description = "Offers accepted", example = "0") int filled,
      @Schema(required = true, example = "true") boolean open,
      @Schema(
              description = "The offers: all of them for the leads, one's own for a member",
              implementation = OfferBody.class)
          List<OfferBody> offers) {}

  @Schema(name = "ProjectNeedList", description = "What a project needs, the open needs first")
  record NeedList(@Schema(required = true, implementation = NeedBody.class) List<NeedBody> needs) {}

  @Schema(name = "ProjectUpdateNew", description = "An update posted")
  record UpdateNew(
      @Schema(required = true, maxLength = 200, example = "We have a hall") String title,
      @Schema(
              required = true,
              maxLength = 20000,
              description = "Markdown",
              example = "The library lends us its **hall**.")
          String body) {}

  @Schema(name = "ProjectUpdate", description = "An update of a project")
  record UpdateBody(
      @Schema(required = true, example = "4") long id,
      @Schema(required = true, example = "We have a hall") String title,
      @Schema(
              required = true,
              description = "Markdown",
              example = "The library lends us its **hall**.")
          String body,
      @Schema(
              required = true,
              description = "The text as sanitised HTML",
              example = "<p>The library lends us its <strong>hall</strong>.</p>")
          String bodyHtml,
      @Schema(required = true, example = "2026-12-07T10:00:00Z") String publishedAt,
      @Schema(description = "Who posted it") ProjectBodies.Person author) {}

  @Schema(name = "ProjectUpdateList", description = "A project's updates, newest first")
  record UpdateList(
      @Schema(required = true, implementation = UpdateBody.class) List<UpdateBody> updates) {}

  @Schema(name = "ProjectFollowing", description = "The mail a member gets about a project")
  record FollowingBody(
      @Schema(required = true, description = "Its updates", example = "true") boolean updates,
      @Schema(required = true, description = "Its discussion's new threads", example = "false")
          boolean discussion) {}
}
