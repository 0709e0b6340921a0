package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.plenum.api.Audit;
import org.plenum.api.Rejected;
import org.plenum.blog.BlogRules.Actor;
import org.plenum.blog.CommentService.CommentNotFound;

/**
 * Abuse reports on comments, and the moderation queue: the comments waiting for a moderator or
 * reported by members, under the posts a moderator may moderate.
 */
@ApplicationScoped
public class CommentReports {

  /** The longest reason given with a report, in characters. */
  static final int REASON_MAX = 500;

  @PersistenceContext EntityManager em;

  @Inject Audit audit;

  @Inject BlogRules rules;

  /**
   * A comment waiting for a moderator, or reported.
   *
   * @param comment the comment
   * @param post the post it is under
   * @param blog the post's blog
   * @param reports how many members reported it
   */
  public record Queued(Comment comment, Post post, Blog blog, long reports) {}

  /**
   * Reports a visible comment as abusive; a member reports a comment once.
   *
   * @param actor the member reporting
   * @param commentId the comment
   * @param reason why, up to {@value #REASON_MAX} characters, or blank
   * @return true when this is the member's first report of it
   */
  @Transactional
  public boolean report(Actor actor, long commentId, String reason) {
    Comment c = em.find(Comment.class, commentId);
    if (c == null || c.getStatus() != CommentStatus.VISIBLE) {
      throw new CommentNotFound(commentId);
    }
    String why = reason == null ? "" : reason.strip();
    if (why.length() > REASON_MAX) {
      throw new Rejected(
          List.of(Rejected.problem("reason", "blog.error.reasonLong", REASON_MAX)), false);
    }
    long already =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from blog_comment_report"
                            + " where comment_id = ? and account_id = ?")
                    .setParameter(1, commentId)
                    .setParameter(2, actor.accountId())
                    .getSingleResult())
            .longValue();
    if (already > 0) {
      return false;
    }
    em.createNativeQuery(
            "insert into blog_comment_report (comment_id, account_id, reason,"
                + " created_at) values (?, ?, ?, ?)")
        .setParameter(1, commentId)
        .setParameter(2, actor.accountId())
        .setParameter(3, why.isEmpty() ? null : why)
        .setParameter(4, LocalDateTime.now(ZoneOffset.UTC))
        .executeUpdate();
    audit.recordChange("comment.report", String.valueOf(commentId), null);
    return true;
  }

  /**
   * The moderation queue: pending and reported comments under posts the actor moderates, oldest
   * first.
   *
   * @param actor a moderator
   * @param max how many
   * @return the queue
   */
  @Transactional
  public List<Queued> queue(Actor actor, int max) {
    List<Queued> list = new ArrayList<>();
    List<Comment> candidates =
        new ArrayList<>(
            em.createQuery(
                    "select c from Comment c" + " where c.status = :p order by c.createdAt",
                    Comment.class)
                .setParameter("p", CommentStatus.PENDING)
                .setMaxResults(1000)
                .getResultList());
    List<Long> reported = reportedIds();
    if (!reported.isEmpty()) {
      for (Comment c :
          em.createQuery("select c from Comment c where c.id in :ids", Comment.class)
              .setParameter("ids", reported)
              .getResultList()) {
        if (!candidates.contains(c)) {
          candidates.add(c);
        }
      }
    }
    candidates.sort(Comparator.comparing(Comment::getCreated));
    for (Comment c : candidates) {
      Post post = em.find(Post.class, c.getPostId());
      Blog blog = em.find(Blog.class, post.getBlogId());
      if (rules.mayModerate(actor, blog, post)) {
        list.add(new Queued(c, post, blog, reports(c.getId())));
        if (list.size() >= max) {
          break;
        }
      }
    }
    return list;
  }

  private List<Long> reportedIds() {
    List<Long> ids = new ArrayList<>();
    for (Object o :
        em.createNativeQuery("select distinct comment_id from blog_comment_report")
            .setMaxResults(500)
            .getResultList()) {
      ids.add(((Number) o).longValue());
    }
    return ids;
  }

  private long reports(long commentId) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from blog_comment_report where" + " comment_id = ?")
                .setParameter(1, commentId)
                .getSingleResult())
        .longValue();
  }
}
