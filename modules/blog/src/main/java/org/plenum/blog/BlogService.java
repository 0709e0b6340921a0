package org.plenum.blog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.plenum.api.Chapters;
import org.plenum.api.Markdown;
import org.plenum.spi.ContentChanged;

/**
 * Reading and writing blogs and posts. Lists only ever hold published posts; a post's page
 * shows a published post to anyone.
 */
@ApplicationScoped
public class BlogService {

  /** Posts per page of a list. */
  public static final int PAGE_SIZE = 10;

  @PersistenceContext
  EntityManager em;

  @Inject
  org.plenum.api.Members members;

  @Inject
  Markdown markdown;

  @Inject
  jakarta.enterprise.event.Event<org.plenum.spi.SearchChanged> searchChanged;

  /**
   * What pages read on every request and content changes rarely: lists, posts by address,
   * names. Any {@link ContentChanged} drops it all; a value read while a change happened is
   * not kept. Values are detached entities that pages only read.
   */
  private final Cache<Object, Object> reads = Caffeine.newBuilder().maximumSize(10_000)
      .expireAfterWrite(java.time.Duration.ofMinutes(30)).build();

  private final AtomicLong generation = new AtomicLong();

  private record ListKey(Filter filter, String lang, int page, int size) {}

  private record LatestKey(boolean newsOnly, String lang, int max) {}

  private record PostKey(long blogId, String slug) {}

  private record GroupKey(String group, long id) {}

  private record PersonKey(long id) {}

  @SuppressWarnings("unchecked")
  private <T> T read(Object key, java.util.function.Supplier<T> load) {
    Object hit = reads.getIfPresent(key);
    if (hit != null) {
      return (T) hit;
    }
    long begun = generation.get();
    T value = load.get();
    if (value != null && generation.get() == begun) {
      reads.put(key, value);
    }
    return value;
  }

  void changed(@Observes ContentChanged event) {
    generation.incrementAndGet();
    reads.invalidateAll();
  }

  void committed(@Observes(during = TransactionPhase.AFTER_COMPLETION) ContentChanged event) {
    changed(event);
  }

  /**
   * A page of a list.
   *
   * @param posts the posts on it
   * @param page its number, from 1
   * @param pages how many pages there are
   * @param total how many posts in all
   */
  public record Slice(List<Post> posts, int page, int pages, long total) {

    /** @return true when there is a page before */
    public boolean hasPrevious() {
      return page > 1;
    }

