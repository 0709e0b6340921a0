package org.plenum.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.plenum.api.Caller;
import org.plenum.api.Denied;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.Permissions;

/**
 * Who may see and do what with a project. An approved project is public. A proposal is seen by its
 * initiator and by those who may approve it: the coordinators of its chapter and of the chapters
 * above (editors for a project of the whole federation). Leads, and those who may approve, change
 * the project, its team and its status.
 */
@ApplicationScoped
public class ProjectAccess {

  @Inject Permissions permissions;

  @Inject Members members;

  @Inject Team team;

  /**
   * The member a caller is.
   *
   * @param caller the caller, or {@code null}
   * @return the member, or empty for a visitor
   */
  public Optional<Member> member(Caller caller) {
    return caller == null ? Optional.empty() : members.byUsername(caller.username());
  }

  /**
   * The member a caller is, who must hold a permission site-wide.
   *
   * @param caller the caller, or {@code null}
   * @param permission the permission, such as {@link ProjectsModule#PROPOSE} to take part
   * @return the member
   * @throws Denied for a visitor, or a caller without the permission
   */
  public Member require(Caller caller, String permission) {
    permissions.require(caller, permission);
    return member(caller).orElseThrow(() -> new Denied(true, permission));
  }

  /**
   * @param caller the caller, or {@code null}
   * @return true when the caller may take part in projects: propose, join, offer, write
   */
  public boolean mayTakePart(Caller caller) {
    return caller != null && permissions.can(caller, ProjectsModule.PROPOSE);
  }

  /**
   * The member a caller is, signed in with a password they chose (for what needs no permission,
   * such as following a project).
   *
   * @param caller the caller, or {@code null}
   * @return the member
   * @throws Denied for a visitor, or an account that must first replace its one-time password
   */
  public Member signedIn(Caller caller) {
    if (caller != null && caller.mustChangePassword()) {
      throw new Denied(false, "projects.follow");
    }
    return member(caller).orElseThrow(() -> new Denied(true, "projects.follow"));
  }

  /**
   * @param p a project
   * @param caller the caller, or {@code null}
   * @return true when the caller may see it
   */
  public boolean canSee(Project p, Caller caller) {
    if (p.isPublic()) {
      return true;
    }
    return canApprove(p, caller)
        || member(caller).map(m -> m.id() == p.getInitiatorId()).orElse(false);
  }

  /**
   * @param p a project
   * @param caller the caller, or {@code null}
   * @return true when the caller may approve it or send it back
   */
  public boolean canApprove(Project p, Caller caller) {
    return caller != null && permissions.can(caller, ProjectsModule.OVERSEE, p.getChapterId());
  }

  /**
   * @param p a project
   * @param caller the caller, or {@code null}
   * @return true when the caller leads it, or may approve it
   */
  public boolean canLead(Project p, Caller caller) {
    if (canApprove(p, caller)) {
      return true;
    }
    return member(caller).map(m -> team.leads(p.getId(), m.id())).orElse(false);
  }

  /**
   * Demands to lead a project.
   *
   * @param p the project
   * @param caller the caller
   * @throws Denied when the caller may not
   */
  public void requireLead(Project p, Caller caller) {
    if (!canLead(p, caller)) {
      throw new Denied(caller == null, ProjectsModule.OVERSEE);
    }
  }
}
