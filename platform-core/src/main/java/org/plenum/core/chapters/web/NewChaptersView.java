package org.plenum.core.chapters.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.ChapterService;

/** The chapters founded last, for the home page. */
@Named("newChapters")
@RequestScoped
public class NewChaptersView {

  @Inject ChapterService chapters;

  private List<Chapter> list;

  /**
   * @return up to five chapters, newest founding first
   */
  public List<Chapter> getChapters() {
    if (list == null) {
      list = chapters.latestFounded(5);
    }
    return list;
  }
}
