package org.plenum.core.chapters.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.plenum.api.Rejected;
import org.plenum.core.CoreModule;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.chapters.Memberships;
import org.plenum.core.chapters.governance.Coordinators;
import org.plenum.core.web.CurrentRequest;
import org.plenum.core.web.Messages;

/** A chapter's coordinators, appointed and removed by those who may (403 for the others). */
@Named("coordinatorsView")
@RequestScoped
public class CoordinatorsView {

  @Inject ChapterService chapters;

  @Inject Memberships memberships;

  @Inject Coordinators coordinators;

  @Inject CurrentRequest current;

  @Inject Messages msg;

  private Chapter chapter;
  private String candidate;

  /**
   * Loads the chapter: 404 when unknown, 403 when the reader may not manage its coordinators.
   *
   * @throws IOException when the error cannot be sent
   */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (getChapter() == null) {
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
    } else if (!current.can(CoreModule.CHAPTER_COORDINATORS, chapter.getId())) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
    }
  }

  /**
   * @return the chapter of the URL, or {@code null}
   */
  public Chapter getChapter() {
    if (chapter == null) {
      String s = current.param("slug");
      chapter = s == null ? null : chapters.bySlug(s).orElse(null);
    }
    return chapter;
  }

  /**
   * @return the coordinators
   */
  public List<Memberships.Person> getCoordinators() {
    return memberships.coordinators(getChapter().getId());
  }

  /**
   * @return who could be appointed
   */
  public List<Memberships.Person> getCandidates() {
    return coordinators.candidates(getChapter());
  }

  /**
   * Appoints the chosen member.
   *
   * @return {@code null}
   */
  public String appoint() {
    try {
      if (coordinators.appoint(
          current.getCaller(), current.getAddress(), getChapter(), candidate)) {
        info("core.coordinators.appointed");
      }
    } catch (Rejected e) {
      Rejected.Problem p = e.problems().get(0);
      FacesContext.getCurrentInstance()
          .addMessage(
              "appoint:candidate",
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR, msg.format(p.key(), p.args().toArray()), null));
    }
    return null;
  }

  /**
   * Removes a coordinator.
   *
   * @param memberSlug their profile address
   * @return {@code null}
   */
  public String remove(String memberSlug) {
    if (coordinators.remove(current.getCaller(), current.getAddress(), getChapter(), memberSlug)) {
      info("core.coordinators.removed");
    }
    return null;
  }

  private void info(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.get(key), null));
  }

  /**
   * @return the member chosen
   */
  public String getCandidate() {
    return candidate;
  }

  /**
   * @param candidate the member chosen, by profile address
   */
  public void setCandidate(String candidate) {
    this.candidate = candidate;
  }
}
