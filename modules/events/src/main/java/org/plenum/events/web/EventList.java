package org.plenum.events.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.Permissions;
import org.plenum.api.Reads;
import org.plenum.events.EventQueries;
import org.plenum.events.EventsClock;
import org.plenum.events.EventsModule;
import org.plenum.events.Occurrences;
import org.plenum.events.Schedule.Occurrence;

/**
 * Lists of occurrences: the coming events ({@code /<lang>/events}), the past occurrences ({@code
 * …/events/past}), a chapter's (with the chapters below it; {@code ?chapter=<slug>}, and the
 * chapter tab) and the home-page block, {@value #PAGE} to a page.
 */
@Named("eventList")
@RequestScoped
public class EventList {

  /** Occurrences to a page. */
  static final int PAGE = 30;

  /** Occurrences in the home-page block. */
  static final int BLOCK = 5;

  @Inject EventQueries events;

  @Inject Reads reads;

  @Inject Occurrences occurrences;

  @Inject Chapters chapters;

  @Inject Permissions authorizer;

  @Inject CurrentReader current;

  private final Map<Long, Chapter> byId = new HashMap<>();
  private List<Occurrence> page;
  private boolean more;
  private Chapter chapter;
  private boolean chapterRead;

  /**
   * @return the chapter the list is narrowed to, from {@code ?chapter=}, or {@code null}
   */
  public Chapter getChapter() {
    if (!chapterRead) {
      chapterRead = true;
      String slug = current.query("chapter");
      chapter = slug == null ? null : chapters.bySlug(slug).orElse(null);
    }
    return chapter;
  }

  /**
   * @return the page asked for, from 1
   */
  public int getPage() {
    String p = current.query("page");
    return p != null && p.matches("[1-9]\\d{0,2}") ? Integer.parseInt(p) : 1;
  }

  /**
   * This page of coming events, soonest first: a repeating one once, at its next date (its dates
   * are on its own page), as calendars list them.
   *
   * @return the occurrences
   */
  public List<Occurrence> getComing() {
    if (page == null) {
      current.cache(EventsClock.TAG, Chapters.TAG);
      Instant now = Instant.now();
      int wanted = getPage() * PAGE + 1;
      List<Long> chapterIds = within(getChapter());
      // the coming weeks hold a page most often: only their events are read and expanded
      List<Occurrence> found = List.of();
      for (Duration window :
          List.of(Duration.ofDays(35), Duration.ofDays(120), Occurrences.RANGE_MAX)) {
        found = occurrences.eachOnce(now, now.plus(window), chapterIds, wanted);
        if (found.size() >= wanted) {
          break;
        }
      }
      slice(found);
    }
    return page;
  }

  /**
   * @return this page of past occurrences, latest first
   */
  public List<Occurrence> getPast() {
    if (page == null) {
      current.cache(EventsClock.TAG, Chapters.TAG);
      Instant now = Instant.now();
      List<Occurrence> all =
          new ArrayList<>(
              occurrences.occurrences(
                  now.minus(Occurrences.RANGE_MAX), now, within(getChapter()), 2000));
      all.removeIf(o -> o.endInstant().isAfter(now));
      Collections.reverse(all);
      slice(all);
    }
    return page;
  }

  private void slice(List<Occurrence> all) {
    int from = (getPage() - 1) * PAGE;
    more = all.size() > from + PAGE;
    page =
        from >= all.size()
            ? List.of()
            : List.copyOf(all.subList(from, Math.min(all.size(), from + PAGE)));
  }

  /**
   * @return true when there is a next page
   */
  public boolean isMore() {
    return more;
  }

  /**
   * The coming events of a chapter and the chapters below it, for its tab, a repeating one at its
   * next date.
   *
   * @param chapterId the chapter
   * @return up to a page of them
   */
  public List<Occurrence> ofChapter(long chapterId) {
    current.cache(EventsClock.TAG);
    Optional<Chapter> c = chapters.byId(chapterId);
    if (c.isEmpty()) {
      return List.of();
    }
    Instant now = Instant.now();
    return occurrences.eachOnce(now, now.plus(Occurrences.RANGE_MAX), within(c.get()), PAGE);
  }

  /**
   * @return the next few events, each at its next occurrence, for the home page
   */
  public List<Occurrence> getBlock() {
    current.cache(EventsClock.TAG);
    // the same for every reader: kept until events change or the clock passes an occurrence
    return reads.read("events.block", Set.of(EventsClock.TAG), this::upcoming);
  }

  private List<Occurrence> upcoming() {
    Instant now = Instant.now();
    List<Occurrence> block = List.of();
    // the coming weeks first; further only when they hold too few events
    for (Duration window : List.of(Duration.ofDays(42), Occurrences.RANGE_MAX)) {
      block =
          occurrences.eachOnce(now, now.plus(window), null, 300).stream()
              .filter(o -> !o.cancelled())
              .limit(BLOCK)
              .toList();
      if (block.size() == BLOCK) {
        break;
      }
    }
    return block;
  }

  /**
   * The ids of a chapter and those below it.
   *
   * @param c the chapter, or {@code null} for all
   * @return the ids, or {@code null} for all
   */
  List<Long> within(Chapter c) {
    return events.within(c);
  }

  /**
   * An occurrence's chapter.
   *
   * @param o the occurrence
   * @return its event's chapter
   */
  public Chapter chapter(Occurrence o) {
    return byId.computeIfAbsent(o.event().getChapterId(), id -> chapters.byId(id).orElse(null));
  }

  /**
   * @return true when the reader may create an event in some chapter
   */
  public boolean isCanCreate() {
    if (current.getCaller() == null) {
      return false;
    }
    return chapters.tree().stream()
        .anyMatch(
            n -> authorizer.can(current.getCaller(), EventsModule.MANAGE, n.chapter().getId()));
  }

  /**
   * A link to an occurrence's page.
   *
   * @param o the occurrence
   * @return the path below the language prefix
   */
  public String path(Occurrence o) {
    return "events/" + o.event().getSlug() + (o.event().isRecurring() ? "?on=" + o.key() : "");
  }
}