    /** @return true when there is a page after */
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
  public record Filter(Long blogId, String tag, Long authorId, Long chapterId,
      boolean notNews, String language, LocalDateTime from, LocalDateTime until) {

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
    public Filter(Long blogId, String tag, Long authorId, Long chapterId, boolean notNews,
        String language) {
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
   * The site's News, made on first use.
   *
   * @return the blog
   */
  @Transactional
  public Blog news() {
    return blog(Blog.NEWS).orElseGet(() -> {
      Blog b = new Blog(BlogKind.SITE, Blog.NEWS, null, null);
      em.persist(b);
      em.flush();
      return b;
    });
  }

  /**
   * A blog by its slug.
   *
   * @param slug the slug
   * @return the blog, if any
   */
  @Transactional
  public Optional<Blog> blog(String slug) {
    Object hit = reads.getIfPresent("blog:" + slug);
    if (hit != null) {
      return Optional.of((Blog) hit);
    }
    Optional<Blog> found = em.createQuery("select b from Blog b where b.slug = :s", Blog.class)
        .setParameter("s", slug).getResultStream().findFirst();
    found.ifPresent(b -> reads.put("blog:" + slug, b));
    return found;
  }

  /**
   * A blog by id.
   *
   * @param id the id
   * @return the blog, if any
   */
  @Transactional
  public Optional<Blog> blog(long id) {
    return Optional.ofNullable(em.find(Blog.class, id));
  }

  /**
   * A member's blog, made on first use; its slug is the member's profile address.
   *
   * @param accountId the member
   * @param memberSlug their profile address
   * @return the blog
   */
  @Transactional
  public Blog memberBlog(long accountId, String memberSlug) {
    return em.createQuery("select b from Blog b where b.kind = :k and b.accountId = :a",
        Blog.class).setParameter("k", BlogKind.MEMBER).setParameter("a", accountId)
        .getResultStream().findFirst().orElseGet(() -> {
          String slug = blog(memberSlug).isPresent() ? memberSlug + "-blog" : memberSlug;
          Blog b = new Blog(BlogKind.MEMBER, slug, null, accountId);
          em.persist(b);
          em.flush();
          return b;
        });
  }

  /**
   * A chapter's blog, made on first use; its slug is the chapter's.
   *
   * @param chapterId the chapter
   * @param chapterSlug its slug
   * @return the blog
   */
  @Transactional
  public Blog chapterBlog(long chapterId, String chapterSlug) {
    return em.createQuery("select b from Blog b where b.kind = :k and b.chapterId = :c",
        Blog.class).setParameter("k", BlogKind.CHAPTER).setParameter("c", chapterId)
        .getResultStream().findFirst().orElseGet(() -> {
          String slug = blog(chapterSlug).isPresent() ? chapterSlug + "-blog" : chapterSlug;
          Blog b = new Blog(BlogKind.CHAPTER, slug, chapterId, null);
          em.persist(b);
          em.flush();
          return b;
        });
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
    return read(new PostKey(blogId, slug), () -> loadPublished(blogId, slug));
  }

  private Optional<Post> loadPublished(long blogId, String slug) {
    return em.createQuery("select p from Post p where p.blogId = :b and p.slug = :s"
        + " and p.status = :st", Post.class).setParameter("b", blogId).setParameter("s", slug)
        .setParameter("st", PostStatus.PUBLISHED).getResultStream().findFirst();
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
    return !em.createQuery("select p.id from Post p where p.blogId = :b and p.slug = :s",
        Long.class).setParameter("b", blogId).setParameter("s", slug).getResultList().isEmpty();
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
    return read(new ListKey(filter, lang, page, size), () -> loadList(filter, lang, page, size));
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
      params.put("news", news().getId());
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
    TypedQuery<Post> q = em.createQuery("select p" + from + where
        + " order by case when p.language = :l then 0 else 1 end, p.publishedAt desc, p.id desc",
        Post.class);
    params.forEach(q::setParameter);
    q.setParameter("l", lang);
    q.setHint("eclipselink.batch.type", "IN");
    q.setHint("eclipselink.batch", "p.tags");
    q.setHint("eclipselink.batch", "p.authorIds");
    List<Post> posts = q.setFirstResult((Math.max(1, page) - 1) * size)
        .setMaxResults(size).getResultList();
    posts.forEach(p -> {
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
    return read(new LatestKey(newsOnly, lang, max), () -> loadLatest(newsOnly, lang, max));
  }

  private List<Post> loadLatest(boolean newsOnly, String lang, int max) {
    Blog news = news();
    TypedQuery<Post> q = em.createQuery("select p from Post p where p.status = :st and "
        + (newsOnly ? "p.blogId = :b" : "p.blogId <> :b")
        + " order by case when p.language = :l then 0 else 1 end, p.publishedAt desc", Post.class)
        .setParameter("st", PostStatus.PUBLISHED).setParameter("b", news.getId())
        .setParameter("l", lang).setMaxResults(max);
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
    return read(new GroupKey(post.getTranslationGroup(), post.getId()),
        () -> loadTranslations(post));
  }

  private List<Post> loadTranslations(Post post) {
    return em.createQuery("select p from Post p where p.translationGroup = :g and p.id <> :id"
        + " and p.status = :st order by p.language", Post.class)
        .setParameter("g", post.getTranslationGroup()).setParameter("id", post.getId())
        .setParameter("st", PostStatus.PUBLISHED).getResultList();
  }

  /**
   * The people behind account ids, in the order given.
   *
   * @param ids account ids
   * @return name, profile address and avatar of each known one
   */
  @Transactional
  public List<Chapters.Person> people(Collection<Long> ids) {
    Map<Long, Chapters.Person> byId = peopleById(ids);
    List<Chapters.Person> list = new ArrayList<>();
    ids.forEach(id -> {
      if (byId.containsKey(id)) {
        list.add(byId.get(id));
      }
    });
    return list;
  }

  /**
   * The people behind account ids.
   *
   * @param ids account ids
   * @return name, profile address and avatar of each known one, by id
   */
  @Transactional
  public Map<Long, Chapters.Person> peopleById(Collection<Long> ids) {
    Map<Long, Chapters.Person> byId = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    for (Long id : ids) {
      Object hit = reads.getIfPresent(new PersonKey(id));
      if (hit != null) {
        byId.put(id, (Chapters.Person) hit);
      } else {
        missing.add(id);
      }
    }
    if (missing.isEmpty()) {
      return byId;
    }
    long begun = generation.get();
    for (org.plenum.api.Member m : members.byIds(missing).values()) {
      Chapters.Person person = new Chapters.Person(m.displayName(), m.slug(), m.avatar());
      byId.put(m.id(), person);
      if (generation.get() == begun) {
        reads.put(new PersonKey(m.id()), person);
      }
    }
    return byId;
  }


  /**
   * A published post's address.
   *
   * @param language its language
   * @param path its path below the language
   * @param updated when it last changed
   */
  public record Published(String language, String path, java.time.Instant updated) {}

  /**
   * Every published post's address, for the sitemap; one query, no entity loaded.
   *
   * @return addresses, newest first
   */
  @Transactional
  public List<Published> publishedPaths() {
    List<Published> list = new ArrayList<>();
    for (Object[] row : em.createQuery("select p.language, p.slug, b, p.updatedAt"
        + " from Post p, Blog b where p.blogId = b.id and p.status = :st"
        + " order by p.publishedAt desc", Object[].class)
        .setParameter("st", PostStatus.PUBLISHED).getResultList()) {
      list.add(new Published((String) row[0], ((Blog) row[2]).postPath((String) row[1]),
          ((LocalDateTime) row[3]).toInstant(java.time.ZoneOffset.UTC)));
    }
    return list;
  }

  /**
   * A month with published posts.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @param posts how many posts were published in it
   */
  public record Month(int year, int month, long posts) {

    /** @return its first moment, UTC */
    public LocalDateTime start() {
      return LocalDateTime.of(year, month, 1, 0, 0);
    }

    /** @return its path: {@code archive/2023/05} */
    public String path() {
      return String.format(java.util.Locale.ROOT, "archive/%04d/%02d", year, month);
    }
  }

  /**
   * The months with published posts, newest first: the archive.
   *
   * @return months with their counts
   */
  @Transactional
  public List<Month> months() {
    List<Month> list = new ArrayList<>();
    for (Object row : em.createNativeQuery("select extract(year from published_at),"
        + " extract(month from published_at), count(*) from blog_post where status = ?"
        + " group by extract(year from published_at), extract(month from published_at)"
        + " order by 1 desc, 2 desc").setParameter(1, PostStatus.PUBLISHED.name())
        .getResultList()) {
      Object[] r = (Object[]) row;
      list.add(new Month(((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
          ((Number) r[2]).longValue()));
    }
    return list;
  }

  /**
   * A blog with how many published posts it has.
   *
   * @param blog the blog
   * @param posts its published posts
   */
  public record Counted(Blog blog, long posts) {}

  /**
   * The blogs that have published posts, the News first, then by how many posts.
   *
   * @return blogs with their counts
   */
  @Transactional
  public List<Counted> blogsWithPosts() {
    List<Counted> list = new ArrayList<>();
    for (Object[] row : em.createQuery("select b, count(p) from Post p, Blog b where"
        + " p.blogId = b.id and p.status = :st group by b order by count(p) desc",
        Object[].class).setParameter("st", PostStatus.PUBLISHED).getResultList()) {
      list.add(new Counted((Blog) row[0], (Long) row[1]));
    }
    list.sort(java.util.Comparator.comparing((Counted c) -> !c.blog().isNews()));
    return list;
  }

  /**
   * The tags of published posts with how many posts carry each, most used first.
   *
   * @return counts by tag, in order
   */
  @Transactional
  public Map<String, Long> tagCounts() {
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (Object[] row : em.createQuery("select t, count(p) from Post p join p.tags t"
        + " where p.status = :st group by t order by count(p) desc, t", Object[].class)
        .setParameter("st", PostStatus.PUBLISHED).getResultList()) {
      counts.put((String) row[0], (Long) row[1]);
    }
    return counts;
  }

  /**
   * The tag whose address is a slug: {@code benevolat} is the tag "bénévolat".
   *
   * @param slug the address
   * @return the tag of a published post, if any
   */
  @Transactional
  public Optional<String> tagForSlug(String slug) {
    if (!org.plenum.api.Slugs.valid(slug)) {
      return Optional.empty();
    }
    return em.createQuery("select distinct t from Post p join p.tags t where p.status = :st",
        String.class).setParameter("st", PostStatus.PUBLISHED).getResultList().stream()
        .filter(t -> org.plenum.api.Slugs.from(t).equals(slug)).sorted().findFirst();
  }

  /**
   * Counts posts.
   *
   * @return every post, whatever its status
   */
  @Transactional
  public long count() {
    return em.createQuery("select count(p) from Post p", Long.class).getSingleResult();
  }

  /**
   * Stores an already published post (an import), unless its blog has one at its address.
   *
   * @param blog the blog
   * @param imported the post
   * @param authors its authors' account ids
   * @return true when stored, false when the address was taken
   */
  @Transactional
  public boolean importPublished(Blog blog, Imported imported, List<Long> authors) {
    if (exists(blog.getId(), imported.slug())) {
      return false;
    }
    Post p = new Post(blog.getId(), imported.language(), java.util.UUID.randomUUID().toString());
    p.write(imported.slug(), imported.title(), imported.summary(), imported.body(),
        markdown.render(imported.body()), authors, imported.tags(), "import");
    p.publish(imported.date());
    em.persist(p);
    em.flush();
    searchChanged.fire(new org.plenum.spi.SearchChanged(PostSearch.TYPE,
        String.valueOf(p.getId())));
    return true;
  }

  /**
   * A post as an import brings it.
   *
   * @param title title
   * @param slug address
   * @param body HTML (or Markdown) body, sanitised on the way in
   * @param language language
   * @param summary plain-text summary
   * @param tags tags
   * @param date publication time, UTC
   */
  public record Imported(String title, String slug, String body, String language,
      String summary, java.util.Set<String> tags, LocalDateTime date) {}
}
