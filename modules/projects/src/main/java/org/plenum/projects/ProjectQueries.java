package org.plenum.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plenum.api.Caller;
import org.plenum.api.Chapters;

/** Reading projects: one by its address, and lists of those a reader may see. */
@ApplicationScoped
public class ProjectQueries {

  /** The statuses a list shows when none is asked for. */
  public static final Set<ProjectStatus> UNDER_WAY =
      EnumSet.of(ProjectStatus.ACTIVE, ProjectStatus.PAUSED);

  @PersistenceContext EntityManager em;

  @Inject Chapters chapters;

  @Inject ProjectAccess access;

  /**
   * A project by its address, whoever asks.
   *
   * @param slug the address
   * @return the project
   */
  @Transactional
  public Optional<Project> bySlug(String slug) {
    return em.createQuery("select p from Project p where p.slug = :s", Project.class)
        .setParameter("s", slug)
        .getResultStream()
        .findFirst();
  }

  /**
   * A project by its id, whoever asks.
   *
   * @param id the project
   * @return the project
   */
  @Transactional
  public Optional<Project> byId(long id) {
    return Optional.ofNullable(em.find(Project.class, id));
  }

  /**
   * Every project, whatever its status, a thousand at a time: for the search's rebuild.
   *
   * @param each takes each project
   */
  @Transactional
  public void all(java.util.function.Consumer<Project> each) {
    long after = 0;
    while (true) {
      List<Project> batch =
          em.createQuery("select p from Project p where p.id > :a order by p.id", Project.class)
              .setParameter("a", after)
              .setMaxResults(1000)
              .getResultList();
      batch.forEach(each);
      if (batch.size() < 1000) {
        return;
      }
      after = batch.get(batch.size() - 1).getId();
      em.clear();
    }
  }

  /**
   * A project the caller may see.
   *
   * @param slug the address
   * @param caller the caller, or {@code null}
   * @return the project
   * @throws ProjectNotFound when there is none, or the caller may not see it
   */
  @Transactional
  public Project visible(String slug, Caller caller) {
    return bySlug(slug).filter(p -> access.canSee(p, caller)).orElseThrow(ProjectNotFound::new);
  }

  /**
   * A project, its row locked until the transaction ends: changes to it wait for each other.
   *
   * @param id the project
   * @return the project
   * @throws ProjectNotFound when it was deleted meanwhile
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Project locked(long id) {
    Project p = em.find(Project.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (p == null) {
      throw new ProjectNotFound();
    }
    return p;
  }

  /**
   * Public projects, the most recently changed first.
   *
   * @param statuses the statuses shown (public ones only count)
   * @param chapterId a chapter: its projects and those of the chapters below it; or {@code null}
   * @param language a language, or {@code null} for all
   * @param help only those that need people for something still open
   * @param first the first row
   * @param max at most so many
   * @return the projects
   */
  @Transactional
  public List<Project> list(
      Set<ProjectStatus> statuses,
      Long chapterId,
      String language,
      boolean help,
      int first,
      int max) {
    return query(statuses, chapterId, language, help)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * How many public projects a list holds.
   *
   * @param statuses the statuses counted
   * @param chapterId a chapter and the chapters below it, or {@code null}
   * @param language a language, or {@code null}
   * @param help only those that need people for something still open
   * @return the number
   */
  @Transactional
  public long count(Set<ProjectStatus> statuses, Long chapterId, String language, boolean help) {
    StringBuilder jpql = new StringBuilder("select count(p) from Project p");
    TypedQuery<Long> q =
        em.createQuery(where(jpql, chapterId, language, help).toString(), Long.class);
    return bind(q, statuses, chapterId, language).getSingleResult();
  }

  private TypedQuery<Project> query(
      Set<ProjectStatus> statuses, Long chapterId, String language, boolean help) {
    StringBuilder jpql = new StringBuilder("select p from Project p");
    where(jpql, chapterId, language, help).append(" order by p.updatedAt desc, p.id desc");
    return bind(em.createQuery(jpql.toString(), Project.class), statuses, chapterId, language);
  }

  private static StringBuilder where(
      StringBuilder jpql, Long chapterId, String language, boolean help) {
    jpql.append(" where p.status in :statuses and p.approvedAt is not null");
    if (help) {
      jpql.append(
          " and exists (select n.id from Need n where n.projectId = p.id and n.open = true)");
    }
    if (chapterId != null) {
      jpql.append(" and p.chapterId in :chapters");
    }
    if (language != null) {
      jpql.append(" and p.language = :language");
    }
    return jpql;
  }

  private <T> TypedQuery<T> bind(
      TypedQuery<T> q, Set<ProjectStatus> statuses, Long chapterId, String language) {
    Set<ProjectStatus> shown = EnumSet.noneOf(ProjectStatus.class);
    statuses.stream().filter(ProjectStatus::isPublic).forEach(shown::add);
    if (shown.isEmpty()) {
      shown.addAll(UNDER_WAY);
    }
    q.setParameter("statuses", shown);
    if (chapterId != null) {
      q.setParameter("chapters", subtree(chapterId));
    }
    if (language != null) {
      q.setParameter("language", language);
    }
    return q;
  }

  /**
   * A chapter and the chapters below it.
   *
   * @param chapterId the chapter
   * @return their ids
   */
  public Collection<Long> subtree(long chapterId) {
    List<Long> ids = new ArrayList<>();
    chapters.tree().stream()
        .map(n -> n.chapter().getId())
        .filter(id -> chapters.within(id, chapterId))
        .forEach(ids::add);
    return ids;
  }

  /**
   * Proposals waiting for a decision the caller may take, oldest first.
   *
   * @param caller the caller
   * @return the proposals
   */
  @Transactional
  public List<Project> waitingFor(Caller caller) {
    return em.createQuery(
            "select p from Project p where p.status = :s order by p.createdAt", Project.class)
        .setParameter("s", ProjectStatus.PROPOSED)
        .setMaxResults(500)
        .getResultStream()
        .filter(p -> access.canApprove(p, caller))
        .toList();
  }

  /**
   * The projects a member proposed or is in the team of, whatever their status, most recently
   * changed first.
   *
   * @param memberId the member
   * @return the projects
   */
  @Transactional
  public List<Project> of(long memberId) {
    return em.createQuery(
            "select p from Project p where p.initiatorId = :m or p.id in"
                + " (select t.projectId from TeamMember t where t.accountId = :m"
                + " and t.state = :active) order by p.updatedAt desc",
            Project.class)
        .setParameter("m", memberId)
        .setParameter("active", TeamMember.State.ACTIVE)
        .setMaxResults(500)
        .getResultList();
  }
}
