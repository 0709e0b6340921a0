package org.plenum.blog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenum.api.CurrentReader;
import org.plenum.blog.Post;
import org.plenum.blog.PublishedPosts;

/** The few latest posts the home page and chapter pages show. */
@Named("latestPosts")
@RequestScoped
public class LatestPosts {

  private static final int BLOCK_SIZE = 5;

  @Inject PublishedPosts published;

  @Inject CurrentReader current;

  private List<Post> news;
  private List<Post> others;
  private final Map<Long, List<Post>> byChapter = new HashMap<>();

  /**
   * @return the latest News, the reader's language first
   */
  public List<Post> getNews() {
    if (news == null) {
      news = published.latest(true, current.getLang(), BLOCK_SIZE);
    }
    return news;
  }

  /**
   * @return the latest posts of members' and chapters' blogs
   */
  public List<Post> getBlogs() {
    if (others == null) {
      others = published.latest(false, current.getLang(), BLOCK_SIZE);
    }
    return others;
  }

  /**
   * The latest posts of a chapter's blog.
   *
   * @param chapterId the chapter
   * @return posts
   */
  public List<Post> ofChapter(Long chapterId) {
    return byChapter.computeIfAbsent(
        chapterId,
        id ->
            published
                .list(
                    new PublishedPosts.Filter(null, null, null, id, false, null),
                    current.getLang(),
                    1)
                .posts());
  }
}
