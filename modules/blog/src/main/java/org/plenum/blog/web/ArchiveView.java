package org.plenum.blog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenum.api.CurrentReader;
import org.plenum.blog.BlogCache;
import org.plenum.blog.PostIndex;

/** The archive: every month with published posts, by year, each with its count. */
@Named("archive")
@RequestScoped
public class ArchiveView {

  @Inject PostIndex index;

  @Inject CurrentReader current;

  /**
   * A year of the archive.
   *
   * @param year the year
   * @param months its months with posts, newest first
   * @param posts how many posts in all
   */
  public record Year(int year, List<PostIndex.Month> months, long posts) {}

  private List<Year> years;

  /**
   * @return the years with posts, newest first
   */
  public List<Year> getYears() {
    if (years == null) {
      current.cache(BlogCache.LISTS);
      Map<Integer, List<PostIndex.Month>> by = new LinkedHashMap<>();
      for (PostIndex.Month m : index.months()) {
        by.computeIfAbsent(m.year(), k -> new ArrayList<>()).add(m);
      }
      years = new ArrayList<>();
      by.forEach(
          (y, months) ->
              years.add(
                  new Year(y, months, months.stream().mapToLong(PostIndex.Month::posts).sum())));
    }
    return years;
  }
}
