package org.plenum.core.chapters.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.plenum.api.Rejected;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.governance.ChapterFounding;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.Accounts;
import org.plenum.core.web.CurrentRequest;
import org.plenum.core.web.Messages;

/** The form a member fills in to found the local chapter of their city. */
@Named("foundChapter")
@RequestScoped
public class FoundChapterView {

  @Inject ChapterFounding founding;

  @Inject Accounts accounts;

  @Inject CurrentRequest current;

  @Inject Messages msg;

  private String name;
  private String city;
  private String region;
  private String country;
  private String description;

  @PostConstruct
  void prefill() {
    Account a = accounts.byUsername(current.getCaller().username()).orElseThrow();
    city = a.city();
    region = a.region();
    country = a.country();
    name = city;
  }

  /**
   * @return the local chapter that already serves the member's city, or {@code null}
   */
  public Chapter getExisting() {
    return founding.existing(country, region, city).orElse(null);
  }

  /**
   * @return the chapter the new one would hang under, or {@code null}
   */
  public Chapter getParent() {
    return country == null ? null : founding.parentFor(country, region).orElse(null);
  }

  /**
   * Founds the chapter and opens its page.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String found() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      Chapter c =
          founding.found(
              current.getCaller(),
              current.getAddress(),
              new ChapterFounding.Request(name, city, region, country, description));
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, msg.format("core.found.done", c.getName()), null));
      faces.getExternalContext().redirect(current.link("chapters/" + c.getSlug()));
      faces.responseComplete();
    } catch (Rejected e) {
      for (Rejected.Problem p : e.problems()) {
        String field =
            switch (p.field()) {
              case "city", "country", "region", "description" -> "found:" + p.field();
              default -> "found:name";
            };
        faces.addMessage(
            field,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, msg.format(p.key(), p.args().toArray()), null));
      }
      faces.validationFailed();
    }
    return null;
  }

  /**
   * @return the chapter's name
   */
  public String getName() {
    return name;
  }

  /**
   * @param name the chapter's name
   */
  public void setName(String name) {
    this.name = name;
  }

  /**
   * @return the city
   */
  public String getCity() {
    return city;
  }

  /**
   * @param city the city
   */
  public void setCity(String city) {
    this.city = city;
  }

  /**
   * @return the region
   */
  public String getRegion() {
    return region;
  }

  /**
   * @param region the region
   */
  public void setRegion(String region) {
    this.region = region;
  }

  /**
   * @return the country's ISO code
   */
  public String getCountry() {
    return country;
  }

  /**
   * @param country the country's ISO code
   */
  public void setCountry(String country) {
    this.country = country;
  }

  /**
   * @return the description
   */
  public String getDescription() {
    return description;
  }

  /**
   * @param description the description
   */
  public void setDescription(String description) {
    this.description = description;
  }
}
