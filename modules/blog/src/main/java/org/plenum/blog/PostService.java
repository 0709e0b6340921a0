package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.plenum.blog.BlogRules.Actor;
import org.plenum.api.Markdown;
import org.plenum.api.Rejected;
import org.plenum.api.Slugs;
import org.plenum.api.Texts;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.Pictures;
import org.plenum.spi.SearchChanged;

/**
 * Writing posts and moving them through their workflow: draft, submitted (where the blog is
 * reviewed), scheduled, published, archived. Every save keeps a revision; a save that started
 * from an older version than the stored one is refused as a conflict, never applied over it.
 * Every method checks the actor's right through {@link BlogRules} and writes nothing when it
 * refuses.
 */
@ApplicationScoped
public class PostService {

  static final int TITLE_MAX = 200;
  static final int SUMMARY_MAX = 1000;
  static final int BODY_MAX = 200_000;
  static final int TAG_MAX = 50;
  static final int TAGS_MAX = 20;
  static final int AUTHORS_MAX = 10;

  /** Covers: 1200 × 630, the size link previews use. */
  public static final Pictures.Shape COVER = new Pictures.Shape("covers", 1200, 630, true);

  @PersistenceContext
  EntityManager em;

  @Inject
  Event<SearchChanged> searchChanged;

  @Inject
  Markdown markdown;

  @Inject
  Texts catalog;

  @Inject
  BlogRules rules;

  @Inject
  Members accounts;

  @Inject
  Pictures images;

  @Inject
  Event<PostChanged> changed;

  @Inject
  Reviewers reviewers;

