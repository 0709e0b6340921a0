package org.plenum.polls.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.plenum.api.CurrentReader;
import org.plenum.api.TranslatedTitles;
import org.plenum.polls.Poll;
import org.plenum.polls.PollTranslations;

/**
 * Polls' titles in the reader's language where a translation gives one, for lists: {@code
 * pollTitles.title(poll)} and {@code pollTitles.lang(poll)}.
 */
@Named("pollTitles")
@RequestScoped
public class PollTitles extends TranslatedTitles<Poll> {

  @Inject PollTranslations translations;

  @Inject CurrentReader current;

  @Override
  protected CurrentReader reader() {
    return current;
  }

  @Override
  protected Map<Long, String> titlesIn(String lang) {
    return translations.titlesIn(lang);
  }

  @Override
  protected long id(Poll poll) {
    return poll.getId();
  }

  @Override
  protected String language(Poll poll) {
    return poll.getLanguage();
  }

  @Override
  protected String ownTitle(Poll poll) {
    return poll.getTitle();
  }
}
