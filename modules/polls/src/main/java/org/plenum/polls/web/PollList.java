package org.plenum.polls.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.Permissions;
import org.plenum.polls.Poll;
import org.plenum.polls.PollClock;
import org.plenum.polls.PollQueries;
import org.plenum.polls.PollsModule;

/** Polls with an All / Open / Closed filter ({@code ?show=open}), newest closing first. */
@Named("pollList")
@RequestScoped
public class PollList {

  @Inject PollQueries polls;

  @Inject Chapters chapters;

  @Inject CurrentReader current;

  private final Map<Long, Chapter> byId = new HashMap<>();
  private List<Poll> list;

  /**
   * @return which polls are shown: {@code all}, {@code open} or {@code closed}
   */
  public String getShow() {
    String s = current.query("show");
    return "open".equals(s) || "closed".equals(s) ? s : "all";
  }

  /**
   * @return the polls shown
   */
  public List<Poll> getPolls() {
    if (list == null) {
      current.cache(PollClock.TAG, Chapters.TAG);
      list = polls.list(PollQueries.Show.valueOf(getShow().toUpperCase(Locale.ROOT)), null, 200);
    }
    return list;
  }

  @Inject Permissions authorizer;

  /**
   * @return true when the reader may create a poll in some chapter
   */
  public boolean isCanCreate() {
    if (current.getCaller() == null) {
      return false;
    }
    return chapters.tree().stream()
        .anyMatch(
            n -> authorizer.can(current.getCaller(), PollsModule.CREATE, n.chapter().getId()));
  }

  /**
   * A poll's chapter.
   *
   * @param poll the poll
   * @return its chapter
   */
  public Chapter chapter(Poll poll) {
    return byId.computeIfAbsent(poll.getChapterId(), id -> chapters.byId(id).orElse(null));
  }

  /**
   * Where a poll stands.
   *
   * @param poll the poll
   * @return {@code open}, {@code upcoming} or {@code closed}
   */
  public String state(Poll poll) {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    if (poll.isClosed() || !now.isBefore(poll.getClosesAt())) {
      return "closed";
    }
    return now.isBefore(poll.getOpensAt()) ? "upcoming" : "open";
  }
}
