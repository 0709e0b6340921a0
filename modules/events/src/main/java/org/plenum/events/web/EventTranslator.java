package org.plenum.events.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.plenum.api.Audit;
import org.plenum.api.CurrentReader;
import org.plenum.api.PageGuards;
import org.plenum.api.Permissions;
import org.plenum.api.Rejected;
import org.plenum.api.Texts;
import org.plenum.events.Event;
import org.plenum.events.EventQueries;
import org.plenum.events.EventTranslation;
import org.plenum.events.EventTranslations;
import org.plenum.events.EventsModule;

/**
 * Translating an event's title and description into another of the site's languages, beside the
 * original ({@code ?lang=fr}); its times, places and answers stay the event's own. Its organisers
 * translate it.
 */
@Named("eventTranslator")
@RequestScoped
public class EventTranslator {

  @Inject EventQueries events;

  @Inject EventTranslations translations;

  @Inject Permissions authorizer;

  @Inject CurrentReader current;

  @Inject Texts languages;

  @Inject Texts msg;

  @Inject Audit audit;

  private Event event;
  private String lang;
  private EventTranslation existing;
  private String title;
  private String description;

  @PostConstruct
  void prepare() {
    event = events.bySlug(current.param("event")).orElse(null);
    if (event == null) {
      return;
    }
    String asked = current.query("lang");
    List<String> targets = getTargets();
    lang =
        asked != null && targets.contains(asked)
            ? asked
            : targets.isEmpty() ? null : targets.get(0);
    existing = lang == null ? null : translations.translation(event, lang).orElse(null);
    title = existing == null ? null : existing.getTitle();
    description = existing == null ? null : existing.getDescriptionSource();
  }

  /** Answers 404 for an unknown event, 403 to those who do not organise it. */
  public void load() {
    if (event == null) {
      PageGuards.notFound();
    } else if (!mayManage()) {
      PageGuards.forbidden();
    }
  }

  private boolean mayManage() {
    return authorizer.can(current.getCaller(), EventsModule.MANAGE, event.getChapterId());
  }

  /**
   * @return the languages it may be translated into: the site's, but its own
   */
  public List<String> getTargets() {
    return languages.languages().stream().filter(l -> !l.equals(event.getLanguage())).toList();
  }

  /**
   * Saves the translation and shows the event in that language.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String save() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (event == null || lang == null || !mayManage()) {
      error(msg.text("events.error.manage"));
      return null;
    }
    try {
      translations.translate(
          event.getId(), lang, title, description, current.getCaller().username());
      audit.record(current, "event.translate", event.getSlug(), lang);
      PageGuards.redirect(current.getBase() + "/" + lang + "/events/" + event.getSlug());
    } catch (Rejected e) {
      e.problems().forEach(p -> error(msg.format(p.key(), p.args().toArray())));
      faces.validationFailed();
    }
    return null;
  }

  /**
   * Removes the translation into the language shown.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String remove() throws IOException {
    if (event == null || lang == null || !mayManage()) {
      error(msg.text("events.error.manage"));
      return null;
    }
    translations.removeTranslation(event.getId(), lang);
    audit.record(current, "event.translate.remove", event.getSlug(), lang);
    PageGuards.redirect(current.link("events/" + event.getSlug()));
    return null;
  }

  private void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /**
   * @return the event
   */
  public Event getEvent() {
    return event;
  }

  /**
   * @return the language translated into
   */
  public String getLang() {
    return lang;
  }

  /**
   * @return true when a translation into it exists
   */
  public boolean isExisting() {
    return existing != null;
  }

  /**
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * @param title the title
   */
  public void setTitle(String title) {
    this.title = title;
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
