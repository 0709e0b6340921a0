package org.plenum.events.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.FormMessages;
import org.plenum.api.PageGuards;
import org.plenum.api.Permissions;
import org.plenum.api.ReaderDates;
import org.plenum.api.Rejected;
import org.plenum.api.Texts;
import org.plenum.api.Zones;
import org.plenum.events.Event;
import org.plenum.events.EventDraft;
import org.plenum.events.EventNotFound;
import org.plenum.events.EventQueries;
import org.plenum.events.EventWriter;
import org.plenum.events.EventsModule;
import org.plenum.events.Schedule;

/**
 * Creating or changing an event: its chapter (those the organiser manages events in), title,
 * description, language, time zone, times (or days), how it repeats — weekly on the start's
 * weekday, every two weeks, monthly on the same day or the same weekday ("the second Sunday"),
 * daily, yearly, or an iCalendar rule written out — and until when; its venue and online link, and
 * its capacity. The form's fields are {@link EventForm}'s; the repeat choices are {@link Repeats}'.
 */
@Named("eventEditor")
@RequestScoped
public class EventEditor extends EventForm {

  private List<String> nextDates;
  private String ruleProblem;

  @Inject EventQueries events;

  @Inject EventWriter writer;

  @Inject Chapters chapters;

  @Inject Permissions authorizer;

  @Inject CurrentReader current;

  @Inject ReaderDates dates;

  @Inject Texts languages;

  @Inject Texts msg;

  /** The form's fields, as a refusal names them. */
  private static final Function<String, String> FIELDS =
      FormMessages.fields(
          "event",
          "title",
          "chapter",
          "language",
          "zone",
          "starts",
          "ends",
          "venueName",
          "venueStreet",
          "venueCity",
          "venueCountry",
          "onlineUrl",
          "capacity",
          "slug",
          "description");

  @Inject HttpServletRequest request;

  private Event event;
  private boolean missing;
  private List<Chapter> allowed;

  @PostConstruct
  void prepare() {
    String s = current.param("event");
    if (s != null) {
      event = events.bySlug(s).orElse(null);
      missing = event == null;
    }
    if (event == null) {
      fresh(current.getLang(), LocalDateTime.now(dates.getZone()), dates.getZone().getId());
    } else {
      fill(event);
    }
  }

  /**
   * Answers 404 for an unknown event, 403 to those who may manage events nowhere or not this one.
   */
  public void load() {
    if (missing) {
      PageGuards.notFound();
    } else if (getChapters().isEmpty() || event != null && !mayManage(event.getChapterId())) {
      PageGuards.forbidden();
    }
  }

  private boolean mayManage(Long chapter) {
    return chapter != null && authorizer.can(current.getCaller(), EventsModule.MANAGE, chapter);
  }

  /**
   * @return the chapters the organiser may create events in
   */
  public List<Chapter> getChapters() {
    if (allowed == null) {
      List<Chapter> list = new ArrayList<>();
      for (Chapters.Node n : chapters.tree()) {
        if (mayManage(n.chapter().getId())) {
          list.add(n.chapter());
        }
      }
      allowed = list;
    }
    return allowed;
  }

  /**
   * Saves the event and shows it, or shows what is wrong.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String save() throws IOException {
    if (!mayManage(getChapterId()) || event != null && !mayManage(event.getChapterId())) {
      FormMessages.error("event:chapter", msg.text("events.error.manage"));
      return null;
    }
    LocalDateTime start = getStarts();
    EventDraft draft = draft(start, getEnds(), rrule(start));
    try {
      Event saved;
      if (event == null) {
        saved = writer.create(draft, current.getCaller().username());
      } else {
        String version = request.getParameter("version");
        saved =
            writer.update(
                event.getId(),
                version != null && version.matches("\\d{1,18}") ? Long.parseLong(version) : -1,
                draft);
      }
      PageGuards.redirect(current.link("events/" + saved.getSlug()));
    } catch (Rejected e) {
      FormMessages.show(
          e, msg, field -> "rrule".equals(field) ? "event:rule" : FIELDS.apply(field));
    } catch (EventNotFound e) {
      // deleted by someone else meanwhile
      PageGuards.notFound();
    }
    return null;
  }

  /**
   * Deletes the event, its occurrences' changes and the answers given.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String delete() throws IOException {
    if (event == null || !mayManage(event.getChapterId())) {
      FormMessages.error(null, msg.text("events.error.manage"));
      return null;
    }
    writer.delete(event.getId());
    PageGuards.redirect(current.link("events"));
    return null;
  }

  /**
   * @return the time zones offered
   */
  public List<String> getZones() {
    return Zones.all();
  }

  /**
   * @return the languages offered
   */
  public List<String> getLanguages() {
    return languages.languages();
  }

  /**
   * @return the repeat choices
   */
  public List<String> getRepeats() {
    return Repeats.OFFERED;
  }

  /**
   * A repeat choice's label, for the start in the form ("Monthly on the second Sunday").
   *
   * @param option the choice
   * @return the label
   */
  public String repeatLabel(String option) {
    LocalDateTime start = getStarts();
    if (start == null) {
      return msg.text("events.repeat." + option);
    }
    String weekday = start.getDayOfWeek().getDisplayName(TextStyle.FULL, current.getLocale());
    int nth = (start.getDayOfMonth() - 1) / 7 + 1;
    return msg.format(
        "events.repeat." + option,
        weekday,
        start.getDayOfMonth(),
        msg.text("events.nth." + (nth == 5 ? "last" : String.valueOf(nth))));
  }

  /**
   * The next five dates of the event as the form stands, in the event's time zone, for the
   * recurrence builder to show as the rule changes.
   *
   * @return the dates, written in the reader's language; empty when the start or rule is not
   *     understood (see {@link #getRuleProblem()})
   */
  public List<String> getNextDates() {
    preview();
    return nextDates;
  }

  /**
   * @return why the dates cannot be shown, or {@code null}
   */
  public String getRuleProblem() {
    preview();
    return ruleProblem;
  }

  private void preview() {
    if (nextDates != null) {
      return;
    }
    nextDates = List.of();
    LocalDateTime start = getStarts();
    ZoneId zone = Zones.parse(getZone());
    if (start == null || zone == null) {
      ruleProblem = msg.text("events.error.times");
      return;
    }
    try {
      DateTimeFormatter format =
          isAllDay()
              ? DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
              : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT);
      nextDates =
          Schedule.firstStarts(rrule(start), start.atZone(zone), 5).stream()
              .map(d -> d.format(format.withLocale(current.getLocale())))
              .toList();
    } catch (IllegalArgumentException e) {
      ruleProblem = msg.format("events.error.rrule", getRule() == null ? "" : getRule());
    }
    if (ruleProblem == null && nextDates.isEmpty()) {
      ruleProblem = msg.text("events.error.rruleNone");
    }
  }

  /**
   * @return the event being changed, or {@code null}
   */
  public Event getEvent() {
    return event;
  }
}
