package org.plenum.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.plenum.spi.ContentChanged;
import org.plenum.spi.SearchChanged;

/**
 * Tells the site that a poll changed: the search reads it again, and the cached pages that show it
 * (the lists, tagged {@value PollClock#TAG}, and its own pages, tagged by {@link #tag}) are
 * dropped.
 */
@ApplicationScoped
public class PollChanges {

  @Inject Event<ContentChanged> changed;

  @Inject Event<SearchChanged> searchChanged;

  /**
   * The page-cache tag of one poll's pages.
   *
   * @param poll the poll
   * @return its tag
   */
  public static String tag(Poll poll) {
    return PollClock.TAG + ".poll:" + poll.getId();
  }

  /**
   * A poll was created: the search learns of it, the lists are shown anew.
   *
   * @param poll the new poll
   */
  public void created(Poll poll) {
    searched(poll);
    changed.fire(ContentChanged.of(PollClock.TAG));
  }

  /**
   * A poll was changed, closed or deleted: the search reads it again, the lists and its pages are
   * shown anew.
   *
   * @param poll the poll
   */
  public void changed(Poll poll) {
    searched(poll);
    shown(poll);
  }

  /**
   * What a poll's pages show changed, but not what the search holds of it (a translation).
   *
   * @param poll the poll
   */
  public void shown(Poll poll) {
    changed.fire(ContentChanged.of(PollClock.TAG, tag(poll)));
  }

  private void searched(Poll poll) {
    searchChanged.fire(new SearchChanged(PollSearch.TYPE, String.valueOf(poll.getId())));
  }
}
