package org.plenum.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;

/**
 * Finding events: by id or address, and lists of them, narrowed to a chapter and those below it.
 */
@ApplicationScoped
public class EventQueries {

  @PersistenceContext EntityManager em;

  @Inject Chapters chapters;

  /**
   * An event.
   *
   * @param id its id
   * @return the event
   */
  @Transactional
  public Optional<Event> byId(long id) {
    return Optional.ofNullable(em.find(Event.class, id));
  }

  /**
   * An event by its address.
   *
   * @param slug the address
   * @return the event
   */
  @Transactional
  public Optional<Event> bySlug(String slug) {
    return em.createQuery("select e from Event e where e.slug = :s", Event.class)
        .setParameter("s", slug)
        .getResultStream()
        .findFirst();
  }

  /**
   * An event by its address, which must exist.
   *
   * @param slug the address
   * @return the event
   * @throws EventNotFound when there is none (a 404 with its message)
   */
  @Transactional
  public Event require(String slug) {
    return bySlug(slug).orElseThrow(() -> new EventNotFound(slug));
  }

  /**
   * An event, its row locked until the caller's transaction ends: changes to one event and the
   * answers for it are taken one at a time.
   *
   * @param id its id
   * @return the event
   * @throws EventNotFound when there is none
   */
  public Event locked(long id) {
    Event event = em.find(Event.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (event == null) {
      throw new EventNotFound(id);
    }
    return event;
  }

  /**
   * Events, newest first.
   *
   * @param chapterIds only these chapters' events, or {@code null} for all
   * @param max the most
   * @return the events
   */
  @Transactional
  public List<Event> list(Collection<Long> chapterIds, int max) {
    if (chapterIds != null && chapterIds.isEmpty()) {
      return List.of();
    }
    TypedQuery<Event> q =
        em.createQuery(
            "select e from Event e"
                + (chapterIds == null ? "" : " where e.chapterId in :c")
                + " order by e.id desc",
            Event.class);
    if (chapterIds != null) {
      q.setParameter("c", chapterIds);
    }
    return q.setMaxResults(max).getResultList();
  }

  /**
   * The ids of a chapter and those below it, to narrow lists to it.
   *
   * @param chapter the chapter, or {@code null} for all
   * @return the ids, or {@code null} for all
   */
  public List<Long> within(Chapter chapter) {
    if (chapter == null) {
      return null;
    }
    List<Long> ids = new ArrayList<>();
    for (Chapters.Node n : chapters.tree()) {
      if (n.chapter().getTreePath().startsWith(chapter.getTreePath())) {
        ids.add(n.chapter().getId());
      }
    }
    return ids;
  }
}
