package org.plenum.core.chapters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.api.Chapters;
import org.plenum.api.Rejected;
import org.plenum.api.Slugs;
import org.plenum.core.audit.AuditLog;
import org.plenum.core.content.MarkdownRenderer;
import org.plenum.spi.ContentChanged;
import org.plenum.spi.SearchChanged;

/**
 * The rules of the federation's tree: one root, every other chapter under a parent, no chapter
 * under itself or its own descendants, slugs unique, countries real ISO codes, founding dates not
 * in the future. A rejected change writes nothing.
 */
@ApplicationScoped
public class ChapterService {

  /** The page-cache tag of pages that show chapters. */
  public static final String CHAPTERS = Chapters.TAG;

  static final int NAME_MAX = 200;
  static final int PLACE_MAX = 120;
  static final int DESCRIPTION_MAX = 20_000;

  /** Addresses under {@code /chapters/} that are pages, not chapters. */
  static final Set<String> RESERVED_SLUGS = Set.of("found", "new");

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  @PersistenceContext EntityManager em;

  @Inject Event<ContentChanged> contentChanged;

  @Inject AuditLog audit;

  @Inject Event<SearchChanged> searchChanged;

  @Inject MarkdownRenderer markdown;

  @Inject ChapterTree tree;

  /**
   * A chapter in the directory, with its depth and member count.
   *
   * @param chapter the chapter
   * @param depth 0 for the root
   * @param members members of the chapter itself
   */
  public record Node(Chapter chapter, int depth, long members) {}

  /**
   * A chapter by slug.
   *
   * @param slug the slug
   * @return the chapter, if any
   */
  @Transactional
  public Optional<Chapter> bySlug(String slug) {
    return em.createQuery("select c from Chapter c where c.slug = :s", Chapter.class)
        .setParameter("s", slug)
        .getResultStream()
        .findFirst();
  }

  /**
   * A chapter by id.
   *
   * @param id the id
   * @return the chapter, if any
   */
  @Transactional
  public Optional<Chapter> byId(long id) {
    return Optional.ofNullable(em.find(Chapter.class, id));
  }

