package org.plenum.blog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.Slugs;
import org.plenum.api.Texts;
import org.plenum.blog.Blog;
import org.plenum.blog.Blogs;
import org.plenum.blog.People;
import org.plenum.blog.Post;

/** Addresses and bylines of posts, for every page that lists or shows them. */
@Named("posts")
@RequestScoped
public class PostLinks {

  @Inject Blogs blogs;

  @Inject People people;

  @Inject CurrentReader current;

  @Inject Texts msg;

  @Inject Chapters chapters;

  private final Map<Long, Blog> byId = new HashMap<>();
  private final Map<Long, List<Chapters.Person>> authors = new HashMap<>();

  /**
   * A post's path below the language: {@code news/<slug>} or {@code blogs/<blog>/<slug>}.
   *
   * @param post the post
   * @return the path
   */
  public String path(Post post) {
    Blog blog = blog(post.getBlogId());
    return blog.postPath(post.getSlug());
  }

  /**
   * A post's address, in its own language.
   *
   * @param post the post
   * @return the address below the context
   */
  public String url(Post post) {
    return current.getBase() + "/" + post.getLanguage() + "/" + path(post);
  }

  /**
   * A tag's address: its slug, {@code benevolat} for "bénévolat".
   *
   * @param tag the tag
   * @return the path below the language
   */
  public String tagPath(String tag) {
    return "tags/" + Slugs.from(tag);
  }

  /**
   * A post's blog.
   *
   * @param id the blog's id
   * @return the blog
   */
  public Blog blog(Long id) {
    return byId.computeIfAbsent(id, k -> blogs.blog(k).orElseThrow());
  }

  /**
   * What goes after the n-th name of a list: a comma, "and" before the last, nothing after it.
   *
   * @param index the name's position, from 0
   * @param size how many names
   * @return the separator, in the reader's language
   */
  public String separator(int index, int size) {
    if (index >= size - 1) {
      return "";
    }
    return index == size - 2 ? msg.text("blog.and") : ", ";
  }

  /**
   * A post's authors.
   *
   * @param post the post
   * @return name and profile address of each, in order
   */
  public List<Chapters.Person> authors(Post post) {
    return authors.computeIfAbsent(post.getId(), id -> people.people(post.getAuthorIds()));
  }

  /**
   * Whose a blog is: "News", a chapter's name or a member's.
   *
   * @param blog the blog
   * @return the name, in the reader's language
   */
  public String blogName(Blog blog) {
    if (blog.isNews()) {
      return msg.text("blog.news.title");
    }
    if (blog.getChapterId() != null) {
      return chapters.byId(blog.getChapterId()).map(c -> c.getName()).orElse(blog.getSlug());
    }
    return people.people(List.of(blog.getAccountId())).stream()
        .findFirst()
        .map(Chapters.Person::name)
        .orElse(blog.getSlug());
  }
}
