package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.plenum.api.Rejected;

/**
 * What follows a change to a post, within its transaction: the change is flushed (a save that
 * started from an older version becomes a conflict, never an overwrite), the search reads the post
 * again, and the pages showing a public post are told through {@link PostChanged}.
 */
@ApplicationScoped
public class PostChanges {

  @PersistenceContext EntityManager em;

  @Inject PostSearch search;

  @Inject Event<PostChanged> changed;

  /**
   * Writes a change now, and tells the search.
   *
   * @param post the post changed
   * @throws Rejected a conflict, when someone saved it meanwhile
   */
  public void flush(Post post) {
    try {
      em.flush();
      search.reindex(post.getId());
    } catch (OptimisticLockException e) {
      throw conflict(post);
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException) {
        throw conflict(post);
      }
      throw e;
    }
  }

  /**
   * Tells the pages showing a post what happened to it.
   *
   * @param post the post
   * @param what what happened
   */
  public void fire(Post post, PostChanged.What what) {
    changed.fire(new PostChanged(post.getId(), post.getBlogId(), post.getTranslationGroup(), what));
  }

  /**
   * Tells the pages showing a public post that it was saved; drafts show nowhere public.
   *
   * @param post the post saved
   */
  public void firePublic(Post post) {
    if (post.getStatus() == PostStatus.PUBLISHED) {
      fire(post, PostChanged.What.SAVED);
    }
  }

  /**
   * The refusal of a save made over someone else's.
   *
   * @param post the post as stored
   * @return the conflict, naming who saved last and when
   */
  public static Rejected conflict(Post post) {
    return new Rejected(
        List.of(
            Rejected.problem(
                "version",
                "blog.error.conflict",
                post.getUpdatedBy() == null ? "?" : post.getUpdatedBy(),
                post.getUpdated())),
        true);
  }
}
