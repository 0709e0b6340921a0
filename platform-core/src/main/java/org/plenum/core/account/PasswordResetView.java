package org.plenum.core.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.plenum.core.identity.PasswordPolicy;
import org.plenum.core.identity.Passwords;
import org.plenum.core.identity.Tokens;
import org.plenum.core.web.CurrentRequest;
import org.plenum.core.web.Messages;

/** "Forgot your password?" and the page its link opens. */
@Named("passwordReset")
@RequestScoped
public class PasswordResetView {

  @Inject Joining joining;

  @Inject Tokens tokens;

  @Inject CurrentRequest current;

  @Inject Messages msg;

  private String email;
  private String token;
  private String password;
  private String confirmation;
  private Boolean valid;

  /**
   * Asks for a reset link; the answer is the same whether or not the address is known.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String request() throws IOException {
    joining.forgot(email == null ? "" : email.strip(), current.getLang(), current.getAddress());
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().redirect(current.link("password/sent"));
    faces.responseComplete();
    return null;
  }

  /**
   * @return true when the link can still be used
   */
  public boolean isValid() {
    if (valid == null) {
      // asked while the form is restored, before the token's field is applied: read the link
      String t =
          token != null
              ? token
              : FacesContext.getCurrentInstance()
                  .getExternalContext()
                  .getRequestParameterMap()
                  .get("token");
      valid = tokens.valid(t, Tokens.RESET);
      if (!valid) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
      }
    }
    return valid;
  }

  /**
   * Sets the new password.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String reset() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (password == null || !password.equals(confirmation)) {
      faces.addMessage(
          "reset:confirmation",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.get("core.password.mismatch"), null));
      return null;
    }
    try {
      if (!joining.reset(token, password)) {
        valid = false;
        faces.getExternalContext().setResponseStatus(400);
        return null;
      }
    } catch (Passwords.PasswordRejected e) {
      faces.addMessage(
          "reset:password",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              msg.format(e.key(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH),
              null));
      return null;
    }
    faces.getExternalContext().redirect(current.link("login"));
    faces.responseComplete();
    return null;
  }

  /**
   * @return the address typed
   */
  public String getEmail() {
    return email;
  }

  /**
   * @param email the address typed
   */
  public void setEmail(String email) {
    this.email = email;
  }

  /**
   * @return the token of the link
   */
  public String getToken() {
    return token;
  }

  /**
   * @param token the token of the link
   */
  public void setToken(String token) {
    this.token = token;
  }

  /**
   * @return always empty
   */
  public String getPassword() {
    return null;
  }

  /**
   * @param password the new password
   */
  public void setPassword(String password) {
    this.password = password;
  }

  /**
   * @return always empty
   */
  public String getConfirmation() {
    return null;
  }

  /**
   * @param confirmation the new password again
   */
  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
