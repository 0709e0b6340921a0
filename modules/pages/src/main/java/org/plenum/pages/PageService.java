package org.plenum.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenum.api.Audit;
import org.plenum.api.Markdown;
import org.plenum.api.Rejected;
import org.plenum.api.Routes;
import org.plenum.api.Texts;
import org.plenum.spi.ContentChanged;
import org.plenum.spi.SearchChanged;

/**
 * Pages read and written: the {@link PageRules}, an address unique within its language (a database
 * constraint, checked first for a clear message), the body rendered through the sanitiser, and no
 * silent overwrite (the version must match). A rejected save writes nothing.
 */
@ApplicationScoped
public class PageService {

  @PersistenceContext EntityManager em;

  @Inject Markdown markdown;

  @Inject Audit audit;

  @Inject Texts catalog;

  @Inject Routes routes;

  @Inject Event<ContentChanged> contentChanged;

  @Inject Event<SearchChanged> searchChanged;

  /**
   * A page by language and slug.
   *
   * @param language language tag
   * @param slug slug
   * @return the page, if any
   */
  @Transactional
  public Optional<Page> find(String language, String slug) {
    return em.createQuery("select p from Page p where p.language = :l and p.slug = :s", Page.class)
        .setParameter("l", language)
        .setParameter("s", slug)
        .getResultStream()
        .findFirst();
  }

  /**
   * A page by its address in whatever language it exists, for a reader whose language has no
   * translation of it yet: the site's default language first, then the others.
   *
   * @param slug the address
   * @param preferred the language to prefer
   * @return the page, if any language has one at that address
   */
  @Transactional
  public Optional<Page> findInAnyLanguage(String slug, String preferred) {
    return em
        .createQuery("select p from Page p where p.slug = :s order by p.language", Page.class)
        .setParameter("s", slug)
        .getResultList()
        .stream()
        .sorted(Comparator.comparing(p -> !p.getLanguage().equals(preferred)))
        .findFirst();
  }

  /**
   * A page by id.
   *
   * @param id the id
   * @return the page, if any
   */
  @Transactional
  public Optional<Page> byId(long id) {
    return Optional.ofNullable(em.find(Page.class, id));
  }

  /**
   * The pages of a language, by title.
   *
   * @param language language tag, or {@code null} for all
   * @return pages
   */
  @Transactional
  public List<Page> list(String language) {
    if (language == null) {
      return em.createQuery("select p from Page p order by p.language, p.title", Page.class)
          .getResultList();
    }
    return em.createQuery("select p from Page p where p.language = :l order by p.title", Page.class)
        .setParameter("l", language)
        .getResultList();
  }

  /**
   * The pages of a language shown in the main menu, in menu order.
   *
   * @param language language tag
   * @return pages
   */
  @Transactional
  public List<Page> menu(String language) {
    return em.createQuery(
            "select p from Page p where p.language = :l and p.menuOrder is not null"
                + " order by p.menuOrder, p.title",
            Page.class)
        .setParameter("l", language)
        .getResultList();
  }

