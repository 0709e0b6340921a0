package org.plenum.core.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.plenum.core.identity.LoginThrottle;
import org.plenum.core.web.CurrentRequest;
import org.plenum.core.web.Messages;

/**
 * The log-in form. A wrong user name and a wrong password get the same answer; repeated failures
 * are throttled per account and per address.
 */
@Named("login")
@RequestScoped
public class LoginView {

  private static final Logger LOG = Logger.getLogger(LoginView.class.getName());

  @Inject SecurityContext security;

  @Inject LoginThrottle throttle;

  @Inject Messages msg;

  @Inject CurrentRequest current;

  private String username;
  private String password;
  private String next;

  /**
   * Checks the credentials and starts a session.
   *
   * @return {@code null}: the bean redirects or shows a message
   * @throws IOException when the redirect fails
   */
  public String submit() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ext.getRequest();
    String address = request.getRemoteAddr();
    if (!throttle.allows(username, address)) {
      LOG.warning(() -> "Log-in refused by throttling: account '" + username + "' from " + address);
      ((HttpServletResponse) ext.getResponse()).setStatus(429);
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.get("core.login.throttled"), null));
      return null;
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) ext.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, password))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      throttle.succeeded(username, address);
      ext.redirect(safeNext());
      faces.responseComplete();
      return null;
    }
    throttle.failed(username, address);
    LOG.warning(() -> "Failed log-in for account '" + username + "' from " + address);
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.get("core.login.failed"), null));
    return null;
  }

  private String safeNext() {
    String lang = current.getLang();
    if (next != null
        && next.matches("/[a-z]{2,3}(-[A-Za-z]+)?/[A-Za-z0-9/_-]*")
        && !next.contains("//")) {
      return current.getBase() + next;
    }
    return current.getBase() + "/" + lang + "/";
  }

  /**
   * @return the user name typed
   */
  public String getUsername() {
    return username;
  }

  /**
   * @param username the user name typed
   */
  public void setUsername(String username) {
    this.username = username;
  }

  /**
   * @return always empty: a password is never sent back
   */
  public String getPassword() {
    return null;
  }

  /**
   * @param password the password typed
   */
  public void setPassword(String password) {
    this.password = password;
  }

  /**
   * @return where to go after log-in
   */
  public String getNext() {
    return next;
  }

  /**
   * @param next where to go after log-in, a local path
   */
  public void setNext(String next) {
    this.next = next;
  }
}
