package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.plenum.api.Like;
import org.plenum.blog.BlogRules.Actor;

/**
 * Posts as their writers and publishers find them, whatever their status: one post an actor may
 * see, the posts they wrote, those waiting for their review, those scheduled in the blogs they
 * publish in.
 */
@ApplicationScoped
public class PostDesk {

  @PersistenceContext EntityManager em;

  @Inject BlogRules rules;

  /**
   * A post with its blog, for the editor.
   *
   * @param post the post
   * @param blog its blog
   */
  public record Located(Post post, Blog blog) {}

  /**
   * A post an actor may see, whatever its status.
   *
   * @param actor who asks
   * @param id the post
   * @return the post and its blog
   * @throws PostNotFound when it does not exist or the actor may not see it
   */
  @Transactional
  public Located visible(Actor actor, long id) {
    Post post = em.find(Post.class, id);
    if (post == null) {
      throw new PostNotFound(id);
    }
    Blog blog = em.find(Blog.class, post.getBlogId());
    if (post.getStatus() != PostStatus.PUBLISHED && !rules.maySee(actor, blog, post)) {
      throw new PostNotFound(id);
    }
    post.getTags();
    post.getAuthorIds();
    return new Located(post, blog);
  }

  /**
   * How many posts an actor wrote or co-wrote, in every status, whose title holds a text.
   *
   * @param actor the writer
   * @param title a part of the title, or null for all
   * @return the count
   */
  @Transactional
  public long countByAuthor(Actor actor, String title) {
    var query =
        em.createQuery(
                "select count(p) from Post p join p.authorIds a where a = :a" + titled(title),
                Long.class)
            .setParameter("a", actor.accountId());
    if (title != null) {
      query.setParameter("t", Like.containing(title, 200));
    }
    return query.getSingleResult();
  }

  /**
   * A page of the posts an actor wrote or co-wrote, in every status.
   *
   * @param actor the writer
   * @param title a part of the title, or null for all
   * @param sortBy {@code title}, {@code status} or {@code updated} (the latest change, the default)
   * @param ascending whether A (or the oldest) comes first
   * @param first the index of the first
   * @param size how many
   * @return the posts, with their authors
   */
  @Transactional
  public List<Post> pageByAuthor(
      Actor actor, String title, String sortBy, boolean ascending, int first, int size) {
    String order =
        switch (sortBy == null ? "updated" : sortBy) {
          case "title" -> "lower(p.title)";
          case "status" -> "p.status";
          default -> "p.updatedAt";
        };
    String direction = ascending ? " asc" : " desc";
    var query =
        em.createQuery(
                "select p from Post p join p.authorIds a where a = :a"
                    + titled(title)
                    + " order by "
                    + order
                    + direction
                    + ", p.id"
                    + direction,
                Post.class)
            .setParameter("a", actor.accountId())
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(size, 100)));
    if (title != null) {
      query.setParameter("t", Like.containing(title, 200));
    }
    List<Post> list = query.getResultList();
    list.forEach(Post::getAuthorIds);
    return list;
  }

  private static String titled(String title) {
    return title == null ? "" : " and lower(p.title) like :t escape '\\'";
  }

  /**
   * The submitted posts an actor may publish, oldest submission first.
   *
   * @param actor who reviews
   * @return posts waiting for them
   */
  @Transactional
  public List<Post> awaitingReview(Actor actor) {
    return inStatus(actor, PostStatus.SUBMITTED);
  }

  /**
   * The scheduled posts an actor may publish, next first.
   *
   * @param actor who publishes
   * @return posts
   */
  @Transactional
  public List<Post> scheduled(Actor actor) {
    return inStatus(actor, PostStatus.SCHEDULED);
  }

  private List<Post> inStatus(Actor actor, PostStatus status) {
    List<Post> list = new ArrayList<>();
    for (Post p :
        em.createQuery(
                "select p from Post p where p.status = :s"
                    + " order by p.submittedAt, p.publishAt, p.id",
                Post.class)
            .setParameter("s", status)
            .setMaxResults(500)
            .getResultList()) {
      Blog b = em.find(Blog.class, p.getBlogId());
      if (rules.mayPublish(actor, b)) {
        p.getAuthorIds();
        list.add(p);
      }
    }
    return list;
  }
}
