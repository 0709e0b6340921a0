package org.plenum.core.chapters.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.plenum.core.CoreModule;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.chapters.Memberships;
import org.plenum.core.identity.Accounts;
import org.plenum.core.modules.ModuleRegistry;
import org.plenum.core.web.CurrentRequest;
import org.plenum.spi.ChapterTab;

/** A chapter's page: about, place, coordinators, sub-chapters, and members for members. */
@Named("chapterView")
@RequestScoped
public class ChapterView {

  @Inject ChapterService chapters;

  @Inject Memberships memberships;

  @Inject CurrentRequest current;

  @Inject Accounts accounts;

  @Inject Instance<ChapterTab> tabs;

  @Inject ModuleRegistry registry;

  private String slug;

  /** Reads the chapter's, page's or member's slug from the route. */
  @PostConstruct
  void readRoute() {
    slug = current.param("slug");
  }

  private Chapter chapter;

  /**
   * Loads the chapter or answers 404.
   *
   * @throws IOException when the error cannot be sent
   */
  public void load() throws IOException {
    chapter = slug == null ? null : chapters.bySlug(slug).orElse(null);
    if (chapter == null) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /**
   * @return the tabs that enabled modules add to chapter pages, in order
   */
  public List<ChapterTab> getTabs() {
    List<ChapterTab> list = new ArrayList<>();
    for (ChapterTab t : tabs) {
      if (registry.isEnabled(t.moduleId())) {
        list.add(t);
      }
    }
    list.sort(Comparator.comparingInt(ChapterTab::order).thenComparing(ChapterTab::tabId));
    return list;
  }

  /**
   * @return the chapter
   */
  public Chapter getChapter() {
    return chapter;
  }

  /**
   * @return the chapters above it, root first
   */
  public List<Chapter> getAncestors() {
    return chapters.ancestors(chapter);
  }

  /**
   * @return its sub-chapters
   */
  public List<Chapter> getChildren() {
    return chapters.children(chapter);
  }

  /**
   * @return its coordinators
   */
  public List<Memberships.Person> getCoordinators() {
    return memberships.coordinators(chapter.getId());
  }

  /**
   * @return how many members it has
   */
  public long getMemberCount() {
    return memberships.memberCount(chapter.getId());
  }

  /**
   * @return its members, for signed-in readers only
   */
  public List<Memberships.Person> getMembers() {
    return current.isSignedIn() ? memberships.members(chapter.getId()) : List.of();
  }

  /**
   * @return true when the reader belongs to the chapter
   */
  public boolean isMember() {
    return current.isSignedIn()
        && accounts
            .byUsername(current.getCaller().username())
            .map(a -> memberships.isMember(chapter.getId(), a.id()))
            .orElse(false);
  }

  /**
   * @return true when the reader may edit the chapter
   */
  public boolean isEditable() {
    return current.can(CoreModule.CHAPTER_EDIT, chapter.getId());
  }

  /**
   * @return true when the reader may found a sub-chapter
   */
  public boolean isExtensible() {
    return current.can(CoreModule.CHAPTER_CREATE, chapter.getId());
  }

  /**
   * @return true when the reader may appoint and remove the chapter's coordinators
   */
  public boolean isCoordinatorsManageable() {
    return current.can(CoreModule.CHAPTER_COORDINATORS, chapter.getId());
  }

  /**
   * @return true when the reader may work with the chapter's members (its coordinators, the
   *     administrators)
   */
  public boolean isMembersManageable() {
    return current.can(CoreModule.MEMBER_STATUS, chapter.getId());
  }

  /**
   * @return the slug from the URL
   */
  public String getSlug() {
    return slug;
  }
}
