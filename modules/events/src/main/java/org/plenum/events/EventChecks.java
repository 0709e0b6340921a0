package org.plenum.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.model.Recur;
import org.plenum.api.Chapters;
import org.plenum.api.Rejected;
import org.plenum.api.Slugs;
import org.plenum.api.Texts;
import org.plenum.api.Zones;

/**
 * The rules an event keeps: a draft is checked whole, every problem named with its field, before
 * anything is written; the lengths of its texts, its times, its repeat rule, its place and its
 * capacity.
 */
@ApplicationScoped
public class EventChecks {

  /** The longest title. */
  public static final int TITLE_MAX = 200;

  /** The longest description. */
  public static final int TEXT_MAX = 20_000;

  /** The longest part of a place. */
  public static final int PLACE_MAX = 200;

  /** The largest capacity. */
  public static final int CAPACITY_MAX = 100_000;

  /** The longest one occurrence may last. */
  public static final Duration LENGTH_MAX = Duration.ofDays(31);

  /**
   * A translation's texts once checked.
   *
   * @param title the title
   * @param description the description (Markdown), or {@code null}
   */
  public record Translated(String title, String description) {}

  @Inject Chapters chapters;

  @Inject Texts catalog;

  /**
   * Checks what an organiser wrote.
   *
   * @param d the draft
   * @return the draft checked: trimmed, the address made, an all-day end made exclusive
   * @throws Rejected with every problem found
   */
  public EventDraft.Checked check(EventDraft d) {
    List<Rejected.Problem> problems = new ArrayList<>();
    String title = clean(d.title(), Integer.MAX_VALUE);
    if (title == null || title.length() > TITLE_MAX) {
      problems.add(Rejected.problem("title", "events.error.title", TITLE_MAX));
    }
    if (d.chapterId() == null || chapters.byId(d.chapterId()).isEmpty()) {
      problems.add(Rejected.problem("chapter", "events.error.chapter"));
    }
    if (d.language() == null || !catalog.offers(d.language())) {
      problems.add(Rejected.problem("language", "events.error.language"));
    }
    ZoneId zone = Zones.parse(d.zone());
    if (zone == null) {
      problems.add(Rejected.problem("zone", "events.error.zone", String.valueOf(d.zone())));
    }
    LocalDateTime starts = d.starts();
    LocalDateTime ends = d.ends();
    if (d.allDay() && starts != null && ends != null) {
      starts = starts.toLocalDate().atStartOfDay();
      // the last day is included: the end is the midnight after it
      ends = ends.toLocalDate().plusDays(1).atStartOfDay();
    }
    if (starts == null || ends == null) {
      problems.add(Rejected.problem("starts", "events.error.times"));
    } else if (!ends.isAfter(starts)) {
      problems.add(Rejected.problem("ends", "events.error.endBeforeStart"));
    } else if (Duration.between(starts, ends).compareTo(LENGTH_MAX) > 0) {
      problems.add(Rejected.problem("ends", "events.error.tooLong", LENGTH_MAX.toDays()));
    }
    String rrule = clean(d.rrule(), 500);
    if (rrule != null) {
      rrule = rrule.toUpperCase(Locale.ROOT);
      if (rrule.startsWith("RRULE:")) {
        rrule = rrule.substring("RRULE:".length());
      }
      checkRule(rrule, starts, zone, problems);
    }
    String description = clean(d.description(), Integer.MAX_VALUE);
    if (description != null && description.length() > TEXT_MAX) {
      problems.add(Rejected.problem("description", "events.error.description", TEXT_MAX));
    }
    String venueName = place(d.venueName(), "venueName", problems);
    String venueStreet = place(d.venueStreet(), "venueStreet", problems);
    String venueCity = place(d.venueCity(), "venueCity", problems);
    String venueCountry = place(d.venueCountry(), "venueCountry", problems);
    String online = clean(d.onlineUrl(), Integer.MAX_VALUE);
    if (online != null && !webAddress(online)) {
      problems.add(Rejected.problem("onlineUrl", "events.error.onlineUrl"));
    }
    if (online == null && venueName == null && venueStreet == null && venueCity == null) {
      problems.add(Rejected.problem("venueName", "events.error.where"));
    }
    if (d.capacity() != null && (d.capacity() < 1 || d.capacity() > CAPACITY_MAX)) {
      problems.add(Rejected.problem("capacity", "events.error.capacity", CAPACITY_MAX));
    }
    String slug =
        d.slug() == null || d.slug().isBlank()
            ? Slugs.from(title == null ? "" : title)
            : d.slug().strip();
    if (!Slugs.valid(slug)) {
      problems.add(Rejected.problem("slug", "events.error.slug"));
    }
    if (!problems.isEmpty()) {
      throw new Rejected(problems, false);
    }
    return new EventDraft.Checked(
        d.chapterId(),
        slug,
        title,
        description,
        d.language(),
        zone,
        d.allDay(),
        starts,
        ends,
        rrule,
        venueName,
        venueStreet,
        venueCity,
        venueCountry,
        online,
        d.capacity());
  }

