package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
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
   * The posts an actor wrote or co-wrote, newest change first.
   *
   * @param actor the author
   * @param max how many
   * @return posts in any status
   */
  @Transactional
  public List<Post> byAuthor(Actor actor, int max) {
    List<Post> list =
        em.createQuery(
                "select p from Post p join p.authorIds a where a = :a"
                    + " order by p.updatedAt desc",
                Post.class)
            .setParameter("a", actor.accountId())
            .setMaxResults(max)
            .getResultList();
    list.forEach(Post::getAuthorIds);
    return list;
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
