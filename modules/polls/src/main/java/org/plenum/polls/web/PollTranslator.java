package org.plenum.polls.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.plenum.api.Permissions;
import org.plenum.api.TranslationForm;
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
public class PollTranslator extends TranslationForm<Poll> {

  @Inject PollQueries polls;

  @Inject PollTranslations translations;

  @Inject Permissions permissions;

  @Inject HttpServletRequest request;

  private PollTranslation existing;

  @Override
  protected Optional<Poll> find() {
    return polls.bySlug(reader().param("poll"));
  }

  @Override
  protected String languageOf(Poll poll) {
    return poll.getLanguage();
  }

  @Override
  protected boolean mayTranslate(Poll poll) {
    return permissions.can(reader().getCaller(), PollsModule.CREATE, poll.getChapterId());
  }

  @Override
  protected Optional<Wording> translation(Poll poll, String lang) {
    existing = translations.translation(poll, lang).orElse(null);
    return Optional.ofNullable(existing)
        .map(t -> new Wording(t.getTitle(), t.getDescriptionSource()));
  }

  @Override
  protected void store(Poll poll, String lang, Wording wording) {
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
    translations.translate(
        poll.getId(),
        lang,
        wording.title(),
        wording.description(),
        questions,
        options,
        reader().getCaller().username());
  }

  @Override
  protected void drop(Poll poll, String lang) {
    translations.removeTranslation(poll.getId(), lang);
  }

  @Override
  protected String path(Poll poll) {
    return "polls/" + poll.getSlug();
  }

  @Override
  protected String refusalKey() {
    return "polls.error.manage";
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
   * @return the poll, or {@code null} when the address names none
   */
  public Poll getPoll() {
    return original();
  }
}