  /**
   * Checks the local times one occurrence is moved to.
   *
   * @param starts the new start
   * @param ends the new end
   * @throws Rejected when one is missing, the end is not after the start, or it lasts too long
   */
  public static void checkMove(LocalDateTime starts, LocalDateTime ends) {
    if (starts == null || ends == null) {
      throw new Rejected(List.of(Rejected.problem("starts", "events.error.times")), false);
    }
    if (!ends.isAfter(starts)) {
      throw new Rejected(List.of(Rejected.problem("ends", "events.error.endBeforeStart")), false);
    }
    if (Duration.between(starts, ends).compareTo(LENGTH_MAX) > 0) {
      throw new Rejected(
          List.of(Rejected.problem("ends", "events.error.tooLong", LENGTH_MAX.toDays())), false);
    }
  }

  /**
   * Checks a translation's language and texts.
   *
   * @param event the event translated
   * @param lang the language
   * @param title the title
   * @param description the description, or {@code null}
   * @return the title and description, trimmed, blanks as {@code null}
   * @throws Rejected with every problem found
   */
  public Translated checkTranslation(Event event, String lang, String title, String description) {
    List<Rejected.Problem> problems = new ArrayList<>();
    if (lang == null || !catalog.offers(lang) || lang.equals(event.getLanguage())) {
      problems.add(Rejected.problem("language", "events.error.translationLanguage"));
    }
    String t = clean(title, Integer.MAX_VALUE);
    if (t == null || t.length() > TITLE_MAX) {
      problems.add(Rejected.problem("title", "events.error.title", TITLE_MAX));
    }
    String d = clean(description, Integer.MAX_VALUE);
    if (d != null && d.length() > TEXT_MAX) {
      problems.add(Rejected.problem("description", "events.error.description", TEXT_MAX));
    }
    if (!problems.isEmpty()) {
      throw new Rejected(problems, false);
    }
    return new Translated(t, d);
  }

  private static void checkRule(
      String rrule, LocalDateTime starts, ZoneId zone, List<Rejected.Problem> problems) {
    Recur<ZonedDateTime> recur;
    try {
      recur = Schedule.recur(rrule);
    } catch (IllegalArgumentException e) {
      problems.add(Rejected.problem("rrule", "events.error.rrule", rrule));
      return;
    }
    if (!Schedule.usableFrequency(recur)) {
      problems.add(Rejected.problem("rrule", "events.error.rruleFrequency"));
      return;
    }
    if (recur.getCount() > Schedule.MAX_COUNT) {
      problems.add(Rejected.problem("rrule", "events.error.rruleCount", Schedule.MAX_COUNT));
      return;
    }
    if (starts == null || zone == null) {
      return;
    }
    ZonedDateTime seed = starts.atZone(zone);
    try {
      Optional<ZonedDateTime> first = Schedule.first(recur, seed);
      if (first.isEmpty()) {
        problems.add(Rejected.problem("rrule", "events.error.rruleNone"));
      } else if (!first.get().toLocalDateTime().equals(starts)) {
        problems.add(
            Rejected.problem(
                "rrule",
                "events.error.rruleStart",
                first.get().toLocalDateTime().toString().replace('T', ' ')));
      }
    } catch (RuntimeException e) {
      problems.add(Rejected.problem("rrule", "events.error.rrule", rrule));
    }
  }

  private static String place(String value, String field, List<Rejected.Problem> problems) {
    String v = clean(value, Integer.MAX_VALUE);
    if (v != null && v.length() > PLACE_MAX) {
      problems.add(Rejected.problem(field, "events.error.place", PLACE_MAX));
    }
    return v;
  }

  private static boolean webAddress(String url) {
    if (url.length() > 500) {
      return false;
    }
    try {
      URI uri = new URI(url);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * A text trimmed, cut to a length, a blank one as {@code null}.
   *
   * @param s the text, or {@code null}
   * @param max the longest kept
   * @return the text
   */
  public static String clean(String s, int max) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.strip();
    return v.length() > max ? v.substring(0, max) : v;
  }
}
