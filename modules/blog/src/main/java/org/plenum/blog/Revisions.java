package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * A post's history: every save keeps a revision, numbered from 1, with the title, address, summary,
 * body and tags it wrote.
 */
@ApplicationScoped
public class Revisions {

  @PersistenceContext EntityManager em;

  /**
   * The revisions of a post, newest first.
   *
   * @param postId the post
   * @return revisions
   */
  @Transactional
  public List<Revision> revisions(long postId) {
    return em.createQuery(
            "select r from Revision r where r.postId = :p order by r.number desc", Revision.class)
        .setParameter("p", postId)
        .getResultList();
  }

  /**
   * One revision of a post.
   *
   * @param postId the post
   * @param number its number
   * @return the revision, if any
   */
  @Transactional
  public Optional<Revision> revision(long postId, int number) {
    return em.createQuery(
            "select r from Revision r where r.postId = :p and r.number = :n", Revision.class)
        .setParameter("p", postId)
        .setParameter("n", number)
        .getResultStream()
        .findFirst();
  }

  /**
   * Keeps the post as it is now as its next revision, within the save's transaction.
   *
   * @param post the post, flushed
   * @param by who saved
   */
  public void keep(Post post, String by) {
    Integer last =
        em.createQuery("select max(r.number) from Revision r where r.postId = :p", Integer.class)
            .setParameter("p", post.getId())
            .getSingleResult();
    em.persist(new Revision(post, last == null ? 1 : last + 1, by));
    em.flush();
  }
}
