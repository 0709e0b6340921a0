package org.plenum.core.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.chapters.ChapterTree;
import org.plenum.core.chapters.Memberships;

/** The chapters, copied out of the core's entities. */
@ApplicationScoped
public class CoreChapters implements Chapters {

  @Inject ChapterService chapters;

  @Inject Memberships memberships;

  @Inject ChapterTree tree;

  /**
   * A chapter as modules see it.
   *
   * @param c the core's chapter
   * @return its copy
   */
  public static Chapter view(org.plenum.core.chapters.Chapter c) {
    return new Chapter(
        c.getId(),
        c.getParentId(),
        c.getKind().name(),
        c.getSlug(),
        c.getName(),
        c.getCity(),
        c.getRegion(),
        c.getCountry(),
        c.getFoundedOn(),
        c.getDepth(),
        c.getTreePath());
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
    return chapters
        .byId(id)
        .map(c -> chapters.ancestors(c).stream().map(CoreChapters::view).toList())
        .orElse(List.of());
  }

  @Override
  public List<Chapter> of(long memberId) {
    return memberships.chaptersOf(memberId).stream().map(CoreChapters::view).toList();
  }

  @Override
  public boolean within(long chapterId, long ancestorId) {
    return tree.within(chapterId, ancestorId);
  }

  @Override
  public List<Node> tree() {
    return chapters.tree().stream()
        .map(n -> new Node(view(n.chapter()), n.depth(), n.members()))
        .toList();
  }

  @Override
  public boolean isMember(long chapterId, long memberId) {
    return memberships.isMember(chapterId, memberId);
  }

  @Override
  public boolean join(long chapterId, long memberId) {
    return memberships.join(chapterId, memberId);
  }

  @Override
  public List<Enrolment> membersWithin(long chapterId) {
    return memberships.membersWithin(chapterId).stream().map(CoreChapters::view).toList();
  }

  @Override
  public Optional<Enrolment> enrolmentWithin(long chapterId, long memberId) {
    return memberships.enrolmentWithin(chapterId, memberId).map(CoreChapters::view);
  }

  @Override
  public List<Person> coordinators(long chapterId) {
    return memberships.coordinators(chapterId).stream()
        .map(p -> new Person(p.name(), p.slug(), p.avatar()))
        .toList();
  }

  @Override
  public List<Chapter> coordinatedBy(long memberId) {
    return memberships.coordinatedBy(memberId).stream().map(CoreChapters::view).toList();
  }

  private static Enrolment view(Memberships.Enrolment e) {
    return new Enrolment(e.accountId(), e.chapterId(), e.treePath());
  }
}
