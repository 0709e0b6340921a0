package org.plenum.polls.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.plenum.api.CurrentReader;
import org.plenum.polls.Poll;
import org.plenum.polls.PollTranslations;

/** Polls' titles in the reader's language where a translation gives one, for lists. */
@Named("pollTitles")
@RequestScoped
public class PollTitles {

  @Inject
  PollTranslations translations;

  @Inject
  CurrentReader current;

  private Map<Long, String> titles;

  private Map<Long, String> titles() {
    if (titles == null) {
      titles = translations.titles(current.getLang());
    }
    return titles;
  }

  /**
   * A poll's title for the reader.
   *
   * @param poll the poll
   * @return its title in the reader's language, or in its own
   */
  public String title(Poll poll) {
    return poll.getLanguage().equals(current.getLang()) ? poll.getTitle()
        : titles().getOrDefault(poll.getId(), poll.getTitle());
  }

  /**
   * The language a poll's title is shown in.
   *
   * @param poll the poll
   * @return the reader's language when translated, else the poll's
   */
  public String lang(Poll poll) {
    return !poll.getLanguage().equals(current.getLang()) && titles().containsKey(poll.getId())
        ? current.getLang() : poll.getLanguage();
  }
}
