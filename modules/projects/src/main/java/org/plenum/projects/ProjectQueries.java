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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /** The statuses of an approved project, for everyone to see. */
  public static final Set<ProjectStatus> PUBLIC =
      EnumSet.of(
          ProjectStatus.ACTIVE, ProjectStatus.PAUSED, ProjectStatus.DONE, ProjectStatus.DROPPED);

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
   * A project's row, taken until the transaction ends, for a change by one who sees it.
   *
   * @param id the project
   * @param caller the caller
   * @return the project
   * @throws ProjectNotFound when there is none, or the caller does not see it
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Project lockedFor(long id, Caller caller) {
    Project p = locked(id);
    if (!access.canSee(p, caller)) {
      throw new ProjectNotFound();
    }
    return p;
  }

  /**
   * A project's row, taken until the transaction ends, for a change by one who leads it (or may
   * approve it).
   *
   * @param id the project
   * @param caller the caller
   * @return the project
   * @throws ProjectNotFound when there is none, or the caller does not see it
   * @throws org.plenum.api.Denied when the caller does not lead it
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Project ledBy(long id, Caller caller) {
    Project p = lockedFor(id, caller);
    access.requireLead(p, caller);
    return p;
  }

  /**
   * Public projects, the most recently changed first.
   *
   * @param f what to show
   * @param first the first to give
   * @param max how many at most
   * @return the projects
   */
  @Transactional
  public List<Project> list(ProjectFilter f, int first, int max) {
    StringBuilder jpql = new StringBuilder("select p from Project p");
    where(jpql, f).append(" order by p.updatedAt desc, p.id desc");
    return bind(em.createQuery(jpql.toString(), Project.class), f)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * @param f what to show
   * @return how many public projects it shows
   */
  @Transactional
  public long count(ProjectFilter f) {
    StringBuilder jpql = new StringBuilder("select count(p) from Project p");
    return bind(em.createQuery(where(jpql, f).toString(), Long.class), f).getSingleResult();
  }

  private static StringBuilder where(StringBuilder jpql, ProjectFilter f) {
    jpql.append(" where p.status in :statuses and p.approvedAt is not null");
    if (f.help()) {
      jpql.append(
          " and exists (select n.id from Need n where n.projectId = p.id and n.open = true)");
    }
    if (f.chapterId() != null) {
      jpql.append(" and p.chapterId in :chapters");
    }
    if (f.language() != null) {
      jpql.append(
          " and (p.language = :language or exists (select t.projectId from ProjectTranslation t"
              + " where t.projectId = p.id and t.language = :language))");
    }
    if (f.tag() != null) {
      jpql.append(" and :tag member of p.tags");
    }
    return jpql;
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> q, ProjectFilter f) {
    Set<ProjectStatus> shown = EnumSet.noneOf(ProjectStatus.class);
    f.statuses().stream().filter(ProjectStatus::isPublic).forEach(shown::add);
    if (shown.isEmpty()) {
      shown.addAll(UNDER_WAY);
    }
    q.setParameter("statuses", shown);
    if (f.chapterId() != null) {
      q.setParameter("chapters", subtree(f.chapterId()));
    }
    if (f.language() != null) {
      q.setParameter("language", f.language());
    }
    if (f.tag() != null) {
      q.setParameter("tag", f.tag());
    }
    return q;
  }

  /**
   * The tags of public projects, the most used first.
   *
   * @return counts by tag, in order
   */
  @Transactional
  public Map<String, Long> tagCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Object[] row :
        em.createQuery(
                "select t, count(p) from Project p join p.tags t where p.approvedAt is not null"
                    + " and p.status in :statuses group by t order by count(p) desc, t",
                Object[].class)
            .setParameter("statuses", PUBLIC)
            .setMaxResults(500)
            .getResultList()) {
      counts.put((String) row[0], (Long) row[1]);
    }
    return counts;
  }

  /**
   * Tags of public projects that contain a text, the most used first: what the editor proposes.
   *
   * @param text what was typed; blank finds nothing
   * @param max at most this many
   * @return the tags
   */
  public List<String> tagsContaining(String text, int max) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return tagCounts().keySet().stream()
        .filter(t -> t.toLowerCase(Locale.ROOT).contains(wanted))
        .limit(max)
        .toList();
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
