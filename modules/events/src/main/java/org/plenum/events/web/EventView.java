package org.plenum.events.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.PageGuards;
import org.plenum.api.Permissions;
import org.plenum.events.Attendance;
import org.plenum.events.Event;
import org.plenum.events.EventQueries;
import org.plenum.events.EventTranslation;
import org.plenum.events.EventTranslations;
import org.plenum.events.EventsClock;
import org.plenum.events.EventsModule;
import org.plenum.events.Occurrences;
import org.plenum.events.Rsvp;
import org.plenum.events.Schedule.Occurrence;

/**
 * An event's page: what, where, and one occurrence ({@code ?on=<original start>}, the next one by
 * default) in its place's time with the reader's beside it (an online one in the reader's, the
 * organiser's beside); the next occurrences; "add to calendar"; members answer going, maybe or not
 * going (beyond the capacity, going puts them on the waiting list); organisers cancel, move or
 * restore an occurrence. What these buttons do is {@link OccurrenceActions}'; this bean reads the
 * page and checks who may press them.
 */
@Named("eventView")
@RequestScoped
public class EventView extends OccurrenceForm {

  /** The next occurrences listed. */
  static final int NEXT = 8;

  @Inject EventQueries events;

  @Inject Occurrences occurrences;

  @Inject Attendance attendance;

  @Inject EventTranslations translations;

  @Inject OccurrenceActions actions;

  @Inject Chapters chapters;

  @Inject Members accounts;

  @Inject Permissions authorizer;

  @Inject CurrentReader current;

  private Event event;
  private Chapter chapter;
  private Occurrence occurrence;
  private boolean badOccurrence;
  private List<Occurrence> next;
  private Member reader;
  private Rsvp mine;
  private Attendance.Counts counts;
  private boolean manager;
  private EventTranslation translation;
  private List<String> languages;

  @PostConstruct
  void prepare() {
    event = events.bySlug(current.param("event")).orElse(null);
    if (event == null) {
      return;
    }
    chapter = chapters.byId(event.getChapterId()).orElse(null);
    translation = translations.translation(event, current.getLang()).orElse(null);
    String on = current.query("on");
    if (on != null && !on.isBlank()) {
      try {
        occurrence = occurrences.occurrence(event, LocalDateTime.parse(on.strip())).orElse(null);
      } catch (DateTimeParseException e) {
        occurrence = null;
      }
      badOccurrence = occurrence == null;
    }
    next = occurrences.next(event, Instant.now(), NEXT);
    if (occurrence == null && !badOccurrence) {
      occurrence =
          next.stream()
              .filter(o -> !o.cancelled())
              .findFirst()
              .orElse(next.isEmpty() ? last() : next.get(0));
    }
    if (current.getCaller() == null) {
      current.cache(EventsClock.TAG, Chapters.TAG);
    } else {
      current.keepState();
      reader = accounts.of(current.getCaller()).orElse(null);
      manager = authorizer.can(current.getCaller(), EventsModule.MANAGE, event.getChapterId());
      if (reader != null && occurrence != null) {
        mine = attendance.rsvp(event.getId(), occurrence.original(), reader.id()).orElse(null);
      }
    }
    if (occurrence != null) {
      counts = attendance.counts(event.getId(), occurrence.original());
      movedStart = local(occurrence.start().toLocalDateTime());
      movedEnd = local(occurrence.end().toLocalDateTime());
    }
  }

  /** The last occurrence of an event that is over, or {@code null}. */
  private Occurrence last() {
    List<Occurrence> past = occurrences.previous(event, Instant.now(), 1);
    return past.isEmpty() ? null : past.get(0);
  }

  private static String local(LocalDateTime t) {
    return t.withSecond(0).withNano(0).toString();
  }

  /** Answers 404 for an unknown event or occurrence. */
  public void load() {
    if (event == null || badOccurrence) {
      PageGuards.notFound();
    }
  }

  /**
   * @return the event
   */
  public Event getEvent() {
    return event;
  }

  /**
   * @return the title in the reader's language where translated
   */
  public String getTitle() {
    return translation == null ? event.getTitle() : translation.getTitle();
  }

  /**
   * @return the description in the reader's language where translated, or {@code null}
   */
  public String getDescriptionHtml() {
    return translation == null ? event.getDescriptionHtml() : translation.getDescriptionHtml();
  }

  /**
   * @return the language the title and description are shown in
   */
  public String getLang() {
    return translation == null ? event.getLanguage() : translation.getLanguage();
  }

