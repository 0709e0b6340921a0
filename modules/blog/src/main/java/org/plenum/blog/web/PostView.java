package org.plenum.blog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.PageGuards;
import org.plenum.api.Slugs;
import org.plenum.blog.Blog;
import org.plenum.blog.BlogCache;
import org.plenum.blog.BlogRules;
import org.plenum.blog.Blogs;
import org.plenum.blog.Comment;
import org.plenum.blog.CommentService;
import org.plenum.blog.People;
import org.plenum.blog.Post;
import org.plenum.blog.PostDesk;
import org.plenum.blog.PostNotFound;
import org.plenum.blog.PostStatus;
import org.plenum.blog.PublishedPosts;

/**
 * A post's page: a published post at its address (an old address redirects to the current one), or
 * a preview of any post its authors and publishers may see at {@code posts/<id>}. With its authors,
 * tags, translations and comments, and for moderators the comments waiting for them.
 */
@Named("postView")
@RequestScoped
public class PostView {

  @Inject Blogs blogs;

  @Inject PublishedPosts published;

  @Inject PostDesk desk;

  @Inject People people;

  @Inject CommentService comments;

  @Inject BlogRules rules;

  @Inject CurrentReader current;

  @Inject PostLinks links;

  private boolean resolved;
  private Post post;
  private Blog blog;
  private Optional<BlogRules.Actor> actor;
  private List<Post> translations = List.of();
  private List<Comment> visible;
  private List<Comment> pending;

  /** Loads the post, or redirects from an old address, or answers 404. */
  public void load() {
    resolve();
    if (post == null) {
      Optional<Post> moved =
          blog == null || !Slugs.valid(current.param("post"))
              ? Optional.empty()
              : published.movedFrom(blog.getId(), current.param("post"));
      if (moved.isPresent()) {
        PageGuards.moved(links.url(moved.get()));
        return;
      }
      PageGuards.notFound();
      return;
    }
    for (Post t : translations) {
      current.alternate(t.getLanguage(), links.path(t));
    }
    if (!isPreview()) {
      current.cache(
          BlogCache.post(post.getId()),
          BlogCache.group(post.getTranslationGroup()),
          BlogCache.PEOPLE);
    }
  }

  private void resolve() {
    if (resolved) {
      return;
    }
    resolved = true;
    actor = rules.actor(current.getCaller());
    String id = current.param("id");
    if (id != null) {
      if (id.matches("\\d{1,18}") && actor.isPresent()) {
        try {
          PostDesk.Located at = desk.visible(actor.get(), Long.parseLong(id));
          post = at.post();
          blog = at.blog();
        } catch (PostNotFound e) {
          post = null;
        }
      }
    } else {
      String blogSlug = current.param("blog");
      String slug = current.param("post");
      blog =
          blogSlug == null
              ? blogs.news()
              : blogs.blog(blogSlug).filter(b -> !b.isNews()).orElse(null);
      post =
          blog == null || !Slugs.valid(slug)
              ? null
              : published.published(blog.getId(), slug).orElse(null);
    }
    if (post != null) {
      translations = published.translations(post);
      current.keepState();
    }
  }

  /**
   * @return the post
   */
  public Post getPost() {
    resolve();
    return post;
  }

  /**
   * @return its blog
   */
  public Blog getBlog() {
    resolve();
    return blog;
  }

  /**
   * @return true when this is a preview of a post that is not public
   */
  public boolean isPreview() {
    resolve();
    return post != null && post.getStatus() != PostStatus.PUBLISHED;
  }

  /**
   * @return its authors
   */
  public List<Chapters.Person> getAuthors() {
    return links.authors(getPost());
  }

  /**
   * @return the post in other languages
   */
  public List<Post> getTranslations() {
    resolve();
    return translations;
  }

  /**
   * @return the post's canonical address, absolute
   */
  public String getCanonical() {
    return current.absolute(links.url(getPost()));
  }

  /**
   * @return true when the reader may edit the post
   */
  public boolean isEditable() {
    resolve();
    return post != null && actor.isPresent() && rules.mayEdit(actor.get(), blog, post);
  }

  /**
   * @return true when the reader may comment
   */
  public boolean isCommentable() {
    resolve();
    return post != null
        && post.getStatus() == PostStatus.PUBLISHED
        && actor.isPresent()
        && rules.mayComment(actor.get());
  }

  /**
   * @return true when the reader moderates the comments here
   */
  public boolean isModerator() {
    resolve();
    return post != null && actor.isPresent() && rules.mayModerate(actor.get(), blog, post);
  }

  /**
   * @return the comments shown
   */
  public List<Comment> getComments() {
    resolve();
    if (visible == null) {
      visible = post == null ? List.of() : comments.visible(post.getId());
    }
    return visible;
  }

  /**
   * @return the comments waiting, for moderators
   */
  public List<Comment> getPending() {
    resolve();
    if (pending == null) {
      pending = post == null || !isModerator() ? List.of() : comments.pending(post.getId());
    }
    return pending;
  }

  /**
   * The writers of the comments shown or waiting.
   *
   * @return name and profile address by account id
   */
  public Map<Long, Chapters.Person> getWriters() {
    LinkedHashSet<Long> ids = new LinkedHashSet<>();
    getComments().forEach(c -> ids.add(c.getAccountId()));
    getPending().forEach(c -> ids.add(c.getAccountId()));
    return people.peopleById(ids);
  }

  /**
   * @return the reader's account id, or 0
   */
  public long getReaderId() {
    resolve();
    return actor.map(BlogRules.Actor::accountId).orElse(0L);
  }
}
