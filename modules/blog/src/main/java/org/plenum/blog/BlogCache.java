package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.plenum.spi.ContentChanged;

/**
 * The page-cache tags of the blog's pages, and the translation of post changes into them: a post's
 * page shows the post, its comments and links to its translations; lists, feeds and home blocks
 * show published posts. A comment changes one post's page; publishing, withdrawing or editing a
 * public post changes its page, its translations' pages and every list.
 */
@ApplicationScoped
public class BlogCache {

  /** Pages that list posts: the News, blogs, tags, authors, feeds. */
  public static final String LISTS = "blog.lists";

  /**
   * Every change of posts or their comments. No page declares it: the blog's own kept reads (posts,
   * lists, blogs) do, so that another module's changes leave them be.
   */
  public static final String POSTS = "blog.posts";

  /** Pages that show members' names. */
  public static final String PEOPLE = ContentChanged.PEOPLE;

  @Inject Event<ContentChanged> out;

  /**
   * The tag of one post's page.
   *
   * @param id the post
   * @return the tag
   */
  public static String post(long id) {
    return "blog.post:" + id;
  }

  /**
   * The tag of the pages of a post's translations.
   *
   * @param group their translation group
   * @return the tag
   */
  public static String group(String group) {
    return "blog.group:" + group;
  }

  void changed(@Observes PostChanged e) {
    if (e.what() == PostChanged.What.COMMENTS) {
      out.fire(ContentChanged.of(post(e.postId()), POSTS));
    } else {
      out.fire(ContentChanged.of(post(e.postId()), group(e.group()), LISTS, POSTS));
    }
  }
}
