package org.plenum.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.plenum.spi.SearchDocument;
import org.plenum.spi.SearchSource;

/**
 * Polls for the site's search, for everyone: title, description, questions and options, in the
 * poll's language (its translations are pages of the same poll).
 */
@ApplicationScoped
public class PollSearch implements SearchSource {

  /** The type of polls in the search. */
  public static final String TYPE = "poll";

  @Inject PollQueries polls;

  @Override
  public String moduleId() {
    return PollsModule.ID;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public void each(Consumer<SearchDocument> sink) {
    for (Poll p : polls.list(PollQueries.Show.ALL, null, 100_000)) {
      polls.byId(p.getId()).ifPresent(full -> sink.accept(document(full)));
    }
  }

  @Override
  public Optional<SearchDocument> find(String id) {
    if (!id.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return polls.byId(Long.parseLong(id)).map(PollSearch::document);
  }

  private static SearchDocument document(Poll poll) {
    StringBuilder text = new StringBuilder();
    if (poll.getDescriptionHtml() != null) {
      text.append(Jsoup.parse(poll.getDescriptionHtml()).text()).append("\n\n");
    }
    for (Question q : poll.getQuestions()) {
      text.append(q.getText()).append('\n');
      if (!q.isMotion()) {
        q.getChoices().forEach(c -> text.append(c.getLabel()).append('\n'));
      }
    }
    return new SearchDocument(
        TYPE,
        String.valueOf(poll.getId()),
        poll.getLanguage(),
        poll.getTitle(),
        text.toString(),
        "polls/" + poll.getSlug(),
        poll.getCloses(),
        poll.getChapterId(),
        List.of(),
        Set.of(SearchDocument.ANYONE));
  }
}
