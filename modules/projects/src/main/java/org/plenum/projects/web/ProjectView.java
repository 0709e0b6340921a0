package org.plenum.projects.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.Denied;
import org.plenum.api.FormMessages;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.PageGuards;
import org.plenum.api.Rejected;
import org.plenum.api.Texts;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectAccess;
import org.plenum.projects.ProjectNotFound;
import org.plenum.projects.ProjectQueries;
import org.plenum.projects.ProjectStatus;
import org.plenum.projects.ProjectWriter;
import org.plenum.projects.ProjectsModule;
import org.plenum.projects.Team;
import org.plenum.projects.TeamMember;
import org.plenum.spi.ContentChanged;

/**
 * A project's page: what it is, where it stands, its chapter and its team. Visitors read it from
 * the page cache; members ask to join or leave; its leads accept and remove members and move it a
 * step; those who may approve a proposal approve it or send it back with a reason.
 */
@Named("projectView")
@RequestScoped
public class ProjectView {

  @Inject ProjectQueries projects;

  @Inject ProjectWriter writer;

  @Inject ProjectAccess access;

  @Inject Team team;

  @Inject Members members;

  @Inject Chapters chapters;

  @Inject CurrentReader current;

  @Inject Texts msg;

  private Project project;
  private Chapter chapter;
  private Member initiator;
  private List<TeamPlace> places;
  private Member reader;
  private TeamMember mine;
  private String reason;

  @PostConstruct
  void prepare() {
    project =
        projects
            .bySlug(current.param("project"))
            .filter(p -> access.canSee(p, current.getCaller()))
            .orElse(null);
    if (project == null) {
      return;
    }
    if (project.getChapterId() != null) {
      chapter = chapters.byId(project.getChapterId()).orElse(null);
    }
    List<TeamMember> all = team.of(project.getId());
    Map<Long, Member> people =
        members.byIds(
            Stream.concat(
                    all.stream().map(TeamMember::getAccountId), Stream.of(project.getInitiatorId()))
                .toList());
    initiator = people.get(project.getInitiatorId());
    places = new ArrayList<>();
    for (TeamMember t : all) {
      Member m = people.get(t.getAccountId());
      if (m != null) {
        places.add(new TeamPlace(m, t));
      }
    }
    reader = access.member(current.getCaller()).orElse(null);
    if (reader != null) {
      mine = all.stream().filter(t -> t.getAccountId() == reader.id()).findFirst().orElse(null);
      current.keepState();
    } else if (project.isPublic()) {
      current.cache(ProjectWriter.TAG, ContentChanged.PEOPLE, Chapters.TAG);
    }
  }

  /** Answers 404 for a project unknown, or a proposal the reader may not see. */
  public void load() {
    if (project == null) {
      PageGuards.notFound();
    }
  }

  /**
   * @return the project
   */
  public Project getProject() {
    return project;
  }

  /**
   * @return its chapter, or {@code null} for the whole federation
   */
  public Chapter getChapter() {
    return chapter;
  }

  /**
   * @return who proposed it
   */
  public Member getInitiator() {
    return initiator;
  }

  /**
   * @return the team in the team: leads first
   */
  public List<TeamPlace> getTeam() {
    return places.stream().filter(p -> !p.isAsked() && !p.isInvited()).toList();
  }

  /**
   * @return those who asked to join, for the leads
   */
  public List<TeamPlace> getAsked() {
    return places.stream().filter(TeamPlace::isAsked).toList();
  }

  /**
   * @return true when the reader may ask to join
   */
  public boolean isMayJoin() {
    return reader != null
        && (mine == null || mine.getState() == TeamMember.State.INVITED)
        && (project.getStatus() == ProjectStatus.ACTIVE
            || project.getStatus() == ProjectStatus.PAUSED)
        && access.mayTakePart(current.getCaller());
  }

  /**
   * @return true while the reader asked to join and waits
   */
  public boolean isWaiting() {
    return mine != null && mine.getState() == TeamMember.State.ASKED;
  }

  /**
   * @return true when the reader is in the team
   */
  public boolean isInTeam() {
    return mine != null && mine.getState() == TeamMember.State.ACTIVE;
  }

  /**
   * @return true when the reader leads the project or may approve it
   */
  public boolean isMayLead() {
    return reader != null && access.canLead(project, current.getCaller());
  }

  /**
   * @return true when the project waits for the reader's decision
   */
  public boolean isMayDecide() {
    return project.getStatus() == ProjectStatus.PROPOSED
        && access.canApprove(project, current.getCaller());
  }

