package org.plenum.polls.web;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.plenum.api.CurrentReader;
import org.plenum.api.Texts;
import org.plenum.polls.Choice;
import org.plenum.polls.Poll;
import org.plenum.polls.PollTranslation;
import org.plenum.polls.PollTranslations;
import org.plenum.polls.Question;

/**
 * A poll's texts as the reader reads them: its title, description, questions and options in the
 * reader's language where a translation gives them, and the other languages it is read in.
 */
public abstract class PollTexts extends PollFigures {

  @Inject PollTranslations translations;

  @Inject CurrentReader current;

  @Inject Texts msg;

  Poll poll;

  PollTranslation translation;

  List<String> languages;

  /**
   * @return the title, in the reader's language where translated
   */
  public String getTitle() {
    return translation == null ? poll.getTitle() : translation.getTitle();
  }

  /**
   * @return the description, in the reader's language where translated
   */
  public String getDescriptionHtml() {
    return translation == null ? poll.getDescriptionHtml() : translation.getDescriptionHtml();
  }

  /**
   * @return the language the poll's texts are shown in
   */
  public String getLang() {
    return translation == null ? poll.getLanguage() : translation.getLanguage();
  }

  /**
   * A question's text for the reader.
   *
   * @param question the question
   * @return its text, translated where it is
   */
  public String text(Question question) {
    return translation == null ? question.getText() : translation.text(question);
  }

  /**
   * An option's text for the reader; a motion's options in the reader's language.
   *
   * @param question its question
   * @param choice the option
   * @return its text
   */
  public String label(Question question, Choice choice) {
    if (question.isMotion() && !poll.getLanguage().equals(current.getLang())) {
      return msg.text(
          switch (choice.getPosition()) {
            case 0 -> "polls.motion.for";
            case 1 -> "polls.motion.against";
            default -> "polls.motion.abstain";
          });
    }
    return translation == null ? choice.getLabel() : translation.label(choice);
  }

  /**
   * @return the other languages the poll is read in: its own and its translations'
   */
  public List<String> getLanguages() {
    if (languages == null) {
      languages = new ArrayList<>();
      if (poll != null) {
        languages.add(poll.getLanguage());
        languages.addAll(translations.translations(poll));
        languages.remove(current.getLang());
      }
    }
    return languages;
  }
}
