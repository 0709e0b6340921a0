package org.plenum.blog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.PageGuards;
import org.plenum.api.ReaderDates;
import org.plenum.api.Slugs;
import org.plenum.api.Texts;
import org.plenum.blog.Blog;
import org.plenum.blog.BlogCache;
import org.plenum.blog.Blogs;
import org.plenum.blog.PostIndex;
import org.plenum.blog.PublishedPosts;
import org.plenum.blog.PublishedPosts.Filter;
import org.plenum.blog.Tags;

/**
 * A list of published posts: the News, the blogs of members and chapters, one blog, one tag, one
 * author — ten a page, newest first, the reader's language before the others.
 */
@Named("postList")
@RequestScoped
public class PostList {

  @Inject Blogs blogs;

  @Inject PublishedPosts published;

  @Inject Tags tags;

  @Inject Members accounts;

  @Inject Chapters chapters;

  @Inject CurrentReader current;

  @Inject Texts msg;

  @Inject PostLinks links;

  @Inject ReaderDates dates;

  private PublishedPosts.Slice slice;
  private String title;
  private String feed;
  private String base;
  private String writeQuery = "";

  /** Works out what to list from the address, or answers 404. */
  public void load() {
    String pattern = current.getRoute();
    Filter filter = null;
    switch (pattern) {
      case "news" -> {
        filter = new Filter(blogs.news().getId(), null, null, null, false, null);
        title = msg.text("blog.news.title");
        writeQuery = "?blog=news";
        feed = "news";
        base = "news";
      }
      case "blogs" -> {
        filter = new Filter(null, null, null, null, true, null);
        title = msg.text("blog.blogs.title");
        feed = "blogs";
        base = "blogs";
      }
      case "blogs/{blog}" -> {
        Blog blog = blogs.blog(current.param("blog")).filter(b -> !b.isNews()).orElse(null);
        if (blog != null) {
          filter = new Filter(blog.getId(), null, null, null, false, null);
          title = msg.format("blog.blog.title", links.blogName(blog));
          writeQuery = blog.getChapterId() != null ? "?blog=chapter-" + blog.getChapterId() : "";
          feed = "blogs/" + blog.getSlug();
          base = "blogs/" + blog.getSlug();
        }
      }
      case "tags/{tag}" -> {
        String slug = current.param("tag");
        String tag = tags.tagForSlug(slug).orElse(null);
        if (tag != null) {
          filter = new Filter(null, tag, null, null, false, null);
          title = msg.format("blog.tag.title", tag);
          feed = "tags/" + slug;
          base = "tags/" + slug;
        }
      }
      case "archive/{year}/{month}" -> {
        PostIndex.Month m = month(current.param("year"), current.param("month"));
        if (m != null) {
          filter = Filter.ALL.between(m.start(), m.start().plusMonths(1));
          title = msg.format("blog.archive.month", dates.month(m.start()));
          base = m.path();
        }
      }
      case "authors/{author}" -> {
        String slug = current.param("author");
        Member a =
            Slugs.valid(slug)
                ? accounts.bySlug(slug).filter(x -> !x.suspended()).orElse(null)
                : null;
        if (a != null) {
          filter = new Filter(null, null, a.id(), null, false, null);
          title = msg.format("blog.author.title", a.displayName());
          base = "authors/" + slug;
        }
      }
      default -> {
        // no other route leads here
      }
    }
    int page = page();
    if (filter != null) {
      slice = published.list(filter, current.getLang(), page);
    }
    if (filter == null
        || page < 1
        || page > slice.pages()
        || "authors/{author}".equals(pattern) && slice.total() == 0) {
      PageGuards.notFound();
      return;
    }
    current.cache(BlogCache.LISTS, BlogCache.PEOPLE);
  }

  private static PostIndex.Month month(String year, String month) {
    if (year == null || month == null || !year.matches("\\d{4}") || !month.matches("\\d{1,2}")) {
      return null;
    }
    int y = Integer.parseInt(year);
    int m = Integer.parseInt(month);
    return y < 1900 || y > 2200 || m < 1 || m > 12 ? null : new PostIndex.Month(y, m, 0);
  }

  private int page() {
    String p = current.query("page");
    if (p == null) {
      return 1;
    }
    try {
      return p.length() > 6 ? -1 : Integer.parseInt(p);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * @return the page of posts
   */
  public PublishedPosts.Slice getSlice() {
    return slice;
  }

  /**
   * @return the query that preselects this list's blog in the editor, or ""
   */
  public String getWriteQuery() {
    return writeQuery;
  }

  /**
   * @return the list's title
   */
  public String getTitle() {
    return title;
  }

  /**
   * @return the feed's path below {@code /feeds/}, or {@code null}
   */
  public String getFeed() {
    return feed;
  }

  /**
   * @return the list's own path, for paging links
   */
  public String getBase() {
    return base;
  }
}
