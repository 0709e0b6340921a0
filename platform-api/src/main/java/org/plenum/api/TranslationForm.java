package org.plenum.api;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The page that translates a piece of a module's content — an event, a poll — into another of the
 * site's languages, beside the original: which languages it may go into ({@code ?lang=fr} picks
 * one), the translation's title and description, saving and removing it (the module's service
 * records the change in the audit log, in its transaction), and the reader sent on to the content
 * in that language. A module makes a request-scoped, named bean of it for its content type and says
 * how to find, check and store a translation.
 *
 * @param <T> the content type
 * @since 1.2.0
 */
public abstract class TranslationForm<T> {

  /**
   * A translation's own words.
   *
   * @param title the translated title
   * @param description the translated description as written (Markdown), possibly empty
   */
  public record Wording(String title, String description) {}

  @Inject CurrentReader current;

  @Inject Texts texts;

  private T original;
  private String lang;
  private boolean existing;
  private String title;
  private String description;

  /**
   * The content being translated, from the route's parameters.
   *
   * @return the content, or empty when the address names none
   */
  protected abstract Optional<T> find();

  /**
   * @param original the content
   * @return its own language
   */
  protected abstract String languageOf(T original);

  /**
   * Tells whether the reader may translate the content (the permission the module checks for
   * changing it).
   *
   * @param original the content
   * @return true when allowed
   */
  protected abstract boolean mayTranslate(T original);

  /**
   * @param original the content
   * @param lang a language
   * @return its translation into it, if one exists
   */
  protected abstract Optional<Wording> translation(T original, String lang);

  /**
   * Stores the translation, replacing any other into the same language.
   *
   * @param original the content
   * @param lang the language
   * @param wording the translation's words
   * @throws Rejected when a field is refused; nothing is stored then
   */
  protected abstract void store(T original, String lang, Wording wording);

  /**
   * Removes the translation into a language.
   *
   * @param original the content
   * @param lang the language
   */
  protected abstract void drop(T original, String lang);

  /**
   * @param original the content
   * @return its page below the language prefix, such as {@code events/wednesday-group}
   */
  protected abstract String path(T original);

  /**
   * @return the message key shown to a reader who may not translate the content
   */
  protected abstract String refusalKey();

  /** Finds the content and the language asked for, and reads its translation into it. */
  @PostConstruct
  void prepare() {
    original = find().orElse(null);
    if (original == null) {
      return;
    }
    String asked = current.query("lang");
    List<String> targets = getTargets();
    lang =
        asked != null && targets.contains(asked)
            ? asked
            : targets.isEmpty() ? null : targets.get(0);
    Optional<Wording> w = lang == null ? Optional.empty() : translation(original, lang);
    existing = w.isPresent();
    title = w.map(Wording::title).orElse(null);
    description = w.map(Wording::description).orElse(null);
  }

  /** Answers 404 for an address that names no content, 403 to a reader who may not translate it. */
  public void load() {
    if (original == null) {
      PageGuards.notFound();
    } else if (!mayTranslate(original)) {
      PageGuards.forbidden();
    }
  }

  /**
   * @return the languages it may be translated into: the site's, but its own
   */
  public List<String> getTargets() {
    String own = languageOf(original);
    return texts.languages().stream().filter(l -> !l.equals(own)).toList();
  }

  /**
   * Saves the translation and shows the content in that language; a refused field is shown on the
   * form, in the reader's language.
   *
   * @return {@code null}
   */
  public String save() {
    if (original == null || lang == null || !mayTranslate(original)) {
      error(texts.text(refusalKey()));
      return null;
    }
    try {
      store(original, lang, new Wording(title, description));
      PageGuards.redirect(current.getBase() + "/" + lang + "/" + path(original));
    } catch (Rejected e) {
      e.problems().forEach(p -> error(texts.format(p.key(), p.args().toArray())));
      FacesContext.getCurrentInstance().validationFailed();
    }
    return null;
  }

  /**
   * Removes the translation into the language shown and shows the content.
   *
   * @return {@code null}
   */
  public String remove() {
    if (original == null || lang == null || !mayTranslate(original)) {
      error(texts.text(refusalKey()));
      return null;
    }
    drop(original, lang);
    PageGuards.redirect(current.link(path(original)));
    return null;
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /**
   * @return the content being translated, or {@code null} when the address names none
   */
  protected T original() {
    return original;
  }

  /**
   * @return the request
   */
  protected CurrentReader reader() {
    return current;
  }

  /**
   * @return the language translated into, or {@code null} when the site offers no other
   */
  public String getLang() {
    return lang;
  }

  /**
   * @return true when a translation into it exists
   */
  public boolean isExisting() {
    return existing;
  }

  /**
   * @return the translated title
   */
  public String getTitle() {
    return title;
  }

  /**
   * @param title the translated title
   */
  public void setTitle(String title) {
    this.title = title;
  }

  /**
   * @return the translated description
   */
  public String getDescription() {
    return description;
  }

  /**
   * @param description the translated description
   */
  public void setDescription(String description) {
    this.description = description;
  }
}
