package org.plenum.projects;

import java.util.List;
import org.plenum.api.PlenumApi;
import org.plenum.spi.Module;
import org.plenum.spi.ModuleDescriptor;
import org.plenum.spi.Permission;
import org.plenum.spi.Roles;
import org.plenum.spi.Route;

/**
 * Projects: members' initiatives with a team. All projects at {@code /<lang>/projects}, a project
 * at {@code …/projects/<project>}, a proposal at {@code …/projects/new}; a project of a chapter is
 * approved by that chapter's coordinators, a project of the whole federation by editors.
 */
public class ProjectsModule implements Module {

  /** The module id. */
  public static final String ID = "projects";

  /** Permission to propose a project: members. */
  public static final String PROPOSE = "projects.project.propose";

  /**
   * Permission to oversee projects: approve or send back proposals and act as a lead of any
   * project; coordinators within their chapters, editors anywhere (and alone for projects of the
   * whole federation).
   */
  public static final String OVERSEE = "projects.project.oversee";

  @Override
  public ModuleDescriptor descriptor() {
    return ModuleDescriptor.of(ID, "0.1.0").api(PlenumApi.VERSION).build();
  }

  @Override
  public List<String> entityClassNames() {
    return List.of(
        "org.plenum.projects.Project",
        "org.plenum.projects.TeamMember",
        "org.plenum.projects.Milestone",
        "org.plenum.projects.Task",
        "org.plenum.projects.Need",
        "org.plenum.projects.Offer",
        "org.plenum.projects.ProjectUpdate",
        "org.plenum.projects.Follower",
        "org.plenum.projects.Message",
        "org.plenum.projects.Report",
        "org.plenum.projects.ProjectTranslation");
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.open("projects", "/projects/list.xhtml"),
        new Route(
            "projects/new", "/projects/edit.xhtml", Route.Access.permission(PROPOSE), 50, true),
        new Route("projects/mine", "/projects/mine.xhtml", Route.Access.member(), 50, false),
        // leads and overseers only: the page checks
        new Route(
            "projects/{project}/edit", "/projects/edit.xhtml", Route.Access.member(), 50, true),
        new Route(
            "projects/{project}/plan", "/projects/plan.xhtml", Route.Access.member(), 50, true),
        new Route(
            "projects/{project}/translate",
            "/projects/translate.xhtml",
            Route.Access.member(),
            50,
            true),
        // the link in every mail to a follower: no log-in, the key says whose mail stops
        Route.openForm("projects/{project}/unfollow", "/projects/unfollow.xhtml"),
        Route.open("projects/{project}", "/projects/project.xhtml"));
  }

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.of(PROPOSE, Roles.MEMBER, Roles.COORDINATOR, Roles.EDITOR, Roles.ADMINISTRATOR),
        Permission.of(OVERSEE, Roles.COORDINATOR, Roles.EDITOR, Roles.ADMINISTRATOR));
  }

  @Override
  public String stylesheet() {
    return "/projects/projects.css";
  }

  @Override
  public String messageBundle() {
    return "org.plenum.projects.messages";
  }
}