  /**
   * @return true when the reader may change its texts
   */
  public boolean isMayEdit() {
    return isMayLead()
        || !project.isPublic() && reader != null && reader.id() == project.getInitiatorId();
  }

  /**
   * @return the steps the leads may take from where the project stands: not the decisions on a
   *     proposal, which {@link #isMayDecide()} offers
   */
  public List<String> getSteps() {
    if (!isMayLead() || !project.isPublic()) {
      return List.of();
    }
    return project.getStatus().next().stream().map(ProjectStatus::key).sorted().toList();
  }

  /**
   * Asks to join the team, or accepts an invitation.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String join() throws IOException {
    return act(
        () ->
            team.ask(
                project.getId(), access.require(current.getCaller(), ProjectsModule.PROPOSE).id()),
        "asked");
  }

  /**
   * Leaves the team, or withdraws one's request.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String leave() throws IOException {
    return act(() -> team.remove(project.getId(), signedIn().id()), "left");
  }

  /**
   * A lead accepts one who asked to join.
   *
   * @param slug the member's profile address
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String accept(String slug) throws IOException {
    return act(
        () -> {
          requireLead();
          team.accept(project.getId(), other(slug).id());
        },
        "accepted");
  }

  /**
   * A lead takes a member out of the team, or declines their request.
   *
   * @param slug the member's profile address
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String remove(String slug) throws IOException {
    return act(
        () -> {
          requireLead();
          team.remove(project.getId(), other(slug).id());
        },
        "removed");
  }

  /**
   * Approves the proposal: the project is active and public.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String approve() throws IOException {
    return move(ProjectStatus.ACTIVE, "decision");
  }

  /**
   * Sends the proposal back to its initiator with the reason written.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String sendBack() throws IOException {
    return move(ProjectStatus.RETURNED, "decision");
  }

  /**
   * Moves the project a step.
   *
   * @param to the status's key
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String step(String to) throws IOException {
    Optional<ProjectStatus> status =
        Stream.of(ProjectStatus.values()).filter(s -> s.key().equals(to)).findFirst();
    if (status.isEmpty()) {
      FormMessages.error(null, msg.text("projects.error.step"));
      return null;
    }
    return move(status.get(), "steps");
  }

  private String move(ProjectStatus to, String form) throws IOException {
    return act(
        () -> writer.move(project.getId(), to, reason, current.getCaller()),
        "moved",
        FormMessages.fields(form, "reason"));
  }

  /** What an action that was done says once the page is shown again. */
  private static final List<String> DONE =
      List.of(
          "asked",
          "left",
          "accepted",
          "removed",
          "moved",
          "task",
          "reopened",
          "planned",
          "offered",
          "withdrawn",
          "declined",
          "posted",
          "following",
          "threaded",
          "replied",
          "edited",
          "moderated",
          "reported");

  /**
   * @return what the action just done says, or {@code null}
   */
  public String getDone() {
    String done = current.query("done");
    return done != null && DONE.contains(done) ? msg.text("projects.done." + done) : null;
  }

  private interface Action {
    void run();
  }

  private String act(Action action, String done) throws IOException {
    return act(action, done, field -> null);
  }

  private String act(Action action, String done, java.util.function.Function<String, String> fields)
      throws IOException {
    if (project == null) {
      PageGuards.notFound();
      return null;
    }
    try {
      action.run();
      PageGuards.redirect(current.link("projects/" + project.getSlug()) + "?done=" + done);
    } catch (Rejected e) {
      FormMessages.show(e, msg, fields);
    } catch (Denied e) {
      FormMessages.error(null, msg.text("projects.error.denied"));
    } catch (ProjectNotFound e) {
      PageGuards.notFound();
    }
    return null;
  }

  private Member signedIn() {
    if (reader == null) {
      throw new Denied(true, "projects.team");
    }
    return reader;
  }

  private void requireLead() {
    access.requireLead(project, current.getCaller());
  }

  private Member other(String slug) {
    return members
        .bySlug(slug == null ? "" : slug)
        .orElseThrow(
            () -> new Rejected(List.of(Rejected.problem(null, "projects.error.noMember")), false));
  }

  /**
   * @return the reason written for sending back or dropping
   */
  public String getReason() {
    return reason;
  }

  /**
   * @param reason the reason
   */
  public void setReason(String reason) {
    this.reason = reason;
  }
}
