package org.plenum.polls.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plenum.api.Reads;
import org.plenum.polls.Poll;
import org.plenum.polls.PollClock;
import org.plenum.polls.PollQueries;

/** The polls of the home-page block and of a chapter's tab. */
@Named("currentPolls")
@RequestScoped
public class CurrentPolls {

  @Inject PollQueries polls;

  @Inject Reads reads;

  private Poll current;
  private boolean looked;

  /**
   * @return the poll open now that closes first, or else the last one closed; or null
   */
  public Poll getCurrent() {
    if (!looked) {
      looked = true;
      // the same for every reader: kept until a poll changes, opens or closes
      current =
          reads
              .read("polls.current", Set.of(PollClock.TAG), () -> Optional.ofNullable(find()))
              .orElse(null);
    }
    return current;
  }

  private Poll find() {
    List<Poll> open = polls.list(PollQueries.Show.OPEN, null, 50);
    return !open.isEmpty()
        ? open.get(open.size() - 1)
        : polls.list(PollQueries.Show.CLOSED, null, 1).stream().findFirst().orElse(null);
  }

  /**
   * A chapter's polls.
   *
   * @param chapterId the chapter
   * @return its polls, newest closing first
   */
  public List<Poll> ofChapter(Long chapterId) {
    return polls.list(PollQueries.Show.ALL, chapterId, 20);
  }
}
