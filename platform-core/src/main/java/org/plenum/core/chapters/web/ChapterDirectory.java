package org.plenum.core.chapters.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.ChapterService;

/** The chapter directory: the tree, or the chapters matching a search. */
@Named("chapterDirectory")
@RequestScoped
public class ChapterDirectory {

  @Inject ChapterService chapters;

  @Inject Places places;

  private String query;
  private List<ChapterService.Node> nodes;

  /**
   * @return the tree, or the matching chapters (flat) when searching
   */
  public List<ChapterService.Node> getNodes() {
    if (nodes == null) {
      List<ChapterService.Node> all = chapters.tree();
      if (query == null || query.isBlank()) {
        nodes = all;
      } else {
        String q = fold(query);
        nodes =
            all.stream()
                .filter(n -> matches(n.chapter(), q))
                .map(n -> new ChapterService.Node(n.chapter(), 0, n.members()))
                .toList();
      }
    }
    return nodes;
  }

  private boolean matches(Chapter c, String q) {
    return fold(c.getName()).contains(q)
        || c.getCity() != null && fold(c.getCity()).contains(q)
        || c.getRegion() != null && fold(c.getRegion()).contains(q)
        || c.getCountry() != null && fold(places.country(c.getCountry())).contains(q);
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .strip();
  }

  /**
   * @return the search text
   */
  public String getQuery() {
    return query;
  }

  /**
   * @param query the search text, at most 100 characters are used
   */
  public void setQuery(String query) {
    this.query = query == null || query.length() <= 100 ? query : query.substring(0, 100);
  }
}
