package org.plenum.core.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.plenum.core.identity.PasswordPolicy;
import org.plenum.core.web.CurrentRequest;
import org.plenum.core.web.Languages;
import org.plenum.core.web.Messages;

/** The join form. */
@Named("joinView")
@RequestScoped
public class JoinView {

  @Inject Joining joining;

  @Inject CurrentRequest current;

  @Inject Languages languages;

  @Inject Messages msg;

  private String name;
  private String email;
  private String password;
  private String confirmation;
  private String language;
  private String country;
  private String region;
  private String city;

  /**
   * @return the page's language, as the default choice
   */
  public String getLanguage() {
    return language == null ? current.getLang() : language;
  }

  /**
   * Sends the form.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String submit() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (password == null || !password.equals(confirmation)) {
      faces.addMessage(
          "join:confirmation",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.get("core.password.mismatch"), null));
      faces.validationFailed();
      return null;
    }
    try {
      joining.join(new Joining.Form(name, email, password, getLanguage(), country, region, city));
    } catch (Joining.Refused e) {
      for (Joining.Problem p : e.problems()) {
        faces.addMessage(
            "join:" + p.field(),
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                msg.format(p.key(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH),
                null));
      }
      faces.validationFailed();
      return null;
    }
    faces.getExternalContext().redirect(current.link("join/sent"));
    faces.responseComplete();
    return null;
  }

  /**
   * @return the languages offered
   */
  public List<String> getLanguages() {
    return languages.offered();
  }

  /**
   * A language's name.
   *
   * @param tag a tag
   * @return its name in itself
   */
  public String languageName(String tag) {
    return Languages.nativeName(tag);
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
   * @return e-mail
   */
  public String getEmail() {
    return email;
  }

  /**
   * @param email e-mail
   */
  public void setEmail(String email) {
    this.email = email;
  }

  /**
   * @return always empty
   */
  public String getPassword() {
    return null;
  }

  /**
   * @param password password
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
   * @param confirmation password again
   */
  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }

  /**
   * @param language preferred language
   */
  public void setLanguage(String language) {
    this.language = language;
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
}
