package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenum.api.Audit;
import org.plenum.api.Denied;
import org.plenum.api.Markdown;
import org.plenum.api.Rejected;
import org.plenum.api.Settings;
import org.plenum.blog.BlogRules.Actor;

/**
 * Comments under published posts. Members comment; the site setting {@value #MODERATION} holds
 * none, the first comment of each member ({@code first}, the default) or every comment ({@code
 * all}) for a moderator. A post's authors, its blog's publishers and the site's moderators approve,
 * hide and delete ({@link CommentReports}: members report abuse, moderators find what waits). A
 * member writes at most {@value #PER_WINDOW} comments in ten minutes.
 */
@ApplicationScoped
public class CommentService {

  /** The site setting: {@code none}, {@code first} or {@code all}. */
  public static final String MODERATION = "blog.comments.moderation";

  /** The longest comment, in characters. */
  static final int TEXT_MAX = 5000;

  /** Comments a member may write per {@link #WINDOW}. */
  static final int PER_WINDOW = 5;

  static final Duration WINDOW = Duration.ofMinutes(10);

  @PersistenceContext EntityManager em;

  @Inject Markdown markdown;

  @Inject Audit audit;

  @Inject BlogRules rules;

  @Inject Settings settings;

  @Inject Event<PostChanged> changed;

  /**
   * The comments shown under a post, oldest first.
   *
   * @param postId the post
   * @return visible comments
   */
  @Transactional
  public List<Comment> visible(long postId) {
    return em.createQuery(
            "select c from Comment c where c.postId = :p and c.status = :s"
                + " order by c.createdAt, c.id",
            Comment.class)
        .setParameter("p", postId)
        .setParameter("s", CommentStatus.VISIBLE)
        .getResultList();
  }

  /**
   * The comments under a post a moderator still has to decide on.
   *
   * @param postId the post
   * @return pending comments, oldest first
   */
  @Transactional
  public List<Comment> pending(long postId) {
    return em.createQuery(
            "select c from Comment c where c.postId = :p and c.status = :s"
                + " order by c.createdAt, c.id",
            Comment.class)
        .setParameter("p", postId)
        .setParameter("s", CommentStatus.PENDING)
        .getResultList();
  }

