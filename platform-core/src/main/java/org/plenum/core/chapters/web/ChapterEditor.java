package org.plenum.core.chapters.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.plenum.api.Rejected;
import org.plenum.core.CoreModule;
import org.plenum.core.audit.AuditLog;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.ChapterDraft;
import org.plenum.core.chapters.ChapterKind;
import org.plenum.core.chapters.ChapterRejected;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.permissions.Authorizer;
import org.plenum.core.web.CurrentRequest;
import org.plenum.core.web.Messages;
import org.plenum.core.web.RequestInfo;

/**
 * Editing a chapter, or founding a sub-chapter of it. Who may: an administrator anywhere, a
 * coordinator within their chapter's subtree; everyone else gets 403.
 */
@Named("chapterEditor")
@RequestScoped
public class ChapterEditor {

  @Inject ChapterService chapters;

  @Inject Authorizer authorizer;

  @Inject CurrentRequest current;

  @Inject Messages msg;

  @Inject AuditLog audit;

  @Inject HttpServletRequest request;

  private String slugParam;

  /** Reads the chapter's, page's or member's slug from the route. */
  @PostConstruct
  void readRoute() {
    slugParam = current.param("slug");
  }

  private Chapter chapter;
  private Long id;
  private long version;
  private ChapterKind kind;
  private String name;
  private String slug;
  private String city;
  private String region;
  private String country;
  private LocalDate foundedOn;
  private String description;
  private String parentSlug;

  /**
   * @return true when founding a sub-chapter rather than editing
   */
  public boolean isCreating() {
    RequestInfo info = (RequestInfo) request.getAttribute(RequestInfo.ATTRIBUTE);
    return info != null && info.rest().endsWith("/new");
  }

  /**
   * Loads the chapter and checks the permission, or answers 404 or 403.
   *
   * @throws IOException when the error cannot be sent
   */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    chapter = slugParam == null ? null : chapters.bySlug(slugParam).orElse(null);
    if (chapter == null) {
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
      return;
    }
    if (!current.can(permission(), chapter.getId())) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
      return;
    }
    if (!faces.isPostback() && !isCreating()) {
      id = chapter.getId();
      version = chapter.getVersion();
      kind = chapter.getKind();
      name = chapter.getName();
      slug = chapter.getSlug();
      city = chapter.getCity();
      region = chapter.getRegion();
      country = chapter.getCountry();
      foundedOn = chapter.getFoundedOn();
      description = chapter.getDescriptionMarkdown();
      parentSlug =
          chapter.getParentId() == null
              ? null
              : chapters.byId(chapter.getParentId()).map(Chapter::getSlug).orElse(null);
    } else if (!faces.isPostback()) {
      kind = ChapterKind.LOCAL;
      country = chapter.getCountry();
      region = chapter.getRegion();
      foundedOn = LocalDate.now();
    }
  }

  private String permission() {
    return isCreating() ? CoreModule.CHAPTER_CREATE : CoreModule.CHAPTER_EDIT;
  }

  /**
   * Saves and shows the chapter, or shows what is wrong.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String save() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    authorizer.require(current.getCaller(), permission(), chapter.getId());
    ChapterDraft draft =
        new ChapterDraft(kind, name, slug, city, region, country, foundedOn, description);
    Chapter saved;
    try {
      saved =
          isCreating()
              ? chapters.create(draft, chapter.getId())
              : chapters.update(chapter.getId(), version, draft);
      if (!isCreating() && isMovable() && parentSlug != null) {
        Chapter parent = chapters.bySlug(parentSlug).orElse(null);
        if (parent != null && !parent.getId().equals(saved.getParentId())) {
          saved = chapters.move(saved.getId(), parent.getId());
        }
      }
    } catch (ChapterRejected e) {
      for (Rejected.Problem p : e.problems()) {
        boolean global = List.of("version", "parent", "id").contains(p.field());
        faces.addMessage(
            global ? null : "chapter:" + p.field(),
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, msg.format(p.key(), p.args().toArray()), null));
      }
      faces.validationFailed();
      return null;
    }
    faces.getExternalContext().redirect(current.link("chapters/" + saved.getSlug()));
    faces.responseComplete();
    return null;
  }

  /**
   * @return true when the reader may move this chapter elsewhere in the tree
   */
  public boolean isMovable() {
    Chapter c = getChapter();
    return !isCreating()
        && c != null
        && c.getParentId() != null
        && current.can(CoreModule.CHAPTER_MOVE);
  }

  /**
   * @return the chapters it may be placed within: any outside its own subtree
   */
  public List<ChapterService.Node> getParentOptions() {
    return chapters.tree().stream()
        .filter(n -> !n.chapter().getTreePath().startsWith(getChapter().getTreePath()))
        .toList();
  }

  /**
   * @return the slug of the chapter it sits within
   */
  public String getParentSlug() {
    return parentSlug;
  }

  /**
   * @param parentSlug the slug of the chapter to place it within
   */
  public void setParentSlug(String parentSlug) {
    this.parentSlug = parentSlug;
  }

  /**
   * @return the kinds a chapter may have
   */
  public ChapterKind[] getKinds() {
    return ChapterKind.values();
  }

  /**
   * The chapter of the URL, read from the route when asked before the view action ran (a post-back
   * decodes the form before it).
   *
   * @return the chapter, or {@code null}
   */
  public Chapter getChapter() {
    if (chapter == null && current.param("slug") != null) {
      chapter = chapters.bySlug(current.param("slug")).orElse(null);
    }
    return chapter;
  }

  /**
   * @return slug in the URL
   */
  public String getSlugParam() {
    return slugParam;
  }

  /**
   * @return chapter id (editing)
   */
  public Long getId() {
    return id;
  }

  /**
   * @param id chapter id
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
   * @return kind
   */
  public ChapterKind getKind() {
    return kind;
  }

  /**
   * @param kind kind
   */
  public void setKind(ChapterKind kind) {
    this.kind = kind;
  }

  /**
   * @return name
   */
  public String getName() {
    return name;
  }

  /**
   * @param name name
   */
  public void setName(String name) {
    this.name = name;
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
   * @return city
   */
  public String getCity() {
    return city;
  }

  /**
   * @param city city
   */
  public void setCity(String city) {
    this.city = city;
  }

  /**
   * @return region
   */
  public String getRegion() {
    return region;
  }

  /**
   * @param region region
   */
  public void setRegion(String region) {
    this.region = region;
  }

  /**
   * @return country code
   */
  public String getCountry() {
    return country;
  }

  /**
   * @param country country code
   */
  public void setCountry(String country) {
    this.country = country;
  }

  /**
   * @return founding date
   */
  public LocalDate getFoundedOn() {
    return foundedOn;
  }

  /**
   * @param foundedOn founding date
   */
  public void setFoundedOn(LocalDate foundedOn) {
    this.foundedOn = foundedOn;
  }

  /**
   * @return description
   */
  public String getDescription() {
    return description;
  }

  /**
   * @param description description
   */
  public void setDescription(String description) {
    this.description = description;
  }
}
