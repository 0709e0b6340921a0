package org.plenum.core.chapters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where a place belongs in the federation: the chapter of a city, a region or a country. */
@ApplicationScoped
public class ChapterPlaces {

  @PersistenceContext EntityManager em;

  /**
   * The chapter a new member belongs in: the local chapter of their city, else the regional chapter
   * of their region, else their country's, else the international.
   *
   * @param country ISO country code, or {@code null}
   * @param region region, or {@code null}
   * @param city city, or {@code null}
   * @return the chapter, empty only when there is no chapter at all
   */
  @Transactional
  public Optional<Chapter> placeFor(String country, String region, String city) {
    List<Chapter> all =
        em.createQuery("select c from Chapter c order by c.id", Chapter.class).getResultList();
    String cc = country == null ? null : country.toUpperCase(Locale.ROOT);
    for (ChapterKind kind :
        new ChapterKind[] {ChapterKind.LOCAL, ChapterKind.REGIONAL, ChapterKind.NATIONAL}) {
      for (Chapter c : all) {
        if (c.getKind() != kind || cc == null || !cc.equals(c.getCountry())) {
          continue;
        }
        boolean match =
            switch (kind) {
              case LOCAL -> same(c.getCity(), city);
              case REGIONAL -> same(c.getRegion(), region);
              default -> true;
            };
        if (match) {
          return Optional.of(c);
        }
      }
    }
    return all.stream().filter(c -> c.getParentId() == null).findFirst();
  }

  private static boolean same(String a, String b) {
    return a != null && b != null && fold(a).equals(fold(b));
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .strip();
  }
}
