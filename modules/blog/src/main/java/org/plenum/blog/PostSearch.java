package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.plenum.spi.SearchChanged;
import org.plenum.spi.SearchDocument;
import org.plenum.spi.SearchSource;

/**
 * Posts for the site's search: a published post for everyone, with its approved comments as part of
 * its text; a post not yet public (draft, submitted, scheduled, archived) only for its authors and
 * those who may publish in its blog.
 */
@ApplicationScoped
public class PostSearch implements SearchSource {

  /** The type of posts in the search. */
  public static final String TYPE = "post";

  private static final int BATCH = 500;

  @PersistenceContext EntityManager em;

  @Inject Event<SearchChanged> changed;

  /** This bean through its proxy: each batch is read in a transaction of its own. */
  @Inject PostSearch self;

  /** A post's public face changed (published, commented, deleted): the search reads it again. */
  void publicChange(@Observes PostChanged event) {
    reindex(event.postId());
  }

  /**
   * Tells the search that a post was written: it reads the post again.
   *
   * @param postId the post
   */
  public void reindex(long postId) {
    changed.fire(new SearchChanged(TYPE, String.valueOf(postId)));
  }

  @Override
  public String moduleId() {
    return BlogModule.ID;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public void each(Consumer<SearchDocument> sink) {
    long after = 0;
    while (true) {
      List<SearchDocument> batch = self.batch(after);
      if (batch.isEmpty()) {
        return;
      }
      batch.forEach(sink);
      after = Long.parseLong(batch.get(batch.size() - 1).id());
    }
  }

  /**
   * The next posts to index, in one transaction; call it through the proxy.
   *
   * @param after the last post id indexed
   * @return their documents
   */
  @Transactional
  public List<SearchDocument> batch(long after) {
    List<SearchDocument> list = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select p, b from Post p, Blog b where p.blogId = b.id"
                    + " and p.id > :after order by p.id",
                Object[].class)
            .setParameter("after", after)
            .setMaxResults(BATCH)
            .getResultList()) {
      list.add(document((Post) row[0], (Blog) row[1]));
    }
    return list;
  }

  @Override
  @Transactional
  public Optional<SearchDocument> find(String id) {
    if (!id.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    Post post = em.find(Post.class, Long.valueOf(id));
    if (post == null) {
      return Optional.empty();
    }
    Blog blog = em.find(Blog.class, post.getBlogId());
    return blog == null ? Optional.empty() : Optional.of(document(post, blog));
  }

  private SearchDocument document(Post post, Blog blog) {
    boolean published = post.getStatus() == PostStatus.PUBLISHED;
    Set<String> readers = new HashSet<>();
    if (published) {
      readers.add(SearchDocument.ANYONE);
    } else {
      post.getAuthorIds().forEach(a -> readers.add(SearchDocument.account(a)));
      switch (blog.getKind()) {
        case CHAPTER ->
            readers.add(SearchDocument.permission(BlogModule.PUBLISH_CHAPTER, blog.getChapterId()));
        case MEMBER -> {
          readers.add(SearchDocument.account(blog.getAccountId()));
          readers.add(SearchDocument.permission(BlogModule.PUBLISH_NEWS));
        }
        default -> readers.add(SearchDocument.permission(BlogModule.PUBLISH_NEWS));
      }
    }
    StringBuilder text = new StringBuilder();
    if (post.getSummary() != null) {
      text.append(post.getSummary()).append("\n\n");
    }
    if (post.getBodyHtml() != null) {
      text.append(Jsoup.parse(post.getBodyHtml()).text());
    }
    if (published) {
      for (String c :
          em.createQuery(
                  "select c.bodyHtml from Comment c where c.postId = :p"
                      + " and c.status = :s order by c.id",
                  String.class)
              .setParameter("p", post.getId())
              .setParameter("s", CommentStatus.VISIBLE)
              .getResultList()) {
        text.append("\n\n").append(Jsoup.parse(c).text());
      }
    }
    return new SearchDocument(
        TYPE,
        String.valueOf(post.getId()),
        post.getLanguage(),
        post.getTitle(),
        text.toString(),
        published ? blog.postPath(post.getSlug()) : "posts/" + post.getId(),
        published ? post.getPublished() : post.getUpdated(),
        blog.getChapterId(),
        List.copyOf(post.getTags()),
        readers);
  }
}