  /** A post that does not exist, or that the actor may not know of. */
  public static class PostNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param id the post asked for */
    public PostNotFound(long id) {
      super("no post " + id);
    }
  }

  /**
   * A post with its blog, for the editor.
   *
   * @param post the post
   * @param blog its blog
   */
  public record Located(Post post, Blog blog) {}

  /**
   * What a save does to the post's cover.
   *
   * @param remove true to take the cover away
   * @param upload the new picture as uploaded, or {@code null}
   */
  public record CoverChange(boolean remove, InputStream upload) {

    /** The cover stays as it is. */
    public static final CoverChange KEEP = new CoverChange(false, null);

    /** The cover is taken away. */
    public static final CoverChange REMOVE = new CoverChange(true, null);

    /**
     * A new cover.
     *
     * @param upload the picture as uploaded
     * @return the change
     */
    public static CoverChange replaceWith(InputStream upload) {
      return new CoverChange(false, Objects.requireNonNull(upload));
    }
  }

  /**
   * A post an actor may see, whatever its status.
   *
   * @param actor who asks
   * @param id the post
   * @return the post and its blog
   * @throws PostNotFound when it does not exist or the actor may not see it
   */
  @Transactional
  public Located visible(Actor actor, long id) {
    Post post = em.find(Post.class, id);
    if (post == null) {
      throw new PostNotFound(id);
    }
    Blog blog = em.find(Blog.class, post.getBlogId());
    if (post.getStatus() != PostStatus.PUBLISHED && !rules.maySee(actor, blog, post)) {
      throw new PostNotFound(id);
    }
    post.getTags();
    post.getAuthorIds();
    return new Located(post, blog);
  }

  /**
   * Starts a post as a draft.
   *
   * @param actor the writer, who becomes its first author unless named elsewhere
   * @param blog where
   * @param draft what was written
   * @return the draft
   * @throws org.plenum.api.Denied when the actor may not write there
   * @throws Rejected when a rule is broken; nothing is written
   */
  @Transactional
  public Post create(Actor actor, Blog blog, PostDraft draft) {
    return create(actor, blog, draft, CoverChange.KEEP);
  }

  /**
   * Starts a post as a draft, with its cover.
   *
   * @param actor the writer, who becomes its first author unless named elsewhere
   * @param blog where
   * @param draft what was written
   * @param cover its cover; a picture that is refused refuses the whole post
   * @return the draft
   * @throws org.plenum.api.Denied when the actor may not write there
   * @throws Rejected when a rule is broken or the picture is refused; nothing is written
   */
  @Transactional
  public Post create(Actor actor, Blog blog, PostDraft draft, CoverChange cover) {
    if (!rules.mayWrite(actor, blog)) {
      throw new org.plenum.api.Denied(false, BlogModule.WRITE);
    }
    String stored = storeCover(cover);
    try {
      return insert(actor, blog, draft, stored);
    } catch (RuntimeException e) {
      images.delete(COVER.kind(), stored);
      throw e;
    }
  }

  private Post insert(Actor actor, Blog blog, PostDraft draft, String cover) {
    String group = UUID.randomUUID().toString();
    if (draft.translationOf() != null) {
      Post original = em.find(Post.class, draft.translationOf());
      if (original == null || original.getLanguage().equals(draft.language())) {
        throw new Rejected(List.of(Rejected.problem("translationOf",
            "blog.error.translationOf")), false);
      }
      group = original.getTranslationGroup();
    }
    Checked c = check(draft, blog, null, actor);
    Post post = new Post(blog.getId(), draft.language(), group);
    post.write(c.slug, c.title, c.summary, draft.body(), markdown.render(draft.body()), c.authors,
        c.tags, actor.caller().username());
    post.cover(cover);
    em.persist(post);
    em.flush();
    searchChanged.fire(new SearchChanged(PostSearch.TYPE, String.valueOf(post.getId())));
    keepRevision(post, actor.caller().username());
    return post;
  }

  /**
   * Saves a change to a post.
   *
   * @param actor who saves
   * @param id the post
   * @param version the version the writer started from
   * @param draft what was written; its language and translation link are ignored
   * @return the post
   * @throws PostNotFound when there is no such post for the actor
   * @throws org.plenum.api.Denied when the actor may not change it
   * @throws Rejected when a rule is broken or someone saved it meanwhile (a conflict)
   */
  @Transactional
  public Post update(Actor actor, long id, long version, PostDraft draft) {
    return update(actor, id, version, draft, CoverChange.KEEP);
  }

  /**
   * Saves a change to a post and to its cover together: a picture that is refused refuses
   * the whole change.
   *
   * @param actor who saves
   * @param id the post
   * @param version the version the writer started from
   * @param draft what was written; its language and translation link are ignored
   * @param cover what becomes of its cover
   * @return the post
   * @throws PostNotFound when there is no such post for the actor
   * @throws org.plenum.api.Denied when the actor may not change it
   * @throws Rejected when a rule is broken, the picture is refused or someone saved it
   *     meanwhile (a conflict); nothing is written
   */
  @Transactional
  public Post update(Actor actor, long id, long version, PostDraft draft, CoverChange cover) {
    Located at = visible(actor, id);
    Post post = at.post();
    if (!rules.mayEdit(actor, at.blog(), post)) {
      throw new org.plenum.api.Denied(false, BlogModule.WRITE);
    }
    if (post.getVersion() != version) {
      throw conflict(post);
    }
    String stored = storeCover(cover);
    String before = post.getCover();
    try {
      rewrite(actor, at, draft, cover.remove() ? null : stored != null ? stored : before);
    } catch (RuntimeException e) {
      images.delete(COVER.kind(), stored);
      throw e;
    }
    if (before != null && !before.equals(post.getCover())) {
      images.delete(COVER.kind(), before);
    }
    return post;
  }

  private void rewrite(Actor actor, Located at, PostDraft draft, String cover) {
    Post post = at.post();
    PostDraft same = new PostDraft(draft.title(), draft.slug(), draft.summary(), draft.body(),
        post.getLanguage(), draft.coauthors(), draft.tags(), null);
    Checked c = check(same, at.blog(), post, actor);
    String before = post.getSlug();
    post.write(c.slug, c.title, c.summary, draft.body(), markdown.render(draft.body()),
        c.authors, c.tags, actor.caller().username());
    if (!before.equals(c.slug) && post.getPublishedAt() != null) {
      OldSlug old = em.find(OldSlug.class, key(post.getBlogId(), before));
      if (old == null) {
        em.persist(new OldSlug(post.getBlogId(), before, post.getId()));
      } else {
        old.pointTo(post.getId());
      }
    }
    post.cover(cover);
    flush(post);
    keepRevision(post, actor.caller().username());
    firePublic(post);
  }

  /**
   * Restores an earlier revision: its title, address, summary, body and tags become a new
   * revision.
   *
   * @param actor who restores
   * @param id the post
   * @param version the version the editor saw
   * @param number the revision to bring back
   * @return the post
   */
  @Transactional
  public Post restore(Actor actor, long id, long version, int number) {
    Located at = visible(actor, id);
    Revision r = revision(id, number).orElseThrow(() -> new PostNotFound(id));
    List<String> authors = people(at.post().getAuthorIds());
    return update(actor, id, version, new PostDraft(r.getTitle(), r.getSlug(), r.getSummary(),
        r.getBodySource(), at.post().getLanguage(), authors, new TreeSet<>(r.getTagList()),
        null));
  }

  /**
   * Submits a draft for review, in a blog that reviews.
   *
   * @param actor an author
   * @param id the post
   * @return the post
   */
  @Transactional
  public Post submit(Actor actor, long id) {
    Located at = visible(actor, id);
    Post post = at.post();
    if (!rules.mayEdit(actor, at.blog(), post)) {
      throw new org.plenum.api.Denied(false, BlogModule.WRITE);
    }
    if (post.getStatus() != PostStatus.DRAFT) {
      throw state("blog.error.notDraft");
    }
    post.submit();
    post.touch(actor.caller().username());
    flush(post);
    reviewers.tell(post, at.blog(), accounts.byUsername(actor.caller().username())
        .map(a -> a.displayName()).orElse(actor.caller().username()));
    return post;
  }

  /**
   * Publishes a post now, or schedules it.
   *
   * @param actor someone who may publish in its blog
   * @param id the post
   * @param at when, or {@code null} (or a past moment) for now
   * @return the post
   */
  @Transactional
  public Post publish(Actor actor, long id, Instant at) {
    Located located = visible(actor, id);
    Post post = located.post();
    if (!rules.mayPublish(actor, located.blog())) {
      throw new org.plenum.api.Denied(false, publishPermission(located.blog()));
    }
    LocalDateTime now = Post.now();
    if (at != null && at.isAfter(Instant.now())) {
      if (at.isAfter(Instant.now().plus(java.time.Duration.ofDays(3660)))) {
        throw new Rejected(List.of(Rejected.problem("publishAt", "blog.error.scheduleFar")),
            false);
      }
      post.schedule(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
      post.touch(actor.caller().username());
      flush(post);
      fire(post, PostChanged.What.WITHDRAWN);
      return post;
    }
    post.publish(now);
    post.touch(actor.caller().username());
    flush(post);
    fire(post, PostChanged.What.PUBLISHED);
    return post;
  }

  /**
   * Takes a post back to draft: a submission withdrawn, a schedule cancelled, a published
   * post unpublished.
   *
   * @param actor its blog's publisher, or an author withdrawing a submission
   * @param id the post
   * @return the post
   */
  @Transactional
  public Post backToDraft(Actor actor, long id) {
    Located at = visible(actor, id);
    Post post = at.post();
    boolean publisher = rules.mayPublish(actor, at.blog());
    if (!publisher && !(rules.isAuthor(actor, post) && post.getStatus() == PostStatus.SUBMITTED)) {
      throw new org.plenum.api.Denied(false, publishPermission(at.blog()));
    }
    boolean wasPublic = post.getStatus() == PostStatus.PUBLISHED;
    post.backToDraft();
    post.touch(actor.caller().username());
    flush(post);
    if (wasPublic) {
      fire(post, PostChanged.What.WITHDRAWN);
    }
    return post;
  }

  /**
   * Archives a post: kept, out of lists and feeds, no longer public.
   *
   * @param actor its blog's publisher
   * @param id the post
   * @return the post
   */
  @Transactional
  public Post archive(Actor actor, long id) {
    Located at = visible(actor, id);
    if (!rules.mayPublish(actor, at.blog())) {
      throw new org.plenum.api.Denied(false, publishPermission(at.blog()));
    }
    Post post = at.post();
    post.archive();
    post.touch(actor.caller().username());
    flush(post);
    fire(post, PostChanged.What.WITHDRAWN);
    return post;
  }

  /**
   * Deletes a post with its revisions and comments.
   *
   * @param actor its blog's publisher, or an author of a draft
   * @param id the post
   */
  @Transactional
  public void delete(Actor actor, long id) {
    Located at = visible(actor, id);
    if (!rules.mayDelete(actor, at.blog(), at.post())) {
      throw new org.plenum.api.Denied(false, publishPermission(at.blog()));
    }
    Post post = at.post();
    em.createQuery("delete from Revision r where r.postId = :p").setParameter("p", id)
        .executeUpdate();
    em.createQuery("delete from OldSlug o where o.postId = :p").setParameter("p", id)
        .executeUpdate();
    em.createNativeQuery("delete from blog_comment_report where comment_id in"
        + " (select id from blog_comment where post_id = ?)").setParameter(1, id)
        .executeUpdate();
    em.createQuery("delete from Comment c where c.postId = :p").setParameter("p", id)
        .executeUpdate();
    em.remove(post);
    em.flush();
    changed.fire(new PostChanged(id, post.getBlogId(), post.getTranslationGroup(),
        PostChanged.What.DELETED));
  }

  /**
   * Checks and stores a new cover before anything else is written.
   *
   * @return the stored picture's name, or {@code null} when the change brings none
   * @throws Rejected when the picture is refused
   */
  private String storeCover(CoverChange cover) {
    return cover.remove() || cover.upload() == null ? null : images.store(COVER, cover.upload());
  }

  /**
   * Publishes the scheduled posts whose time has come. Each post moves from scheduled to
   * published in one conditional update, so when several instances run this at once, each
   * post is published by exactly one of them.
   *
   * @param now the moment, UTC
   * @return the posts this call published
   */
  @Transactional
  public List<Long> publishDue(LocalDateTime now) {
    List<Object[]> due = em.createQuery("select p.id, p.blogId, p.translationGroup from Post p"
        + " where p.status = :s and p.publishAt <= :now order by p.publishAt", Object[].class)
        .setParameter("s", PostStatus.SCHEDULED).setParameter("now", now).setMaxResults(200)
        .getResultList();
    List<Long> published = new ArrayList<>();
    for (Object[] row : due) {
      int n = em.createQuery("update Post p set p.status = :pub,"
          + " p.publishedAt = coalesce(p.publishedAt, p.publishAt), p.publishAt = null,"
          + " p.version = p.version + 1 where p.id = :id and p.status = :s")
          .setParameter("pub", PostStatus.PUBLISHED).setParameter("id", row[0])
          .setParameter("s", PostStatus.SCHEDULED).executeUpdate();
      if (n == 1) {
        published.add((Long) row[0]);
        changed.fire(new PostChanged((Long) row[0], (Long) row[1], (String) row[2],
            PostChanged.What.PUBLISHED));
      }
    }
    return published;
  }

  /**
   * The revisions of a post, newest first.
   *
   * @param postId the post
   * @return revisions
   */
  @Transactional
  public List<Revision> revisions(long postId) {
    return em.createQuery("select r from Revision r where r.postId = :p order by r.number desc",
        Revision.class).setParameter("p", postId).getResultList();
  }

  /**
   * One revision of a post.
   *
   * @param postId the post
   * @param number its number
   * @return the revision, if any
   */
  @Transactional
  public Optional<Revision> revision(long postId, int number) {
    return em.createQuery("select r from Revision r where r.postId = :p and r.number = :n",
        Revision.class).setParameter("p", postId).setParameter("n", number).getResultStream()
        .findFirst();
  }

  /**
   * The posts an actor wrote or co-wrote, newest change first.
   *
   * @param actor the author
   * @param max how many
   * @return posts in any status
   */
  @Transactional
  public List<Post> byAuthor(Actor actor, int max) {
    List<Post> list = em.createQuery("select p from Post p join p.authorIds a where a = :a"
        + " order by p.updatedAt desc", Post.class).setParameter("a", actor.accountId())
        .setMaxResults(max).getResultList();
    list.forEach(Post::getAuthorIds);
    return list;
  }

  /**
   * The submitted posts an actor may publish, oldest submission first.
   *
   * @param actor who reviews
   * @return posts waiting for them
   */
  @Transactional
  public List<Post> awaitingReview(Actor actor) {
    return inStatus(actor, PostStatus.SUBMITTED);
  }

  /**
   * The scheduled posts an actor may publish, next first.
   *
   * @param actor who publishes
   * @return posts
   */
  @Transactional
  public List<Post> scheduled(Actor actor) {
    return inStatus(actor, PostStatus.SCHEDULED);
  }

  private List<Post> inStatus(Actor actor, PostStatus status) {
    List<Post> list = new ArrayList<>();
    for (Post p : em.createQuery("select p from Post p where p.status = :s"
        + " order by p.submittedAt, p.publishAt, p.id", Post.class).setParameter("s", status)
        .setMaxResults(500).getResultList()) {
      Blog b = em.find(Blog.class, p.getBlogId());
      if (rules.mayPublish(actor, b)) {
        p.getAuthorIds();
        list.add(p);
      }
    }
    return list;
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
    OldSlug old = em.find(OldSlug.class, key(blogId, slug));
    if (old == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(Post.class, old.getPostId()))
        .filter(p -> p.getStatus() == PostStatus.PUBLISHED);
  }

  /**
   * The member addresses of accounts, in order, for the editor's author field.
   *
   * @param ids account ids
   * @return their profile slugs
   */
  @Transactional
  public List<String> people(List<Long> ids) {
    List<String> slugs = new ArrayList<>();
    java.util.Map<Long, Member> found = accounts.byIds(ids);
    for (Long id : ids) {
      Member a = found.get(id);
      if (a != null && a.slug() != null) {
        slugs.add(a.slug());
      }
    }
    return slugs;
  }

  private void keepRevision(Post post, String by) {
    Integer last = em.createQuery("select max(r.number) from Revision r where r.postId = :p",
        Integer.class).setParameter("p", post.getId()).getSingleResult();
    em.persist(new Revision(post, last == null ? 1 : last + 1, by));
    em.flush();
  }

  private void flush(Post post) {
    try {
      em.flush();
      searchChanged.fire(new SearchChanged(PostSearch.TYPE, String.valueOf(post.getId())));
    } catch (OptimisticLockException e) {
      throw conflict(post);
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException) {
        throw conflict(post);
      }
      throw e;
    }
  }

  private void fire(Post post, PostChanged.What what) {
    changed.fire(new PostChanged(post.getId(), post.getBlogId(), post.getTranslationGroup(),
        what));
  }

  /** Tells the pages showing a public post that it changed; drafts show nowhere public. */
  private void firePublic(Post post) {
    if (post.getStatus() == PostStatus.PUBLISHED) {
      fire(post, PostChanged.What.SAVED);
    }
  }

  private static Rejected conflict(Post post) {
    return new Rejected(List.of(Rejected.problem("version", "blog.error.conflict",
        post.getUpdatedBy() == null ? "?" : post.getUpdatedBy(), post.getUpdated())), true);
  }

  private static Rejected state(String key) {
    return new Rejected(List.of(Rejected.problem("status", key)), true);
  }

  private static String publishPermission(Blog blog) {
    return blog.getKind() == BlogKind.CHAPTER ? BlogModule.PUBLISH_CHAPTER
        : BlogModule.PUBLISH_NEWS;
  }

  private static OldSlug.Key key(long blogId, String slug) {
    return OldSlug.key(blogId, slug);
  }

  /** A draft that passed the rules, normalised. */
  private record Checked(String title, String slug, String summary, List<Long> authors,
      Set<String> tags) {}

  private Checked check(PostDraft d, Blog blog, Post self, Actor actor) {
    List<Rejected.Problem> problems = new ArrayList<>();
    String title = d.title() == null ? "" : d.title().strip();
    if (title.isEmpty()) {
      problems.add(Rejected.problem("title", "blog.error.titleEmpty"));
    } else if (title.length() > TITLE_MAX) {
      problems.add(Rejected.problem("title", "blog.error.titleLong", TITLE_MAX));
    }
    String summary = d.summary() == null ? null : d.summary().strip();
    if (summary != null && summary.isEmpty()) {
      summary = null;
    }
    if (summary != null && summary.length() > SUMMARY_MAX) {
      problems.add(Rejected.problem("summary", "blog.error.summaryLong", SUMMARY_MAX));
    }
    if (d.body() == null || d.body().isBlank()) {
      problems.add(Rejected.problem("body", "blog.error.bodyEmpty"));
    } else if (d.body().length() > BODY_MAX) {
      problems.add(Rejected.problem("body", "blog.error.bodyLong", BODY_MAX / 1000));
    }
    if (d.language() == null || !catalog.offers(d.language())) {
      problems.add(Rejected.problem("language", "blog.error.language"));
    }
    Set<String> tags = new TreeSet<>();
    Set<String> given = d.tags() != null ? d.tags()
        : self != null ? self.getTags() : Set.of();
    for (String raw : given) {
      String t = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
      if (t.isEmpty()) {
        continue;
      }
      if (t.length() > TAG_MAX) {
        problems.add(Rejected.problem("tags", "blog.error.tagLong", TAG_MAX));
        break;
      }
      if (Slugs.from(t).isEmpty()) {
        problems.add(Rejected.problem("tags", "blog.error.tagEmpty", t));
        break;
      }
      tags.add(t);
    }
    if (tags.size() > TAGS_MAX) {
      problems.add(Rejected.problem("tags", "blog.error.tagsMany", TAGS_MAX));
    }
    List<Long> authors = authors(d, self, actor, problems);
    String slug = d.slug() == null || d.slug().isBlank() ? Slugs.from(title) : d.slug().strip();
    if (!Slugs.valid(slug)) {
      problems.add(Rejected.problem("slug", "blog.error.slug"));
    }
    if (!problems.isEmpty()) {
      throw new Rejected(problems, false);
    }
    Long taken = em.createQuery("select p.id from Post p where p.blogId = :b and p.slug = :s",
        Long.class).setParameter("b", blog.getId()).setParameter("s", slug).getResultStream()
        .findFirst().orElse(null);
    if (taken != null && (self == null || !taken.equals(self.getId()))) {
      throw new Rejected(List.of(Rejected.problem("slug", "blog.error.slugTaken", slug)), true);
    }
    OldSlug old = em.find(OldSlug.class, key(blog.getId(), slug));
    if (old != null) {
      em.remove(old);
    }
    return new Checked(title, slug, summary, authors, tags);
  }

  private List<Long> authors(PostDraft d, Post self, Actor actor,
      List<Rejected.Problem> problems) {
    Set<Long> ids = new LinkedHashSet<>();
    if (self == null) {
      ids.add(actor.accountId());
    } else if (d.coauthors() == null) {
      return self.getAuthorIds();
    }
    for (String raw : d.coauthors() == null ? List.<String>of() : d.coauthors()) {
      String slug = raw == null ? "" : raw.strip();
      if (slug.isEmpty()) {
        continue;
      }
      Optional<Member> a = accounts.bySlug(slug).filter(x -> !x.suspended());
      if (a.isEmpty()) {
        problems.add(Rejected.problem("coauthors", "blog.error.coauthor", slug));
        return List.of();
      }
      ids.add(a.get().id());
    }
    if (ids.isEmpty()) {
      problems.add(Rejected.problem("coauthors", "blog.error.noAuthor"));
    } else if (ids.size() > AUTHORS_MAX) {
      problems.add(Rejected.problem("coauthors", "blog.error.authorsMany", AUTHORS_MAX));
    }
    return List.copyOf(ids);
  }
}
