package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.plenum.api.Caller;
import org.plenum.api.Chapters;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.Permissions;

/**
 * Who may do what with posts, following the permission model:
 *
 * <ul>
 *   <li>a member writes in their own blog and publishes there, unless the blog is set to be
 *       reviewed;
 *   <li>a chapter's members write in its blog and submit; its coordinators (and coordinators above
 *       it) publish;
 *   <li>members propose posts for the site's News and submit them; editors publish;
 *   <li>a post's co-authors edit it while it is a draft or waiting for review; whoever may publish
 *       in its blog edits it at any time;
 *   <li>authors and publishers moderate comments under a post.
 * </ul>
 */
@ApplicationScoped
public class BlogRules {

  @Inject Permissions authorizer;

  @Inject Members accounts;

  @Inject Chapters chapters;

  /**
   * Someone acting: the caller and their account.
   *
   * @param caller who is logged in
   * @param accountId their account
   */
  public record Actor(Caller caller, long accountId) {}

  /**
   * The actor behind a caller.
   *
   * @param caller the caller, or {@code null}
   * @return the actor, empty for an anonymous or unknown caller
   */
  public Optional<Actor> actor(Caller caller) {
    if (caller == null) {
      return Optional.empty();
    }
    return accounts
        .byUsername(caller.username())
        .filter(a -> !a.suspended())
        .map(Member::id)
        .map(id -> new Actor(caller, id));
  }

  /**
   * Tells whether a blog's posts wait for someone who may publish.
   *
   * @param blog the blog
   * @return true for the News, chapters' blogs, and members' blogs set to be reviewed
   */
  public boolean reviews(Blog blog) {
    return blog.getKind() != BlogKind.MEMBER || blog.isRequiresReview();
  }

  /**
   * Tells whether an actor may start a post in a blog.
   *
   * @param actor who
   * @param blog where
   * @return true when allowed
   */
  public boolean mayWrite(Actor actor, Blog blog) {
    if (mayPublish(actor, blog)) {
      return true;
    }
    if (!authorizer.can(actor.caller(), BlogModule.WRITE)) {
      return false;
    }
    return switch (blog.getKind()) {
      case SITE -> true;
      case CHAPTER -> chapters.isMember(blog.getChapterId(), actor.accountId());
      case MEMBER -> blog.getAccountId() == actor.accountId();
    };
  }

  /**
   * Tells whether an actor may publish, schedule, archive and review posts of a blog.
   *
   * @param actor who
   * @param blog where
   * @return true when allowed
   */
  public boolean mayPublish(Actor actor, Blog blog) {
    Caller caller = actor.caller();
    return switch (blog.getKind()) {
      case SITE -> authorizer.can(caller, BlogModule.PUBLISH_NEWS);
      case CHAPTER -> authorizer.can(caller, BlogModule.PUBLISH_CHAPTER, blog.getChapterId());
      case MEMBER ->
          blog.getAccountId() == actor.accountId()
                  && !blog.isRequiresReview()
                  && authorizer.can(caller, BlogModule.WRITE)
              || authorizer.can(caller, BlogModule.PUBLISH_NEWS);
    };
  }

  /**
   * The permission that publishing in a blog asks for, to name in a refusal.
   *
   * @param blog the blog
   * @return {@link BlogModule#PUBLISH_CHAPTER} for a chapter's blog, else {@link
   *     BlogModule#PUBLISH_NEWS}
   */
  public static String publishPermission(Blog blog) {
    return blog.getKind() == BlogKind.CHAPTER
        ? BlogModule.PUBLISH_CHAPTER
        : BlogModule.PUBLISH_NEWS;
  }

  /**
   * Tells whether an actor may change a post.
   *
   * @param actor who
   * @param blog its blog
   * @param post the post
   * @return true for publishers of its blog, and for its authors while it is not public yet
   */
  public boolean mayEdit(Actor actor, Blog blog, Post post) {
    if (mayPublish(actor, blog)) {
      return true;
    }
    return isAuthor(actor, post)
        && authorizer.can(actor.caller(), BlogModule.WRITE)
        && (post.getStatus() == PostStatus.DRAFT || post.getStatus() == PostStatus.SUBMITTED);
  }

  /**
   * Tells whether an actor may see a post that is not public (a draft, its preview).
   *
   * @param actor who
   * @param blog its blog
   * @param post the post
   * @return true for its authors and its blog's publishers
   */
  public boolean maySee(Actor actor, Blog blog, Post post) {
    return isAuthor(actor, post) || mayPublish(actor, blog);
  }

  /**
   * Tells whether an actor may delete a post.
   *
   * @param actor who
   * @param blog its blog
   * @param post the post
   * @return true for its blog's publishers, and for its authors while it is a draft
   */
  public boolean mayDelete(Actor actor, Blog blog, Post post) {
    return mayPublish(actor, blog) || isAuthor(actor, post) && post.getStatus() == PostStatus.DRAFT;
  }

  /**
   * Tells whether an actor may approve, hide and delete comments under a post.
   *
   * @param actor who
   * @param blog its blog
   * @param post the post
   * @return true for its authors and its blog's publishers
   */
  public boolean mayModerate(Actor actor, Blog blog, Post post) {
    return isAuthor(actor, post)
        || mayPublish(actor, blog)
        || authorizer.can(actor.caller(), BlogModule.MODERATE);
  }

  /**
   * Tells whether an actor may comment at all.
   *
   * @param actor who
   * @return true when they hold the permission to comment
   */
  public boolean mayComment(Actor actor) {
    return authorizer.can(actor.caller(), BlogModule.COMMENT);
  }

  /**
   * Tells whether an actor is one of a post's authors.
   *
   * @param actor who
   * @param post the post
   * @return true when named among its authors
   */
  public boolean isAuthor(Actor actor, Post post) {
    return post.getAuthorIds().contains(actor.accountId());
  }
}