  /**
   * The latest changed pages of a language.
   *
   * @param language language tag
   * @param max how many
   * @return pages, newest first
   */
  @Transactional
  public List<Page> recent(String language, int max) {
    return em.createQuery(
            "select p from Page p where p.language = :l order by p.updatedAt desc", Page.class)
        .setParameter("l", language)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The translations of a page, itself excluded.
   *
   * @param page a page
   * @return the same page in other languages
   */
  @Transactional
  public List<Page> translations(Page page) {
    return em.createQuery(
            "select p from Page p where p.translationGroup = :g and p.id <> :id"
                + " order by p.language",
            Page.class)
        .setParameter("g", page.getTranslationGroup())
        .setParameter("id", page.getId())
        .getResultList();
  }

  /**
   * Counts pages.
   *
   * @return the number of pages in every language
   */
  @Transactional
  public long count() {
    return em.createQuery("select count(p) from Page p", Long.class).getSingleResult();
  }

  /**
   * Creates a page.
   *
   * @param draft what the editor wrote
   * @param by the editor's user name
   * @return the page
   * @throws PageRejected when a rule is broken; nothing is written
   */
  @Transactional
  public Page create(PageDraft draft, String by) {
    String slug = checked(draft, null);
    String group = UUID.randomUUID().toString();
    if (draft.translationOf() != null) {
      Page original = em.find(Page.class, draft.translationOf());
      if (original == null) {
        throw reject("translationOf", "pages.error.translationOf", false);
      }
      group = original.getTranslationGroup();
    }
    Page page = new Page(draft.language(), group);
    page.write(
        slug,
        draft.title().strip(),
        draft.body(),
        markdown.render(draft.body()),
        draft.menuOrder(),
        by);
    em.persist(page);
    flush(slug);
    contentChanged.fire(ContentChanged.everything());
    searchChanged.fire(new SearchChanged(PageSearch.TYPE, String.valueOf(page.getId())));
    audit.recordChange("page.create", page.getLanguage() + "/" + page.getSlug(), null);
    return page;
  }

  /**
   * Changes a page.
   *
   * @param id the page
   * @param version the version the editor started from
   * @param draft what the editor wrote (its language and translation link are ignored)
   * @param by the editor's user name
   * @return the page
   * @throws PageRejected when a rule is broken or the page changed meanwhile
   */
  @Transactional
  public Page update(long id, long version, PageDraft draft, String by) {
    Page page = em.find(Page.class, id);
    if (page == null) {
      throw new PageNotFound(id);
    }
    if (page.getVersion() != version) {
      throw reject("version", "pages.error.conflict", true, page.getUpdatedBy());
    }
    PageDraft same =
        new PageDraft(
            page.getLanguage(), draft.slug(), draft.title(), draft.body(), draft.menuOrder(), null);
    String slug = checked(same, page.getId());
    page.write(
        slug,
        draft.title().strip(),
        draft.body(),
        markdown.render(draft.body()),
        draft.menuOrder(),
        by);
    flush(slug);
    contentChanged.fire(ContentChanged.everything());
    searchChanged.fire(new SearchChanged(PageSearch.TYPE, String.valueOf(id)));
    audit.recordChange("page.update", page.getLanguage() + "/" + page.getSlug(), null);
    return page;
  }

  /**
   * Deletes a page.
   *
   * @param id the page
   * @return true when it existed
   */
  @Transactional
  public boolean delete(long id) {
    Page page = em.find(Page.class, id);
    if (page == null) {
      return false;
    }
    em.remove(page);
    contentChanged.fire(ContentChanged.everything());
    searchChanged.fire(new SearchChanged(PageSearch.TYPE, String.valueOf(id)));
    audit.recordChange("page.delete", page.getLanguage() + "/" + page.getSlug(), null);
    return true;
  }

  private String checked(PageDraft d, Long self) {
    String slug = PageRules.check(d, catalog::offers, this::takenByAnotherRoute);
    Optional<Page> other = find(d.language(), slug);
    if (other.isPresent() && !other.get().getId().equals(self)) {
      throw reject("slug", "pages.error.slugTaken", true, slug);
    }
    return slug;
  }

  /** A slug that another route answers, such as {@code admin} or {@code pages}, is not free. */
  private boolean takenByAnotherRoute(String slug) {
    return routes
        .match(slug)
        .filter(
            m ->
                !(PagesModule.ID.equals(m.moduleId())
                    && PagesModule.PAGE_PATTERN.equals(m.pattern())))
        .isPresent();
  }

  private void flush(String slug) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      // a concurrent save took the slug between our check and the insert
      throw reject("slug", "pages.error.slugTaken", true, slug);
    }
  }

  private static PageRejected reject(String field, String key, boolean conflict, Object... args) {
    return new PageRejected(List.of(Rejected.problem(field, key, args)), conflict);
  }

  /** No page with that id. */
  public static class PageNotFound extends RuntimeException {
    PageNotFound(long id) {
      super("no page " + id);
    }
  }
}
