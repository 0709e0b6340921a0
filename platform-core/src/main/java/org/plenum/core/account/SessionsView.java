package org.plenum.core.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.plenum.core.audit.AuditLog;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.Accounts;
import org.plenum.core.identity.Sessions;
import org.plenum.core.web.CurrentRequest;
import org.plenum.core.web.Messages;

/** "Where you are signed in" on the profile: the member's sessions, ended one or all. */
@Named("mySessions")
@RequestScoped
public class SessionsView {

  @Inject Sessions sessions;

  @Inject Accounts accounts;

  @Inject AuditLog audit;

  @Inject CurrentRequest current;

  @Inject Messages msg;

  private Account account;

  private Account account() {
    if (account == null) {
      account = accounts.byUsername(current.getCaller().username()).orElseThrow();
    }
    return account;
  }

  /**
   * @return the member's open sessions, the most recently used first
   */
  public List<Sessions.Open> getSessions() {
    if (openSessions == null) {
      openSessions = sessions.of(account().id(), sessionKey());
    }
    return openSessions;
  }

  private List<Sessions.Open> openSessions;

  /**
   * Ends one of the member's sessions; ending the current one logs out here too.
   *
   * @param id the session
   * @return {@code null}
   */
  public String endSession(long id) {
    boolean own = getSessions().stream().anyMatch(o -> o.id() == id && o.current());
    openSessions = null;
    if (sessions.end(account().id(), id)) {
      info(own ? "core.sessions.endedThis" : "core.sessions.ended");
    }
    return null;
  }

  /**
   * Ends every session of the member but this one.
   *
   * @return {@code null}
   */
  public String endOtherSessions() {
    openSessions = null;
    sessions.endOthers(account().id(), sessionKey());
    info("core.sessions.endedOthers");
    return null;
  }

  /**
   * A device as its client named itself, shortened for the table.
   *
   * @param userAgent the client's {@code User-Agent}, or {@code null}
   * @return a short name, or a dash
   */
  public String device(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) {
      return "—";
    }
    return userAgent.length() <= 80 ? userAgent : userAgent.substring(0, 79) + "…";
  }

  private String sessionKey() {
    HttpSession session =
        ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
            .getSession(false);
    return session == null ? null : (String) session.getAttribute(Sessions.KEY_ATTRIBUTE);
  }

  private void info(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.get(key), null));
  }
}
