package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.plenum.api.Reads;

/**
 * The blogs: the site's News, chapters' and members' blogs, each made on first use, found by slug
 * (kept with the module API's {@link Reads}) or id.
 */
@ApplicationScoped
public class Blogs {

  @PersistenceContext EntityManager em;

  @Inject Reads reads;

  /**
   * The site's News, made on first use.
   *
   * @return the blog
   */
  @Transactional
  public Blog news() {
    return blog(Blog.NEWS)
        .orElseGet(
            () -> {
              Blog b = new Blog(BlogKind.SITE, Blog.NEWS, null, null);
              em.persist(b);
              em.flush();
              return b;
            });
  }

  /**
   * A blog by its slug, kept between requests until content changes.
   *
   * @param slug the slug
   * @return the blog, if any
   */
  public Optional<Blog> blog(String slug) {
    return Optional.ofNullable(
        reads.read(
            "blog.blog:" + slug,
            Set.of(BlogCache.POSTS),
            () ->
                em.createQuery("select b from Blog b where b.slug = :s", Blog.class)
                    .setParameter("s", slug)
                    .getResultStream()
                    .findFirst()
                    .orElse(null)));
  }

  /**
   * A blog by id, kept between requests until content changes.
   *
   * @param id the id
   * @return the blog, if any
   */
  public Optional<Blog> blog(long id) {
    return Optional.ofNullable(
        reads.read("blog.blog#" + id, Set.of(BlogCache.POSTS), () -> em.find(Blog.class, id)));
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
    return em.createQuery("select b from Blog b where b.kind = :k and b.accountId = :a", Blog.class)
        .setParameter("k", BlogKind.MEMBER)
        .setParameter("a", accountId)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
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
    return em.createQuery("select b from Blog b where b.kind = :k and b.chapterId = :c", Blog.class)
        .setParameter("k", BlogKind.CHAPTER)
        .setParameter("c", chapterId)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              String slug = blog(chapterSlug).isPresent() ? chapterSlug + "-blog" : chapterSlug;
              Blog b = new Blog(BlogKind.CHAPTER, slug, chapterId, null);
              em.persist(b);
              em.flush();
              return b;
            });
  }
}
