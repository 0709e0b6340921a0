package org.plenum.core.chapters.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.chapters.Memberships;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.Accounts;
import org.plenum.core.web.CurrentRequest;

/** Joining or leaving a chapter, confirmed by a form. */
@Named("chapterMembership")
@RequestScoped
public class ChapterMembershipView {

  @Inject ChapterService chapters;

  @Inject Memberships memberships;

  @Inject Accounts accounts;

  @Inject CurrentRequest current;

  private String slug;

  /** Reads the chapter's, page's or member's slug from the route. */
  @PostConstruct
  void readRoute() {
    slug = current.param("slug");
  }

  private Chapter chapter;
  private Account account;

  /**
   * Loads the chapter and the reader's account, or answers 404.
   *
   * @throws IOException when the error cannot be sent
   */
  public void load() throws IOException {
    if (getChapter() == null || account == null) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /**
   * @return the chapter of the URL, or {@code null} when there is none
   */
  public Chapter getChapter() {
    if (chapter == null) {
      String s = slug != null ? slug : current.param("slug");
      chapter = s == null ? null : chapters.bySlug(s).orElse(null);
      account = accounts.byUsername(current.getCaller().username()).orElse(null);
    }
    return chapter;
  }

  /**
   * @return true when the reader already belongs to it
   */
  public boolean isMember() {
    return getChapter() != null && memberships.isMember(chapter.getId(), account.id());
  }

  /**
   * Joins the chapter.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String join() throws IOException {
    memberships.join(getChapter().getId(), account.id());
    return back();
  }

  /**
   * Leaves the chapter.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String leave() throws IOException {
    memberships.leave(getChapter().getId(), account.id());
    return back();
  }

  private String back() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().redirect(current.link("chapters/" + chapter.getSlug()));
    faces.responseComplete();
    return null;
  }

  /**
   * @return the slug from the URL
   */
  public String getSlug() {
    return slug;
  }
}