  /**
   * @return the other languages it can be read in, its own among them
   */
  public List<String> getLanguages() {
    if (languages == null) {
      List<String> all = new ArrayList<>(translations.translations(event));
      all.add(event.getLanguage());
      languages = all.stream().filter(l -> !l.equals(current.getLang())).sorted().toList();
    }
    return languages;
  }

  /**
   * @return its chapter
   */
  public Chapter getChapter() {
    return chapter;
  }

  /**
   * @return the occurrence shown, or {@code null} when it has none
   */
  public Occurrence getOccurrence() {
    return occurrence;
  }

  /**
   * @return the next occurrences
   */
  public List<Occurrence> getNext() {
    return next;
  }

  /**
   * @return true when the occurrence shown is over
   */
  public boolean isOver() {
    return occurrence != null && !occurrence.startInstant().isAfter(Instant.now());
  }

  /**
   * @return the reader's answer for the occurrence shown, or {@code null}
   */
  public Rsvp getMine() {
    return mine;
  }

  /**
   * @return the message key that says the reader's answer, or {@code null}
   */
  public String getMineKey() {
    return mine == null
        ? null
        : "events.rsvp.mine." + mine.getAnswer().name().toLowerCase(Locale.ROOT);
  }

  /**
   * @return the reader's place on the waiting list, or 0
   */
  public int getPosition() {
    return mine == null ? 0 : attendance.waitingPosition(mine);
  }

  /**
   * @return the answers counted for the occurrence shown
   */
  public Attendance.Counts getCounts() {
    return counts;
  }

  /**
   * @return the places left, or -1 for no limit
   */
  public int getPlacesLeft() {
    return event.getCapacity() == null || counts == null
        ? -1
        : Math.max(0, event.getCapacity() - counts.going());
  }

  /**
   * @return true when the reader may manage the event
   */
  public boolean isManager() {
    return manager;
  }

  /**
   * @return true when the reader may answer for the occurrence shown
   */
  public boolean isCanAnswer() {
    return reader != null && occurrence != null && !occurrence.cancelled() && !isOver();
  }

  /**
   * The occurrence's page.
   *
   * @param o an occurrence
   * @return the path below the language prefix
   */
  public String path(Occurrence o) {
    return "events/" + event.getSlug() + "?on=" + o.key();
  }

  /**
   * @return the occurrence shown, as the form's {@code on}
   */
  public String getKey() {
    return occurrence == null ? "" : occurrence.key();
  }

  /**
   * Tells whether an occurrence is the one shown.
   *
   * @param o an occurrence
   * @return true when it is
   */
  public boolean shown(Occurrence o) {
    return occurrence != null && o.original().equals(occurrence.original());
  }

  // --- answers

  /**
   * Going.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String going() throws IOException {
    return answer(Rsvp.Answer.GOING);
  }

  /**
   * Maybe.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String maybe() throws IOException {
    return answer(Rsvp.Answer.MAYBE);
  }

  /**
   * Not going.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String notGoing() throws IOException {
    return answer(Rsvp.Answer.NOT_GOING);
  }

  /**
   * Takes the answer back (and the place, which the first waiting member gets).
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String withdraw() throws IOException {
    if (reader == null || occurrence == null) {
      return null;
    }
    return actions.withdraw(event, occurrence, reader);
  }

  private String answer(Rsvp.Answer answer) throws IOException {
    if (reader == null || occurrence == null) {
      return actions.refused("events.error.signIn");
    }
    return actions.answer(event, occurrence, reader, answer);
  }

  // --- organisers

  /**
   * Cancels the occurrence shown; those going are told.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String cancel() throws IOException {
    return !manager || occurrence == null
        ? actions.refused("events.error.manage")
        : actions.cancel(event, occurrence, note);
  }

  /**
   * Moves the occurrence shown to the times in the form (the event's zone).
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String move() throws IOException {
    return !manager || occurrence == null
        ? actions.refused("events.error.manage")
        : actions.move(event, occurrence, movedStart, movedEnd, note);
  }

  /**
   * Takes back a cancellation or a move of the occurrence shown.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String restore() throws IOException {
    return !manager || occurrence == null
        ? actions.refused("events.error.manage")
        : actions.restore(event, occurrence);
  }

  /**
   * @return what was just done, from {@code ?done=}, as a message key, or {@code null}
   */
  public String getDone() {
    String d = current.query("done");
    return d != null
            && d.matches("going|maybe|not_going|waiting|withdrawn|cancelled|moved" + "|restored")
        ? "events.done." + d
        : null;
  }
}