  /**
   * Writes a comment under a published post.
   *
   * @param actor the writer
   * @param postId the post
   * @param text Markdown, up to {@value #TEXT_MAX} characters
   * @return the comment, visible or waiting for a moderator
   * @throws Rejected when the text is empty or too long, or the writer is writing too fast
   */
  @Transactional
  public Comment write(Actor actor, long postId, String text) {
    if (!rules.mayComment(actor)) {
      throw new Denied(false, BlogModule.COMMENT);
    }
    Post post = em.find(Post.class, postId);
    if (post == null || post.getStatus() != PostStatus.PUBLISHED) {
      throw new PostNotFound(postId);
    }
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw refuse("blog.error.commentEmpty");
    }
    if (body.length() > TEXT_MAX) {
      throw refuse("blog.error.commentLong", TEXT_MAX);
    }
    LocalDateTime since = LocalDateTime.now(ZoneOffset.UTC).minus(WINDOW);
    long recent =
        em.createQuery(
                "select count(c) from Comment c where c.accountId = :a" + " and c.createdAt > :t",
                Long.class)
            .setParameter("a", actor.accountId())
            .setParameter("t", since)
            .getSingleResult();
    if (recent >= PER_WINDOW) {
      throw refuse("blog.error.commentThrottled", WINDOW.toMinutes());
    }
    Blog blog = em.find(Blog.class, post.getBlogId());
    CommentStatus status =
        rules.mayModerate(actor, blog, post)
            ? CommentStatus.VISIBLE
            : held(actor) ? CommentStatus.PENDING : CommentStatus.VISIBLE;
    Comment c = new Comment(postId, actor.accountId(), body, markdown.render(body), status);
    em.persist(c);
    em.flush();
    if (status == CommentStatus.VISIBLE) {
      changed.fire(
          new PostChanged(
              postId, post.getBlogId(), post.getTranslationGroup(), PostChanged.What.COMMENTS));
    }
    audit.recordChange("comment.write", String.valueOf(c.getId()), null);
    return c;
  }

  private boolean held(Actor actor) {
    String mode = settings.get(MODERATION);
    if ("all".equals(mode)) {
      return true;
    }
    if ("none".equals(mode)) {
      return false;
    }
    return em.createQuery(
                "select count(c) from Comment c where c.accountId = :a" + " and c.status = :s",
                Long.class)
            .setParameter("a", actor.accountId())
            .setParameter("s", CommentStatus.VISIBLE)
            .getSingleResult()
        == 0;
  }

  /**
   * Shows or hides a comment.
   *
   * @param actor a moderator of its post
   * @param commentId the comment
   * @param to {@link CommentStatus#VISIBLE} to approve, {@link CommentStatus#HIDDEN} to hide
   * @return the comment
   */
  @Transactional
  public Comment moderate(Actor actor, long commentId, CommentStatus to) {
    Comment c = moderated(actor, commentId);
    if (to == CommentStatus.PENDING) {
      throw refuse("blog.error.commentStatus");
    }
    boolean showsChange = c.getStatus() == CommentStatus.VISIBLE || to == CommentStatus.VISIBLE;
    c.moderate(to, actor.caller().username());
    em.createNativeQuery("delete from blog_comment_report where comment_id = ?")
        .setParameter(1, commentId)
        .executeUpdate();
    em.flush();
    if (showsChange) {
      Post post = em.find(Post.class, c.getPostId());
      changed.fire(
          new PostChanged(
              post.getId(),
              post.getBlogId(),
              post.getTranslationGroup(),
              PostChanged.What.COMMENTS));
    }
    audit.recordChange(
        "comment." + (to == CommentStatus.HIDDEN ? "hide" : "approve"),
        String.valueOf(commentId),
        null);
    return c;
  }

  /**
   * Deletes a comment.
   *
   * @param actor a moderator of its post, or its writer
   * @param commentId the comment
   */
  @Transactional
  public void delete(Actor actor, long commentId) {
    Comment c = em.find(Comment.class, commentId);
    if (c == null) {
      throw new CommentNotFound(commentId);
    }
    if (c.getAccountId() != actor.accountId()) {
      moderated(actor, commentId);
    }
    boolean wasVisible = c.getStatus() == CommentStatus.VISIBLE;
    em.createNativeQuery("delete from blog_comment_report where comment_id = ?")
        .setParameter(1, commentId)
        .executeUpdate();
    em.remove(c);
    em.flush();
    if (wasVisible) {
      Post post = em.find(Post.class, c.getPostId());
      changed.fire(
          new PostChanged(
              post.getId(),
              post.getBlogId(),
              post.getTranslationGroup(),
              PostChanged.What.COMMENTS));
    }
    audit.recordChange("comment.delete", String.valueOf(commentId), null);
  }

  /**
   * Counts the comments shown under posts.
   *
   * @param postIds posts
   * @return how many visible comments each has, absent when none
   */
  @Transactional
  public Map<Long, Long> counts(Set<Long> postIds) {
    Map<Long, Long> map = new HashMap<>();
    if (postIds.isEmpty()) {
      return map;
    }
    for (Object[] row :
        em.createQuery(
                "select c.postId, count(c) from Comment c where"
                    + " c.postId in :ids and c.status = :s group by c.postId",
                Object[].class)
            .setParameter("ids", List.copyOf(postIds))
            .setParameter("s", CommentStatus.VISIBLE)
            .getResultList()) {
      map.put((Long) row[0], (Long) row[1]);
    }
    return map;
  }

  private Comment moderated(Actor actor, long commentId) {
    Comment c = em.find(Comment.class, commentId);
    if (c == null) {
      throw new CommentNotFound(commentId);
    }
    Post post = em.find(Post.class, c.getPostId());
    Blog blog = em.find(Blog.class, post.getBlogId());
    if (!rules.mayModerate(actor, blog, post)) {
      throw new Denied(false, BlogModule.MODERATE);
    }
    return c;
  }

  private static Rejected refuse(String key, Object... args) {
    return new Rejected(List.of(Rejected.problem("text", key, args)), false);
  }

  /** A comment that does not exist. */
  public static class CommentNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param id the comment asked for
     */
    public CommentNotFound(long id) {
      super("no comment " + id);
    }
  }
}
