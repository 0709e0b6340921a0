package org.plenum.polls.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenum.api.Audit;
import org.plenum.api.CurrentReader;
import org.plenum.api.PageGuards;
import org.plenum.api.Permissions;
import org.plenum.api.Rejected;
import org.plenum.api.Texts;
import org.plenum.polls.Choice;
import org.plenum.polls.Poll;
import org.plenum.polls.PollQueries;
import org.plenum.polls.PollTranslation;
import org.plenum.polls.PollTranslations;
import org.plenum.polls.PollsModule;
import org.plenum.polls.Question;

/**
 * Translating a poll: its title, description, questions and options into one of the site's other
 * languages, beside the original. Texts left blank are read in the poll's language; a motion's For,
 * Against and Abstain are the site's own words in each language. Those who manage the poll's
 * chapter translate it, before or after the opening.
 */
@Named("pollTranslator")
@RequestScoped
public class PollTranslator {

  @Inject PollQueries polls;

  @Inject PollTranslations translations;

  @Inject Permissions authorizer;

  @Inject CurrentReader current;

  @Inject Texts languages;

  @Inject Texts msg;

  @Inject Audit audit;

  @Inject HttpServletRequest request;

  private Poll poll;
  private String lang;
  private PollTranslation existing;
  private String title;
  private String description;

  /** Finds the poll and the language being translated into. */
  @PostConstruct
  void prepare() {
    poll = polls.bySlug(current.param("poll")).orElse(null);
    if (poll == null) {
      return;
    }
    String asked = request.getParameter("lang");
    List<String> targets = getTargets();
    lang =
        asked != null && targets.contains(asked)
            ? asked
            : targets.isEmpty() ? null : targets.get(0);
    existing = lang == null ? null : translations.translation(poll, lang).orElse(null);
    title = existing == null ? null : existing.getTitle();
    description = existing == null ? null : existing.getDescriptionSource();
  }

  /** Answers 404 for an unknown poll, 403 to those who do not manage its chapter. */
  public void load() {
    if (poll == null) {
      PageGuards.notFound();
    } else if (!mayManage()) {
      PageGuards.forbidden();
    }
  }

  private boolean mayManage() {
    return authorizer.can(current.getCaller(), PollsModule.CREATE, poll.getChapterId());
  }

  /**
   * @return the languages a translation may be written in: the site's, but the poll's
   */
  public List<String> getTargets() {
    return languages.languages().stream().filter(l -> !l.equals(poll.getLanguage())).toList();
  }

  /**
   * Saves the translation and shows the poll in its language.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String save() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (poll == null || lang == null || !mayManage()) {
      error(msg.text("polls.error.manage"));
      return null;
    }
    Map<Long, String> questions = new HashMap<>();
    Map<Long, String> options = new HashMap<>();
    for (Question q : poll.getQuestions()) {
      questions.put(q.getId(), request.getParameter("q" + q.getId()));
      if (!q.isMotion()) {
        for (Choice c : q.getChoices()) {
          options.put(c.getId(), request.getParameter("c" + c.getId()));
        }
      }
    }
    try {
      translations.translate(
          poll.getId(),
          lang,
          title,
          description,
          questions,
          options,
          current.getCaller().username());
      audit.record(current, "poll.translate", poll.getSlug(), lang);
      PageGuards.redirect(current.getBase() + "/" + lang + "/polls/" + poll.getSlug());
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
    if (poll == null || lang == null || !mayManage()) {
      error(msg.text("polls.error.manage"));
      return null;
    }
    translations.removeTranslation(poll.getId(), lang);
    audit.record(current, "poll.translate.remove", poll.getSlug(), lang);
    PageGuards.redirect(current.link("polls/" + poll.getSlug()));
    return null;
  }

  private void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /**
   * A question's text in the translation, for the form.
   *
   * @param question the question
   * @return the translated text, or empty
   */
  public String text(Question question) {
    String given = request.getParameter("q" + question.getId());
    if (given != null) {
      return given;
    }
    return existing == null ? "" : existing.questionTexts().getOrDefault(question.getId(), "");
  }

  /**
   * An option's text in the translation, for the form.
   *
   * @param choice the option
   * @return the translated text, or empty
   */
  public String label(Choice choice) {
    String given = request.getParameter("c" + choice.getId());
    if (given != null) {
      return given;
    }
    return existing == null ? "" : existing.optionTexts().getOrDefault(choice.getId(), "");
  }

  /**
   * @return the poll
   */
  public Poll getPoll() {
    return poll;
  }

  /**
   * @return the language being translated into
   */
  public String getLang() {
    return lang;
  }

  /**
   * @return true when a translation into this language exists
   */
  public boolean isExisting() {
    return existing != null;
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
