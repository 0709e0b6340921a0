package org.plenum.core.chapters.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.plenum.api.Reads;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.ChapterService;

/** The chapters founded last, for the home page. */
@Named("newChapters")
@RequestScoped
public class NewChaptersView {

  @Inject ChapterService chapters;

  @Inject Reads reads;

  private List<Chapter> list;

  /**
   * @return up to five chapters, newest founding first
   */
  public List<Chapter> getChapters() {
    if (list == null) {
      list =
          reads.read(
              "core.chapters.latest",
              Set.of(ChapterService.CHAPTERS),
              () -> chapters.latestFounded(5));
    }
    return list;
  }
}
