package org.plenum.core.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.chapters.ChapterTree;

/** The chapters, copied out of the core's entities. */
@ApplicationScoped
public class CoreChapters implements Chapters {

  @Inject
  ChapterService chapters;

  @Inject
  ChapterTree tree;

  /**
   * A chapter as modules see it.
   *
   * @param c the core's chapter
   * @return its copy
   */
  public static Chapter view(org.plenum.core.chapters.Chapter c) {
    return new Chapter(c.getId(), c.getParentId(), c.getKind().name(), c.getSlug(), c.getName(),
        c.getCity(), c.getRegion(), c.getCountry(), c.getFoundedOn(), c.getDepth());
  }

  @Override
  public Optional<Chapter> byId(long id) {
    return chapters.byId(id).map(CoreChapters::view);
  }

  @Override
  public Optional<Chapter> bySlug(String slug) {
    return chapters.bySlug(slug).map(CoreChapters::view);
  }

  @Override
  public List<Chapter> ancestors(long id) {
    return chapters.byId(id).map(c -> chapters.ancestors(c).stream().map(CoreChapters::view)
        .toList()).orElse(List.of());
  }

  @Override
  public List<Chapter> of(long memberId) {
    return chapters.chaptersOf(memberId).stream().map(CoreChapters::view).toList();
  }

  @Override
  public boolean within(long chapterId, long ancestorId) {
    return tree.within(chapterId, ancestorId);
  }
}