  /**
   * The whole tree, depth first, siblings by name.
   *
   * @return nodes
   */
  @Transactional
  public List<Node> tree() {
    List<Chapter> all = em.createQuery("select c from Chapter c", Chapter.class).getResultList();
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select m.chapterId, count(m) from Membership m" + " group by m.chapterId",
                Object[].class)
            .getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    Map<Long, List<Chapter>> children = new HashMap<>();
    List<Chapter> roots = new ArrayList<>();
    for (Chapter c : all) {
      if (c.getParentId() == null) {
        roots.add(c);
      } else {
        children.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(c);
      }
    }
    List<Node> out = new ArrayList<>();
    Comparator<Chapter> byName = Comparator.comparing(c -> c.getName().toLowerCase(Locale.ROOT));
    roots.sort(byName);
    for (Chapter root : roots) {
      walk(root, 0, children, counts, byName, out);
    }
    return out;
  }

  private static void walk(
      Chapter c,
      int depth,
      Map<Long, List<Chapter>> children,
      Map<Long, Long> counts,
      Comparator<Chapter> byName,
      List<Node> out) {
    out.add(new Node(c, depth, counts.getOrDefault(c.getId(), 0L)));
    List<Chapter> kids = new ArrayList<>(children.getOrDefault(c.getId(), List.of()));
    kids.sort(byName);
    for (Chapter k : kids) {
      walk(k, depth + 1, children, counts, byName, out);
    }
  }

  /**
   * The direct sub-chapters of a chapter.
   *
   * @param chapter a chapter
   * @return its children, by name
   */
  @Transactional
  public List<Chapter> children(Chapter chapter) {
    return em.createQuery(
            "select c from Chapter c where c.parentId = :p order by c.name", Chapter.class)
        .setParameter("p", chapter.getId())
        .getResultList();
  }

  /**
   * The chapters from the root down to a chapter, for breadcrumbs.
   *
   * @param chapter a chapter
   * @return its ancestors, root first, without itself
   */
  @Transactional
  public List<Chapter> ancestors(Chapter chapter) {
    List<Chapter> list = new ArrayList<>();
    for (String id : chapter.getTreePath().split("/")) {
      if (!id.isEmpty() && !id.equals(String.valueOf(chapter.getId()))) {
        Chapter c = em.find(Chapter.class, Long.valueOf(id));
        if (c != null) {
          list.add(c);
        }
      }
    }
    return list;
  }

  /**
   * The chapters founded last.
   *
   * @param max how many
   * @return chapters with a founding date, newest first
   */
  @Transactional
  public List<Chapter> latestFounded(int max) {
    return em.createQuery(
            "select c from Chapter c where c.foundedOn is not null"
                + " order by c.foundedOn desc, c.id desc",
            Chapter.class)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Counts chapters.
   *
   * @return the number of chapters
   */
  @Transactional
  public long count() {
    return em.createQuery("select count(c) from Chapter c", Long.class).getSingleResult();
  }

  /**
   * Creates a chapter.
   *
   * @param draft what the editor wrote
   * @param parentId the parent, or {@code null} for the root (only when there is none)
   * @return the chapter
   * @throws ChapterRejected when a rule is broken
   */
  @Transactional
  public Chapter create(ChapterDraft draft, Long parentId) {
    Chapter parent = null;
    if (parentId != null) {
      parent = em.find(Chapter.class, parentId);
      if (parent == null) {
        throw reject("parent", "core.chapter.error.parent", false);
      }
    } else if (count() > 0) {
      throw reject("parent", "core.chapter.error.parent", false);
    }
    String slug = checked(draft, null);
    Chapter c = new Chapter(draft.kind());
    describe(c, draft, slug);
    em.persist(c);
    flush(slug);
    c.placeUnder(parent);
    flush(slug);
    tree.changed();
    contentChanged.fire(ContentChanged.of(CHAPTERS));
    searchChanged.fire(new SearchChanged(ChapterSearch.TYPE, String.valueOf(c.getId())));
    audit.recordChange("chapter.create", c.getSlug(), parent == null ? null : parent.getSlug());
    return c;
  }

  /**
   * Changes a chapter's description.
   *
   * @param id the chapter
   * @param version the version the editor started from
   * @param draft what the editor wrote (the kind is kept unless the draft gives one)
   * @return the chapter
   * @throws ChapterRejected when a rule is broken or the chapter changed meanwhile
   */
  @Transactional
  public Chapter update(long id, long version, ChapterDraft draft) {
    Chapter c = em.find(Chapter.class, id);
    if (c == null) {
      throw reject("id", "core.chapter.error.notFound", false);
    }
    if (c.getVersion() != version) {
      throw reject("version", "core.chapter.error.conflict", true);
    }
    ChapterDraft d =
        draft.kind() == null
            ? new ChapterDraft(
                c.getKind(),
                draft.name(),
                draft.slug(),
                draft.city(),
                draft.region(),
                draft.country(),
                draft.foundedOn(),
                draft.description())
            : draft;
    String slug = checked(d, c.getId());
    describe(c, d, slug);
    flush(slug);
    contentChanged.fire(ContentChanged.of(CHAPTERS));
    searchChanged.fire(new SearchChanged(ChapterSearch.TYPE, String.valueOf(c.getId())));
    audit.recordChange("chapter.update", c.getSlug(), null);
    return c;
  }

  /**
   * Moves a chapter, with everything below it, under another parent.
   *
   * @param id the chapter
   * @param newParentId its new parent
   * @return the chapter
   * @throws ChapterRejected when the parent is unknown or lies in the chapter's own subtree
   */
  @Transactional
  public Chapter move(long id, long newParentId) {
    Chapter c = em.find(Chapter.class, id);
    Chapter parent = em.find(Chapter.class, newParentId);
    if (c == null || parent == null || c.getParentId() == null) {
      throw reject("parent", "core.chapter.error.parent", false);
    }
    if (parent.getTreePath().startsWith(c.getTreePath())) {
      throw reject("parent", "core.chapter.error.cycle", false);
    }
    String oldPrefix = c.getTreePath();
    List<Chapter> subtree =
        em.createQuery("select c from Chapter c where c.treePath like :p", Chapter.class)
            .setParameter("p", oldPrefix + "%")
            .getResultList();
    c.placeUnder(parent);
    String newPrefix = c.getTreePath();
    for (Chapter d : subtree) {
      if (!d.getId().equals(c.getId())) {
        d.rebase(oldPrefix, newPrefix);
      }
    }
    em.flush();
    tree.changed();
    contentChanged.fire(ContentChanged.of(CHAPTERS));
    searchChanged.fire(new SearchChanged(ChapterSearch.TYPE, String.valueOf(c.getId())));
    audit.recordChange("chapter.move", c.getSlug(), parent.getSlug());
    return c;
  }

  private void describe(Chapter c, ChapterDraft d, String slug) {
    String description = d.description() == null ? "" : d.description();
    c.describe(
        slug,
        d.name().strip(),
        blankToNull(d.city()),
        blankToNull(d.region()),
        d.country() == null || d.country().isBlank()
            ? null
            : d.country().strip().toUpperCase(Locale.ROOT),
        d.foundedOn(),
        description,
        markdown.render(description));
  }

  private String checked(ChapterDraft d, Long self) {
    List<Rejected.Problem> problems = new ArrayList<>();
    String name = d.name() == null ? "" : d.name().strip();
    if (name.isEmpty()) {
      problems.add(Rejected.problem("name", "core.chapter.error.nameEmpty"));
    } else if (name.length() > NAME_MAX) {
      problems.add(Rejected.problem("name", "core.chapter.error.nameLong", NAME_MAX));
    }
    if (d.kind() == null) {
      problems.add(Rejected.problem("kind", "core.chapter.error.kind"));
    }
    for (String[] place : new String[][] {{"city", d.city()}, {"region", d.region()}}) {
      if (place[1] != null && place[1].strip().length() > PLACE_MAX) {
        problems.add(Rejected.problem(place[0], "core.chapter.error.placeLong", PLACE_MAX));
      }
    }
    if (d.country() != null
        && !d.country().isBlank()
        && !COUNTRIES.contains(d.country().strip().toUpperCase(Locale.ROOT))) {
      problems.add(Rejected.problem("country", "core.chapter.error.country"));
    }
    if (d.foundedOn() != null && d.foundedOn().isAfter(LocalDate.now().plusDays(1))) {
      problems.add(Rejected.problem("foundedOn", "core.chapter.error.future"));
    }
    if (d.description() != null && d.description().length() > DESCRIPTION_MAX) {
      problems.add(
          Rejected.problem("description", "core.chapter.error.descriptionLong", DESCRIPTION_MAX));
    }
    String slug = d.slug() == null || d.slug().isBlank() ? Slugs.from(name) : d.slug().strip();
    if (!Slugs.valid(slug) || RESERVED_SLUGS.contains(slug)) {
      problems.add(Rejected.problem("slug", "core.chapter.error.slug"));
    }
    if (!problems.isEmpty()) {
      throw new ChapterRejected(problems, false);
    }
    Optional<Chapter> other = bySlug(slug);
    if (other.isPresent() && !other.get().getId().equals(self)) {
      throw reject("slug", "core.chapter.error.slugTaken", true, slug);
    }
    return slug;
  }

  private void flush(String slug) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw reject("slug", "core.chapter.error.slugTaken", true, slug);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static ChapterRejected reject(
      String field, String key, boolean conflict, Object... args) {
    return new ChapterRejected(List.of(Rejected.problem(field, key, args)), conflict);
  }
}
