package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.api.Reads;

/**
 * Reading published posts: one by its address or id, lists filtered and paged, the latest for
 * home-page blocks, a post's translations. Lists only ever hold published posts; what pages read on
 * every request is kept in the module API's {@link Reads}, until posts change.
 */
@ApplicationScoped
public class PublishedPosts {

  /** Posts per page of a list. */
  public static final int PAGE_SIZE = 10;

  @PersistenceContext EntityManager em;

  @Inject Reads reads;

  private static final Set<String> POSTS = Set.of(BlogCache.POSTS);

  @Inject Blogs blogs;

  private record ListKey(Filter filter, String lang, int page, int size) {}

  private record LatestKey(boolean newsOnly, String lang, int max) {}

  private record PostKey(long blogId, String slug) {}

  private record GroupKey(String group, long id) {}

  /**
   * A page of a list.
   *
   * @param posts the posts on it
   * @param page its number, from 1
   * @param pages how many pages there are
   * @param total how many posts in all
   */
  public record Slice(List<Post> posts, int page, int pages, long total) {

    /**
     * @return true when there is a page before
     */
    public boolean hasPrevious() {
      return page > 1;
    }

    /**
     * @return true when there is a page after
     */
    public boolean hasNext() {
      return page < pages;
    }
  }

  /**
   * What a list shows.
   *
   * @param blogId one blog, or {@code null} for all
   * @param tag posts with this tag, or {@code null}
   * @param authorId posts this member co-wrote, or {@code null}
   * @param chapterId posts of this chapter's blog, or {@code null}
   * @param notNews only posts outside the site's News: the members' and chapters' blogs
   * @param language only posts in this language, or {@code null} for all
   * @param from only posts published at or after this moment (UTC), or {@code null}
   * @param until only posts published before this moment (UTC), or {@code null}
   */
  public record Filter(
      Long blogId,
      String tag,
      Long authorId,
      Long chapterId,
      boolean notNews,
      String language,
      LocalDateTime from,
      LocalDateTime until) {

    /** Every published post. */
    public static final Filter ALL = new Filter(null, null, null, null, false, null);

    /**
     * Posts of any date.
     *
     * @param blogId one blog, or {@code null}
     * @param tag a tag, or {@code null}
     * @param authorId an author, or {@code null}
     * @param chapterId a chapter, or {@code null}
     * @param notNews only posts outside the News
     * @param language one language, or {@code null}
     */
    public Filter(
        Long blogId, String tag, Long authorId, Long chapterId, boolean notNews, String language) {
      this(blogId, tag, authorId, chapterId, notNews, language, null, null);
    }

    /**
     * The same posts in one language only.
     *
     * @param lang the language
     * @return the narrower filter
     */
    public Filter in(String lang) {
      return new Filter(blogId, tag, authorId, chapterId, notNews, lang, from, until);
    }

    /**
     * The same posts published within a period.
     *
     * @param start from this moment, or {@code null}
     * @param end until this moment, excluded, or {@code null}
     * @return the narrower filter
     */
    public Filter between(LocalDateTime start, LocalDateTime end) {
      return new Filter(blogId, tag, authorId, chapterId, notNews, language, start, end);
    }
  }

  /**
   * A published post.
   *
   * @param blogId its blog
   * @param slug its address
   * @return the post, if published
   */
  @Transactional
  public Optional<Post> published(long blogId, String slug) {
    return reads.read(
        "blog." + new PostKey(blogId, slug), POSTS, () -> loadPublished(blogId, slug));
  }

  private Optional<Post> loadPublished(long blogId, String slug) {
    return em.createQuery(
            "select p from Post p where p.blogId = :b and p.slug = :s" + " and p.status = :st",
            Post.class)
        .setParameter("b", blogId)
        .setParameter("s", slug)
        .setParameter("st", PostStatus.PUBLISHED)
        .getResultStream()
        .findFirst();
  }

  /**
   * A published post by id.
   *
   * @param id the id
   * @return the post, if it exists and is published
   */
  @Transactional
  public Optional<Post> publishedById(long id) {
    Post p = em.find(Post.class, id);
    if (p == null || p.getStatus() != PostStatus.PUBLISHED) {
      return Optional.empty();
    }
    p.getTags();
    p.getAuthorIds();
    return Optional.of(p);
  }

  /**
   * Tells whether a blog has a post at an address, whatever its status.
   *
   * @param blogId the blog
   * @param slug the address
   * @return true when taken
   */
  @Transactional
  public boolean exists(long blogId, String slug) {
    return !em.createQuery(
            "select p.id from Post p where p.blogId = :b and p.slug = :s", Long.class)
        .setParameter("b", blogId)
        .setParameter("s", slug)
        .getResultList()
        .isEmpty();
  }

  /**
   * The post that had an address before its slug changed.
   *
   * @param blogId the blog
   * @param slug the old address
   * @return the post, when published
   */
  @Transactional
  public Optional<Post> movedFrom(long blogId, String slug) {
    OldSlug old = em.find(OldSlug.class, OldSlug.key(blogId, slug));
    if (old == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(Post.class, old.getPostId()))
        .filter(p -> p.getStatus() == PostStatus.PUBLISHED);
  }

