package org.plenum.core.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.ChapterKind;

/** The page a verification link opens. */
@Named("verifyView")
@RequestScoped
public class VerifyView {

  @Inject Joining joining;

  private String token;
  private List<Chapter> chapters;

  /** Spends the link; a link that is unknown, used or expired answers 400. */
  public void verify() {
    chapters = joining.verify(token).orElse(null);
    if (chapters == null) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
    }
  }

  /**
   * @return true when the address is now verified
   */
  public boolean isVerified() {
    return chapters != null;
  }

  /**
   * @return the chapters the new member was placed in
   */
  public List<Chapter> getChapters() {
    return chapters == null ? List.of() : chapters;
  }

  /**
   * @return true when the member was placed in a chapter that is not local
   */
  public boolean isNoLocalChapter() {
    return chapters != null && chapters.stream().noneMatch(c -> c.getKind() == ChapterKind.LOCAL);
  }

  /**
   * @return the token
   */
  public String getToken() {
    return token;
  }

  /**
   * @param token the token from the link
   */
  public void setToken(String token) {
    this.token = token;
  }
}
