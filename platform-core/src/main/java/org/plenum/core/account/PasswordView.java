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
import org.plenum.core.audit.AuditLog;
import org.plenum.core.identity.Accounts;
import org.plenum.core.identity.PasswordPolicy;
import org.plenum.core.identity.Passwords;
import org.plenum.core.web.CurrentRequest;
import org.plenum.core.web.Messages;

/** Changing one's password, and the forced change of a one-time password. */
@Named("password")
@RequestScoped
public class PasswordView {

  @Inject Accounts accounts;

  @Inject Passwords passwords;

  @Inject SecurityContext security;

  @Inject CurrentRequest current;

  @Inject Messages msg;

  @Inject AuditLog audit;

  private String current1;
  private String replacement;
  private String confirmation;

  /**
   * Changes the password, then renews the session's log-in so the new state applies.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String submit() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    String username = current.getCaller().username();
    if (replacement == null || !replacement.equals(confirmation)) {
      faces.addMessage(
          "password:replacement",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.get("core.password.mismatch"), null));
      return null;
    }
    try {
      passwords.changePassword(username, current1, replacement);
    } catch (Passwords.PasswordRejected e) {
      faces.addMessage(
          "password:replacement",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              msg.format(e.key(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH),
              null));
      return null;
    }
    ExternalContext ext = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ext.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) ext.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, replacement))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      ext.redirect(current.link(""));
      faces.responseComplete();
    }
    return null;
  }

  /**
   * @return always empty
   */
  public String getCurrent() {
    return null;
  }

  /**
   * @param value the current password
   */
  public void setCurrent(String value) {
    this.current1 = value;
  }

  /**
   * @return always empty
   */
  public String getReplacement() {
    return null;
  }

  /**
   * @param value the new password
   */
  public void setReplacement(String value) {
    this.replacement = value;
  }

  /**
   * @return always empty
   */
  public String getConfirmation() {
    return null;
  }

  /**
   * @param value the new password again
   */
  public void setConfirmation(String value) {
    this.confirmation = value;
  }
}