  /**
   * A page of published posts, newest first, the reader's language before the others.
   *
   * @param filter what to list
   * @param lang the reader's language
   * @param page the page, from 1
   * @return the page, empty past the last
   */
  @Transactional
  public Slice list(Filter filter, String lang, int page) {
    return list(filter, lang, page, PAGE_SIZE);
  }

  /**
   * A page of published posts of a given size, newest first, the reader's language first.
   *
   * @param filter what to list
   * @param lang the reader's language
   * @param page the page, from 1
   * @param size posts per page, 1 to 100
   * @return the page, empty past the last
   */
  @Transactional
  public Slice list(Filter filter, String lang, int page, int size) {
    return reads.read(
        "blog." + new ListKey(filter, lang, page, size),
        POSTS,
        () -> loadList(filter, lang, page, size));
  }

  private Slice loadList(Filter filter, String lang, int page, int size) {
    StringBuilder where = new StringBuilder(" where p.status = :st");
    Map<String, Object> params = new HashMap<>();
    params.put("st", PostStatus.PUBLISHED);
    String from = " from Post p";
    if (filter.blogId() != null) {
      where.append(" and p.blogId = :b");
      params.put("b", filter.blogId());
    }
    if (filter.language() != null) {
      where.append(" and p.language = :lang");
      params.put("lang", filter.language());
    }
    if (filter.from() != null) {
      where.append(" and p.publishedAt >= :from");
      params.put("from", filter.from());
    }
    if (filter.until() != null) {
      where.append(" and p.publishedAt < :until");
      params.put("until", filter.until());
    }
    if (filter.notNews()) {
      where.append(" and p.blogId <> :news");
      params.put("news", blogs.news().getId());
    }
    if (filter.chapterId() != null) {
      where.append(" and p.blogId in (select b.id from Blog b where b.chapterId = :c)");
      params.put("c", filter.chapterId());
    }
    if (filter.tag() != null) {
      from += " join p.tags t";
      where.append(" and t = :t");
      params.put("t", filter.tag());
    }
    if (filter.authorId() != null) {
      from += " join p.authorIds a";
      where.append(" and a = :a");
      params.put("a", filter.authorId());
    }
    TypedQuery<Long> count = em.createQuery("select count(p)" + from + where, Long.class);
    params.forEach(count::setParameter);
    long total = count.getSingleResult();
    int pages = (int) Math.max(1, (total + size - 1) / size);
    TypedQuery<Post> q =
        em.createQuery(
            "select p"
                + from
                + where
                + " order by case when p.language = :l then 0 else 1 end, p.publishedAt desc, p.id desc",
            Post.class);
    params.forEach(q::setParameter);
    q.setParameter("l", lang);
    q.setHint("eclipselink.batch.type", "IN");
    q.setHint("eclipselink.batch", "p.tags");
    q.setHint("eclipselink.batch", "p.authorIds");
    List<Post> posts =
        q.setFirstResult((Math.max(1, page) - 1) * size).setMaxResults(size).getResultList();
    posts.forEach(
        p -> {
          p.getTags();
          p.getAuthorIds();
        });
    return new Slice(posts, page, pages, total);
  }

  /**
   * The latest published posts of the whole site, for a home-page block.
   *
   * @param newsOnly only the News
   * @param lang the reader's language, listed first
   * @param max how many
   * @return posts
   */
  @Transactional
  public List<Post> latest(boolean newsOnly, String lang, int max) {
    return reads.read(
        "blog." + new LatestKey(newsOnly, lang, max), POSTS, () -> loadLatest(newsOnly, lang, max));
  }

  private List<Post> loadLatest(boolean newsOnly, String lang, int max) {
    Blog news = blogs.news();
    TypedQuery<Post> q =
        em.createQuery(
                "select p from Post p where p.status = :st and "
                    + (newsOnly ? "p.blogId = :b" : "p.blogId <> :b")
                    + " order by case when p.language = :l then 0 else 1 end, p.publishedAt desc",
                Post.class)
            .setParameter("st", PostStatus.PUBLISHED)
            .setParameter("b", news.getId())
            .setParameter("l", lang)
            .setMaxResults(max);
    List<Post> posts = q.getResultList();
    posts.forEach(p -> p.getAuthorIds());
    return posts;
  }

  /**
   * Translations of a published post.
   *
   * @param post a post
   * @return the other published posts of its group
   */
  @Transactional
  public List<Post> translations(Post post) {
    return reads.read(
        "blog." + new GroupKey(post.getTranslationGroup(), post.getId()),
        POSTS,
        () -> loadTranslations(post));
  }

  private List<Post> loadTranslations(Post post) {
    return em.createQuery(
            "select p from Post p where p.translationGroup = :g and p.id <> :id"
                + " and p.status = :st order by p.language",
            Post.class)
        .setParameter("g", post.getTranslationGroup())
        .setParameter("id", post.getId())
        .setParameter("st", PostStatus.PUBLISHED)
        .getResultList();
  }
}
