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
import org.plenum.api.CurrentReader;
import org.plenum.api.Denied;
import org.plenum.api.FormMessages;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.PageGuards;
import org.plenum.api.Rejected;
import org.plenum.api.Texts;
import org.plenum.api.rest.ProblemException;
import org.plenum.projects.Follower;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectAccess;
import org.plenum.projects.ProjectQueries;
import org.plenum.projects.ProjectUpdate;
import org.plenum.projects.Team;
import org.plenum.projects.TeamMember;
import org.plenum.projects.Updates;

/**
 * A project's news on its page: the latest updates with their authors; the team posts one; members
 * follow the project and choose their mail — updates, updates and the discussion, or none.
 */
@Named("updatesView")
@RequestScoped
public class UpdatesView {

  /** The updates a project's page shows. */
  static final int SHOWN = 10;

  /** An update with its author's name. */
  public static final class Item {
    private final ProjectUpdate update;
    private final String author;

    Item(ProjectUpdate update, String author) {
      this.update = update;
      this.author = author;
    }

    /**
     * @return the update
     */
    public ProjectUpdate getUpdate() {
      return update;
    }

    /**
     * @return its author's name, or {@code null} when they left
     */
    public String getAuthor() {
      return author;
    }
  }

  @Inject ProjectQueries projects;

  @Inject ProjectAccess access;

  @Inject Updates updates;

  @Inject Team team;

  @Inject Members members;

  @Inject CurrentReader current;

  @Inject Texts msg;

  private Project project;
  private final List<Item> items = new ArrayList<>();
  private Member reader;
  private boolean inTeam;
  private String mail = "none";
  private String title;
  private String body;

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
    List<ProjectUpdate> latest = updates.of(project.getId(), SHOWN);
    Map<Long, Member> authors =
        members.byIds(latest.stream().map(ProjectUpdate::getAuthorId).distinct().toList());
    for (ProjectUpdate u : latest) {
      Member a = authors.get(u.getAuthorId());
      items.add(new Item(u, a == null ? null : a.displayName()));
    }
    reader = access.member(current.getCaller()).orElse(null);
    if (reader != null) {
      inTeam =
          team.place(project.getId(), reader.id())
              .filter(t -> t.getState() == TeamMember.State.ACTIVE)
              .isPresent();
      Optional<Follower> f = updates.following(project.getId(), reader.id());
      mail = f.map(x -> x.isDiscussion() ? "all" : "updates").orElse("none");
    }
  }

  /**
   * @return the latest updates, the newest first
   */
  public List<Item> getItems() {
    return items;
  }

  /**
   * @return true when the reader may post an update
   */
  public boolean isMayPost() {
    return reader != null
        && project.isPublic()
        && (inTeam || access.canLead(project, current.getCaller()));
  }

  /**
   * @return true when the reader may follow the project
   */
  public boolean isMayFollow() {
    return reader != null && project.isPublic();
  }

  /**
   * Posts the update written.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String post() throws IOException {
    if (project == null) {
      PageGuards.notFound();
      return null;
    }
    try {
      updates.post(project.getId(), title, body, current.getCaller());
      PageGuards.redirect(current.link("projects/" + project.getSlug()) + "?done=posted");
    } catch (Rejected e) {
      FormMessages.show(e, msg, FormMessages.fields("update", "title", "body"));
    } catch (Denied e) {
      FormMessages.error(null, msg.text("projects.error.denied"));
    } catch (ProblemException e) {
      FormMessages.error(null, msg.format(e.key(), e.args()));
    }
    return null;
  }

  /**
   * Saves the reader's choice of mail: following the project or not.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String follow() throws IOException {
    if (project == null) {
      PageGuards.notFound();
      return null;
    }
    try {
      updates.follow(
          project.getId(), !"none".equals(mail), "all".equals(mail), current.getCaller());
      PageGuards.redirect(current.link("projects/" + project.getSlug()) + "?done=following");
    } catch (Denied e) {
      FormMessages.error(null, msg.text("projects.error.denied"));
    } catch (ProblemException e) {
      FormMessages.error(null, msg.format(e.key(), e.args()));
    }
    return null;
  }

  /**
   * @return the reader's mail: {@code updates}, {@code all} or {@code none}
   */
  public String getMail() {
    return mail;
  }

  /**
   * @param mail {@code updates}, {@code all} or {@code none}
   */
  public void setMail(String mail) {
    this.mail = List.of("updates", "all", "none").contains(mail) ? mail : "none";
  }

  /**
   * @return the choices of mail
   */
  public List<String> getMails() {
    return List.of("updates", "all", "none");
  }

  /**
   * @return the new update's title
   */
  public String getTitle() {
    return title;
  }

  /**
   * @param title the new update's title
   */
  public void setTitle(String title) {
    this.title = title;
  }

  /**
   * @return the new update's text
   */
  public String getBody() {
    return body;
  }

  /**
   * @param body the new update's text
   */
  public void setBody(String body) {
    this.body = body;
  }
}
