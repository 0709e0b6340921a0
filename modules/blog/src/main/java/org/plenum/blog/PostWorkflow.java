package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.plenum.api.Audit;
import org.plenum.api.Denied;
import org.plenum.api.Members;
import org.plenum.api.Rejected;
import org.plenum.blog.BlogRules.Actor;

/**
 * Moving posts through their workflow: draft, submitted (where the blog is reviewed, its reviewers
 * told), scheduled, published, archived, and back to draft; and publishing the scheduled posts
 * whose time has come. Every step checks the actor's right through {@link BlogRules} and writes
 * nothing when it refuses.
 */
@ApplicationScoped
public class PostWorkflow {

  /** The furthest ahead a post may be scheduled. */
  static final Duration FURTHEST = Duration.ofDays(3660);

  @PersistenceContext EntityManager em;

  @Inject BlogRules rules;

  @Inject Audit audit;

  @Inject PostDesk desk;

  @Inject PostChanges changes;

  @Inject Members accounts;

  @Inject Reviewers reviewers;

  @Inject Event<PostChanged> changed;

  /**
   * Submits a draft for review, in a blog that reviews.
   *
   * @param actor an author
   * @param id the post
   * @return the post
   */
  @Transactional
  public Post submit(Actor actor, long id) {
    PostDesk.Located at = desk.visible(actor, id);
    Post post = at.post();
    if (!rules.mayEdit(actor, at.blog(), post)) {
      throw new Denied(false, BlogModule.WRITE);
    }
    if (post.getStatus() != PostStatus.DRAFT) {
      throw new Rejected(List.of(Rejected.problem("status", "blog.error.notDraft")), true);
    }
    post.submit();
    post.touch(actor.caller().username());
    changes.flush(post);
    reviewers.tell(
        post,
        at.blog(),
        accounts
            .byUsername(actor.caller().username())
            .map(a -> a.displayName())
            .orElse(actor.caller().username()));
    audit.recordChange("post.submit", String.valueOf(post.getId()), null);
    return post;
  }

  /**
   * Publishes a post now, or schedules it.
   *
   * @param actor someone who may publish in its blog
   * @param id the post
   * @param at when, or {@code null} (or a past moment) for now
   * @return the post
   */
  @Transactional
  public Post publish(Actor actor, long id, Instant at) {
    PostDesk.Located located = desk.visible(actor, id);
    Post post = located.post();
    if (!rules.mayPublish(actor, located.blog())) {
      throw new Denied(false, BlogRules.publishPermission(located.blog()));
    }
    LocalDateTime now = Post.now();
    if (at != null && at.isAfter(Instant.now())) {
      if (at.isAfter(Instant.now().plus(FURTHEST))) {
        throw new Rejected(List.of(Rejected.problem("publishAt", "blog.error.scheduleFar")), false);
      }
      post.schedule(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
      post.touch(actor.caller().username());
      changes.flush(post);
      changes.fire(post, PostChanged.What.WITHDRAWN);
      audit.recordChange(
          "post.publish", String.valueOf(post.getId()), at == null ? null : at.toString());
      return post;
    }
    post.publish(now);
    post.touch(actor.caller().username());
    changes.flush(post);
    changes.fire(post, PostChanged.What.PUBLISHED);
    audit.recordChange(
        "post.publish", String.valueOf(post.getId()), at == null ? null : at.toString());
    return post;
  }

  /**
   * Takes a post back to draft: a submission withdrawn, a schedule cancelled, a published post
   * unpublished.
   *
   * @param actor its blog's publisher, or an author withdrawing a submission
   * @param id the post
   * @return the post
   */
  @Transactional
  public Post backToDraft(Actor actor, long id) {
    PostDesk.Located at = desk.visible(actor, id);
    Post post = at.post();
    boolean publisher = rules.mayPublish(actor, at.blog());
    if (!publisher && !(rules.isAuthor(actor, post) && post.getStatus() == PostStatus.SUBMITTED)) {
      throw new Denied(false, BlogRules.publishPermission(at.blog()));
    }
    boolean wasPublic = post.getStatus() == PostStatus.PUBLISHED;
    post.backToDraft();
    post.touch(actor.caller().username());
    changes.flush(post);
    if (wasPublic) {
      changes.fire(post, PostChanged.What.WITHDRAWN);
    }
    audit.recordChange("post.draft", String.valueOf(post.getId()), null);
    return post;
  }

  /**
   * Archives a post: kept, out of lists and feeds, no longer public.
   *
   * @param actor its blog's publisher
   * @param id the post
   * @return the post
   */
  @Transactional
  public Post archive(Actor actor, long id) {
    PostDesk.Located at = desk.visible(actor, id);
    if (!rules.mayPublish(actor, at.blog())) {
      throw new Denied(false, BlogRules.publishPermission(at.blog()));
    }
    Post post = at.post();
    post.archive();
    post.touch(actor.caller().username());
    changes.flush(post);
    changes.fire(post, PostChanged.What.WITHDRAWN);
    audit.recordChange("post.archive", String.valueOf(post.getId()), null);
    return post;
  }

  /**
   * Publishes the scheduled posts whose time has come. Each post moves from scheduled to published
   * in one conditional update, so when several instances run this at once, each post is published
   * by exactly one of them.
   *
   * @param now the moment, UTC
   * @return the posts this call published
   */
  @Transactional
  public List<Long> publishDue(LocalDateTime now) {
    List<Object[]> due =
        em.createQuery(
                "select p.id, p.blogId, p.translationGroup from Post p"
                    + " where p.status = :s and p.publishAt <= :now order by p.publishAt",
                Object[].class)
            .setParameter("s", PostStatus.SCHEDULED)
            .setParameter("now", now)
            .setMaxResults(200)
            .getResultList();
    List<Long> published = new ArrayList<>();
    for (Object[] row : due) {
      int n =
          em.createQuery(
                  "update Post p set p.status = :pub,"
                      + " p.publishedAt = coalesce(p.publishedAt, p.publishAt), p.publishAt = null,"
                      + " p.version = p.version + 1 where p.id = :id and p.status = :s")
              .setParameter("pub", PostStatus.PUBLISHED)
              .setParameter("id", row[0])
              .setParameter("s", PostStatus.SCHEDULED)
              .executeUpdate();
      if (n == 1) {
        published.add((Long) row[0]);
        changed.fire(
            new PostChanged(
                (Long) row[0], (Long) row[1], (String) row[2], PostChanged.What.PUBLISHED));
      }
    }
    return published;
  }
}
