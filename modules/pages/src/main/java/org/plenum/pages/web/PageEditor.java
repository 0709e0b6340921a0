package org.plenum.pages.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.plenum.api.CurrentReader;
import org.plenum.api.FormMessages;
import org.plenum.api.Markdown;
import org.plenum.api.PageGuards;
import org.plenum.api.Permissions;
import org.plenum.api.Texts;
import org.plenum.pages.Page;
import org.plenum.pages.PageDraft;
import org.plenum.pages.PageRejected;
import org.plenum.pages.PageService;
import org.plenum.pages.PagesModule;

/**
 * Creating and editing a page. The version the editor started from travels with the form, so a
 * second editor saving stale content is told instead of overwriting.
 */
@Named("pageEditor")
@RequestScoped
public class PageEditor {

  @Inject PageService pages;

  @Inject CurrentReader current;

  @Inject Permissions authorizer;

  @Inject Texts msg;

  @Inject Texts languages;

  @Inject Markdown markdown;

  private String slugParam;

  /** Reads the chapter's, page's or member's slug from the route. */
  @PostConstruct
  void readRoute() {
    slugParam = current.param("slug");
  }

  private Long translationOf;
  private Long id;
  private long version;
  private String language;
  private String slug;
  private String title;
  private String body;
  private Integer menuOrder;

  /**
   * Fills the form for an existing page, a translation or a new page.
   *
   * @throws IOException when the 404 cannot be sent
   */
  public void load() throws IOException {
    if (slugParam != null) {
      Page page = pages.find(current.getLang(), slugParam).orElse(null);
      if (page == null) {
        PageGuards.notFound();
        return;
      }
      id = page.getId();
      version = page.getVersion();
      language = page.getLanguage();
      slug = page.getSlug();
      title = page.getTitle();
      body = page.getBodyMarkdown();
      menuOrder = page.getMenuOrder();
      return;
    }
    language = current.getLang();
    if (translationOf != null) {
      pages
          .byId(translationOf)
          .ifPresent(
              original -> {
                title = original.getTitle();
                body = original.getBodyMarkdown();
                menuOrder = original.getMenuOrder();
                language =
                    languages.languages().stream()
                        .filter(l -> !l.equals(original.getLanguage()))
                        .findFirst()
                        .orElse(language);
              });
    }
  }

  /**
   * Saves the page and shows it, or shows what is wrong.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String save() throws IOException {
    authorizer.require(current.getCaller(), PagesModule.EDIT);
    String by = current.getCaller().username();
    PageDraft draft =
        new PageDraft(language, slug, title, body == null ? "" : body, menuOrder, translationOf);
    Page saved;
    try {
      saved = id == null ? pages.create(draft, by) : pages.update(id, version, draft, by);
    } catch (PageRejected e) {
      FormMessages.show(
          e, msg, FormMessages.fields("page", "title", "slug", "language", "body", "menuOrder"));
      return null;
    } catch (PageService.PageNotFound e) {
      PageGuards.notFound();
      return null;
    }
    PageGuards.redirect(current.getBase() + "/" + saved.getLanguage() + "/" + saved.getSlug());
    return null;
  }

  /**
   * Deletes the page.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String delete() throws IOException {
    authorizer.require(current.getCaller(), PagesModule.EDIT);
    if (id != null) {
      pages.delete(id);
    }
    PageGuards.redirect(current.link("pages"));
    return null;
  }

  /**
   * @return the languages a new page may be written in
   */
  public List<String> getLanguages() {
    return languages.languages();
  }

  /**
   * A language's name.
   *
   * @param tag language tag
   * @return its name in itself
   */
  public String languageName(String tag) {
    return languages.nativeName(tag);
  }

  /**
   * @return true when editing an existing page
   */
  public boolean isExisting() {
    return id != null;
  }

  /**
   * @return slug in the URL
   */
  public String getSlugParam() {
    return slugParam;
  }

  /**
   * @return page this one translates
   */
  public Long getTranslationOf() {
    return translationOf;
  }

  /**
   * @param translationOf page this one translates
   */
  public void setTranslationOf(Long translationOf) {
    this.translationOf = translationOf;
  }

  /**
   * @return page id
   */
  public Long getId() {
    return id;
  }

  /**
   * @param id page id
   */
  public void setId(Long id) {
    this.id = id;
  }

  /**
   * @return version started from
   */
  public long getVersion() {
    return version;
  }

  /**
   * @param version version started from
   */
  public void setVersion(long version) {
    this.version = version;
  }

  /**
   * @return language
   */
  public String getLanguage() {
    return language;
  }

  /**
   * @param language language
   */
  public void setLanguage(String language) {
    this.language = language;
  }

  /**
   * @return slug
   */
  public String getSlug() {
    return slug;
  }

  /**
   * @param slug slug
   */
  public void setSlug(String slug) {
    this.slug = slug;
  }

  /**
   * @return title
   */
  public String getTitle() {
    return title;
  }

  /**
   * @param title title
   */
  public void setTitle(String title) {
    this.title = title;
  }

  /**
   * @return body
   */
  public String getBody() {
    return body;
  }

  /**
   * @param body body
   */
  public void setBody(String body) {
    this.body = body;
  }

  /**
   * @return menu position
   */
  public Integer getMenuOrder() {
    return menuOrder;
  }

  /**
   * @param menuOrder menu position
   */
  public void setMenuOrder(Integer menuOrder) {
    this.menuOrder = menuOrder;
  }

  /**
   * The text as readers will see it: the Markdown being written, rendered and made safe as when the
   * page is saved.
   *
   * @return safe HTML
   */
  public String getPreview() {
    return markdown.render(body);
  }
}
