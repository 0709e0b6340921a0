package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenum.api.Slugs;

/** The tags of published posts: how many posts carry each, and the tag behind an address. */
@ApplicationScoped
public class Tags {

  @PersistenceContext EntityManager em;

  /**
   * The tags of published posts with how many posts carry each, most used first.
   *
   * @return counts by tag, in order
   */
  @Transactional
  public Map<String, Long> tagCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Object[] row :
        em.createQuery(
                "select t, count(p) from Post p join p.tags t"
                    + " where p.status = :st group by t order by count(p) desc, t",
                Object[].class)
            .setParameter("st", PostStatus.PUBLISHED)
            .getResultList()) {
      counts.put((String) row[0], (Long) row[1]);
    }
    return counts;
  }

  /**
   * Tags of published posts that contain a text, most used first: what the editor proposes as a
   * writer types a tag.
   *
   * @param text what was typed; blank finds nothing
   * @param max at most this many
   * @return the tags
   */
  public List<String> containing(String text, int max) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return tagCounts().keySet().stream()
        .filter(t -> t.toLowerCase(Locale.ROOT).contains(wanted))
        .limit(max)
        .toList();
  }

  /**
   * The tag whose address is a slug: {@code benevolat} is the tag "bénévolat".
   *
   * @param slug the address
   * @return the tag of a published post, if any
   */
  @Transactional
  public Optional<String> tagForSlug(String slug) {
    if (!Slugs.valid(slug)) {
      return Optional.empty();
    }
    return em
        .createQuery(
            "select distinct t from Post p join p.tags t where p.status = :st", String.class)
        .setParameter("st", PostStatus.PUBLISHED)
        .getResultList()
        .stream()
        .filter(t -> Slugs.from(t).equals(slug))
        .sorted()
        .findFirst();
  }
}
