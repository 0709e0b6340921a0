package org.plenum.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import org.plenum.api.Audit;
import org.plenum.api.Caller;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.Denied;
import org.plenum.api.Markdown;
import org.plenum.api.Member;
import org.plenum.api.Permissions;
import org.plenum.api.Rejected;
import org.plenum.api.Texts;
import org.plenum.spi.ContentChanged;
import org.plenum.spi.SearchChanged;

/**
 * Proposing, changing and moving projects along their steps, each checked whole — permission,
 * rules, the version the writer started from — before anything is written; a refusal leaves
 * everything as it was. Every change is in the audit log.
 */
@ApplicationScoped
public class ProjectWriter {

  /** The page-cache tag of everything projects show. */
  public static final String TAG = "projects";

  @PersistenceContext EntityManager em;

  @Inject ProjectQueries queries;

  @Inject ProjectAccess access;

  @Inject Team team;

  @Inject Permissions permissions;

  @Inject Chapters chapters;

  @Inject Texts texts;

  @Inject Markdown markdown;

  @Inject Audit audit;

  @Inject Event<ContentChanged> changed;

  @Inject Event<SearchChanged> searchChanged;

  @Inject ProjectTranslations translations;

  private ProjectRules rules() {
    return new ProjectRules(
        texts::offers, slug -> chapters.bySlug(slug).map(Chapter::getId).orElse(null));
  }

  /**
   * A member proposes a project; they are its first lead. It waits for approval.
   *
   * @param draft what they wrote
   * @param caller the member
   * @return the project, proposed
   * @throws Denied when the caller may not propose
   * @throws Rejected when a rule is broken or the address is taken
   */
  @Transactional
  public Project propose(ProjectDraft draft, Caller caller) {
    permissions.require(caller, ProjectsModule.PROPOSE);
    Member m = access.require(caller, ProjectsModule.PROPOSE);
    ProjectDraft.Checked c = rules().check(draft);
    free(c.slug());
    Project p = new Project(m.id());
    p.describe(c, html(c.description()));
    em.persist(p);
    flush(c.slug());
    team.founder(p.getId(), m.id());
    audit.recordChange("project.propose", p.getSlug(), null);
    announce(p);
    return p;
  }

  /**
   * A lead (or one who may approve it) changes a project's texts; its initiator changes a proposal
   * sent back, and proposes it again.
   *
   * @param id the project
   * @param version the version the writer started from
   * @param draft what they wrote
   * @param caller who writes
   * @return the project
   * @throws Denied when the caller may not change it
   * @throws Rejected when a rule is broken, the address is taken, or someone changed it meanwhile
   */
  @Transactional
  public Project update(long id, long version, ProjectDraft draft, Caller caller) {
    Project p = queries.locked(id);
    if (!access.canSee(p, caller)) {
      throw new ProjectNotFound();
    }
    access.requireLead(p, caller);
    if (p.getVersion() != version) {
      throw new Rejected(List.of(Rejected.problem("version", "projects.error.version")), true);
    }
    ProjectDraft.Checked c = rules().check(draft);
    if (!c.slug().equals(p.getSlug())) {
      free(c.slug());
    }
    if (c.chapterId() == null
        ? p.getChapterId() != null
        : !c.chapterId().equals(p.getChapterId())) {
      // moving a project to another chapter needs the right to approve it there too
      if (!permissions.can(caller, ProjectsModule.OVERSEE, c.chapterId()) && p.isPublic()) {
        throw new Denied(false, ProjectsModule.OVERSEE);
      }
    }
    p.describe(c, html(c.description()));
    if (p.getStatus() == ProjectStatus.RETURNED) {
      p.move(ProjectStatus.PROPOSED, null);
    }
    flush(c.slug());
    audit.recordChange("project.update", p.getSlug(), null);
    announce(p);
    return p;
  }

  /**
   * Moves a project a step: approving or sending back a proposal is for those who may approve it;
   * withdrawing it, for its initiator; pausing, resuming, finishing or dropping an approved one,
   * for its leads.
   *
   * @param id the project
   * @param to the status asked for
   * @param reason why (needed to send a proposal back), or {@code null}
   * @param caller who asks
   * @return the project
   * @throws Denied when the caller may not take this step
   * @throws Rejected when the step does not exist from where the project stands
   */
  @Transactional
  public Project move(long id, ProjectStatus to, String reason, Caller caller) {
    Project p = queries.locked(id);
    if (!access.canSee(p, caller)) {
      throw new ProjectNotFound();
    }
    ProjectStatus from = p.getStatus();
    boolean deciding = from == ProjectStatus.PROPOSED && to != ProjectStatus.DROPPED;
    boolean mine = access.member(caller).map(m -> m.id() == p.getInitiatorId()).orElse(false);
    if (deciding) {
      if (!access.canApprove(p, caller)) {
        throw new Denied(caller == null, ProjectsModule.OVERSEE);
      }
    } else if (!from.isPublic()) {
      if (!mine && !access.canApprove(p, caller)) {
        throw new Denied(caller == null, ProjectsModule.OVERSEE);
      }
    } else {
      access.requireLead(p, caller);
    }
    String why = ProjectRules.step(from, to, reason);
    p.move(to, why);
    em.flush();
    audit.recordChange("project.status." + to.key(), p.getSlug(), why);
    announce(p);
    return p;
  }

  /**
   * Deletes a project with its team: for those who may approve it, or its initiator while it is not
   * yet approved.
   *
   * @param id the project
   * @param caller who asks
   * @throws Denied when the caller may not
   */
  @Transactional
  public void delete(long id, Caller caller) {
    Project p = queries.locked(id);
    if (!access.canSee(p, caller)) {
      throw new ProjectNotFound();
    }
    boolean mine = access.member(caller).map(m -> m.id() == p.getInitiatorId()).orElse(false);
    if (!access.canApprove(p, caller) && !(mine && !p.isPublic())) {
      throw new Denied(caller == null, ProjectsModule.OVERSEE);
    }
    em.createQuery("delete from TeamMember t where t.projectId = :p")
        .setParameter("p", id)
        .executeUpdate();
    // its translations go with it: the search is told of them before they are gone
    List<String> translated = translations.languages(id);
    em.remove(p);
    audit.recordChange("project.delete", p.getSlug(), null);
    changed.fire(ContentChanged.of(TAG));
    searchChanged.fire(new SearchChanged(ProjectSearch.TYPE, String.valueOf(id)));
    translated.forEach(
        lang ->
            searchChanged.fire(new SearchChanged(ProjectSearch.TYPE, ProjectSearch.id(id, lang))));
  }

  /** Tells the page cache and the search that a project changed (or is gone). */
  private void announce(Project p) {
    changed.fire(ContentChanged.of(TAG));
    searchChanged.fire(new SearchChanged(ProjectSearch.TYPE, String.valueOf(p.getId())));
    // its translations carry its chapter, tags and readers too
    translations.each(p, id -> searchChanged.fire(new SearchChanged(ProjectSearch.TYPE, id)));
  }

  private void free(String slug) {
    if (queries.bySlug(slug).isPresent()) {
      throw new Rejected(List.of(Rejected.problem("slug", "projects.error.slugTaken", slug)), true);
    }
  }

  private void flush(String slug) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      // another project took the address between the check and the write
      throw new Rejected(List.of(Rejected.problem("slug", "projects.error.slugTaken", slug)), true);
    }
  }

  private String html(String source) {
    return source == null
        ? null
        : ProjectRules.rendered(
            markdown.render(source),
            ProjectRules.TEXT_MAX,
            "description",
            "projects.error.description");
  }
}
