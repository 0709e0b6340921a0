package org.plenum.core.members;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.chapters.Memberships;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.Accounts;
import org.plenum.core.web.CurrentRequest;
import org.plenum.core.web.Dates;

/**
 * A member's profile as other members see it: what the member chose to show, nothing else. The
 * route admits signed-in readers only; suspended and unverified accounts have no page.
 */
@Named("memberProfile")
@RequestScoped
public class MemberProfileView {

  @Inject Accounts accounts;

  @Inject ChapterService chapters;

  @Inject Memberships memberships;

  @Inject CurrentRequest current;

  @Inject Dates dates;

  private String slug;

  /** Reads the chapter's, page's or member's slug from the route. */
  @PostConstruct
  void readRoute() {
    slug = current.param("slug");
  }

  private Account account;

  /**
   * Loads the member or answers 404.
   *
   * @throws IOException when the error cannot be sent
   */
  public void load() throws IOException {
    account = accounts.bySlug(slug).filter(a -> !a.suspended() && a.isVerified()).orElse(null);
    if (account == null) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /**
   * @return the member
   */
  public Account getAccount() {
    return account;
  }

  /**
   * @return true when the reader is looking at their own profile
   */
  public boolean isSelf() {
    return current.isSignedIn()
        && current.getCaller().username().equalsIgnoreCase(account.username());
  }

  /**
   * @return the biography, when the member shows it
   */
  public String getBio() {
    return account.showBio() || isSelf() ? account.bio() : null;
  }

  /**
   * @return the e-mail address, when the member shows it
   */
  public String getEmail() {
    return account.showEmail() || isSelf() ? account.email() : null;
  }

  /**
   * @return the chapters the member belongs to, when the member shows them
   */
  public List<Chapter> getChapters() {
    return account.showChapters() || isSelf() ? memberships.chaptersOf(account.id()) : List.of();
  }

  /**
   * @return the chapters the member coordinates: public in any case, like the chapter pages
   */
  public List<Chapter> getCoordinated() {
    return memberships.coordinatedBy(account.id());
  }

  /**
   * @return the message key of the member's status
   */
  public String getStatusKey() {
    return "core.memberStatus." + account.status().name().toLowerCase(Locale.ROOT);
  }

  /**
   * @return the month the member joined, in the reader's language
   */
  public String getSince() {
    return dates.month(account.createdAt());
  }

  /**
   * @return the slug from the URL
   */
  public String getSlug() {
    return slug;
  }
}
