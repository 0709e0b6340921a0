package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What indexes of the published posts show, each in one query: the archive's months, the blogs with
 * how many posts, every address for the sitemap, and how many posts there are.
 */
@ApplicationScoped
public class PostIndex {

  @PersistenceContext EntityManager em;

  /**
   * A published post's address.
   *
   * @param language its language
   * @param path its path below the language
   * @param updated when it last changed
   */
  public record Published(String language, String path, Instant updated) {}

  /**
   * A month with published posts.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @param posts how many posts were published in it
   */
  public record Month(int year, int month, long posts) {

    /**
     * @return its first moment, UTC
     */
    public LocalDateTime start() {
      return LocalDateTime.of(year, month, 1, 0, 0);
    }

    /**
     * @return its path: {@code archive/2023/05}
     */
    public String path() {
      return String.format(Locale.ROOT, "archive/%04d/%02d", year, month);
    }
  }

  /**
   * A blog with how many published posts it has.
   *
   * @param blog the blog
   * @param posts its published posts
   */
  public record Counted(Blog blog, long posts) {}

  /**
   * Every published post's address, for the sitemap; one query, no entity loaded.
   *
   * @return addresses, newest first
   */
  @Transactional
  public List<Published> publishedPaths() {
    List<Published> list = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select p.language, p.slug, b, p.updatedAt"
                    + " from Post p, Blog b where p.blogId = b.id and p.status = :st"
                    + " order by p.publishedAt desc",
                Object[].class)
            .setParameter("st", PostStatus.PUBLISHED)
            .getResultList()) {
      list.add(
          new Published(
              (String) row[0],
              ((Blog) row[2]).postPath((String) row[1]),
              ((LocalDateTime) row[3]).toInstant(ZoneOffset.UTC)));
    }
    return list;
  }

  /**
   * The months with published posts, newest first: the archive.
   *
   * @return months with their counts
   */
  @Transactional
  public List<Month> months() {
    List<Month> list = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select extract(year from published_at),"
                    + " extract(month from published_at), count(*) from blog_post where status = ?"
                    + " group by extract(year from published_at), extract(month from published_at)"
                    + " order by 1 desc, 2 desc")
            .setParameter(1, PostStatus.PUBLISHED.name())
            .getResultList()) {
      Object[] r = (Object[]) row;
      list.add(
          new Month(
              ((Number) r[0]).intValue(), ((Number) r[1]).intValue(), ((Number) r[2]).longValue()));
    }
    return list;
  }

  /**
   * The blogs that have published posts, the News first, then by how many posts.
   *
   * @return blogs with their counts
   */
  @Transactional
  public List<Counted> blogsWithPosts() {
    List<Counted> list = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select b, count(p) from Post p, Blog b where"
                    + " p.blogId = b.id and p.status = :st group by b order by count(p) desc",
                Object[].class)
            .setParameter("st", PostStatus.PUBLISHED)
            .getResultList()) {
      list.add(new Counted((Blog) row[0], (Long) row[1]));
    }
    list.sort(Comparator.comparing((Counted c) -> !c.blog().isNews()));
    return list;
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
}
