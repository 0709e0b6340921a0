package org.plenum.events;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.Settings;
import org.plenum.spi.SiteStarted;

/**
 * The demo's events, as the organisation's site showed them: the Wednesday Action Group (weekly,
 * Melbourne), an IOPS London Social, the Melbourne Anarchist Bookfair, "Translating Anarchy" in
 * Bethnal Green and an online Live Talk on 27 July at 18:00 UTC — dated from the day the demo is
 * installed, so they are coming.
 */
@ApplicationScoped
public class DemoEvents {

  private static final Logger LOG = Logger.getLogger(DemoEvents.class.getName());

  /** The setting that records the demo events were installed. */
  static final String DONE = "events.demo.installed";

  @Inject EventQueries events;

  @Inject EventWriter writer;

  @Inject Chapters chapters;

  @Inject Settings settings;

  void install(@Observes @Priority(Interceptor.Priority.APPLICATION + 850) SiteStarted started) {
    if (!started.demoContent()
        || !started.enabledModules().contains(EventsModule.ID)
        || "true".equals(settings.get(DONE))) {
      return;
    }
    Optional<Chapter> melbourne = chapters.bySlug("iops-melbourne");
    Optional<Chapter> london = chapters.bySlug("iops-london");
    Optional<Chapter> international = chapters.bySlug("iops-international");
    if (melbourne.isEmpty() || london.isEmpty() || international.isEmpty()) {
      return;
    }
    ZoneId mel = ZoneId.of("Australia/Melbourne");
    ZoneId lon = ZoneId.of("Europe/London");
    LocalDate wednesday = next(mel, DayOfWeek.WEDNESDAY);
    create(
        melbourne.get(),
        "The Wednesday Action Group",
        "wednesday-action-group",
        "We meet every Wednesday to plan the week's actions, share news from the chapters and"
            + " welcome new members. Bring a friend; tea is on us.",
        mel,
        wednesday.atTime(11, 30),
        wednesday.atTime(13, 0),
        "FREQ=WEEKLY;BYDAY=WE",
        null,
        "525 Collins St",
        "Melbourne",
        "Australia",
        null,
        null,
        false);
    LocalDate friday = next(lon, DayOfWeek.FRIDAY);
    create(
        london.get(),
        "IOPS London Social",
        "iops-london-social",
        "An evening together: food, music and conversation with members and friends of IOPS"
            + " London.",
        lon,
        friday.atTime(19, 0),
        friday.atTime(23, 0),
        null,
        null,
        "17 Amhurst Terrace, Hackney Downs",
        "London",
        "United Kingdom",
        null,
        40,
        false);
    LocalDate saturday = next(mel, DayOfWeek.SATURDAY).plusWeeks(3);
    create(
        melbourne.get(),
        "Melbourne Anarchist Bookfair",
        "melbourne-anarchist-bookfair",
        "Two days of stalls, talks and workshops. IOPS Melbourne has a table: come and say"
            + " hello.",
        mel,
        saturday.atStartOfDay(),
        saturday.plusDays(1).atStartOfDay(),
        null,
        null,
        null,
        "Melbourne",
        "Australia",
        null,
        null,
        true);
    LocalDate sunday = next(lon, DayOfWeek.SUNDAY).plusWeeks(1);
    create(
        london.get(),
        "Translating Anarchy",
        "translating-anarchy",
        "A reading and discussion of *Translating Anarchy*, on the movement's words and how"
            + " they travel.",
        lon,
        sunday.atTime(18, 0),
        sunday.atTime(20, 0),
        null,
        "The Common House",
        "Bethnal Green",
        "London",
        "United Kingdom",
        null,
        null,
        false);
    LocalDate july = MonthDay.of(7, 27).atYear(LocalDate.now(ZoneId.of("UTC")).getYear());
    if (!july.isAfter(LocalDate.now(ZoneId.of("UTC")))) {
      july = july.plusYears(1);
    }
    create(
        international.get(),
        "IOPS Live Talk",
        "iops-live-talk",
        "A talk online, open to all, with time for questions: 2pm in New York, 6pm UTC, 8pm in"
            + " Rome.",
        ZoneId.of("UTC"),
        july.atTime(18, 0),
        july.atTime(19, 30),
        null,
        null,
        null,
        null,
        null,
        "https://meet.jit.si/iops-live-talk",
        null,
        false);
    settings.update(Map.of(DONE, "true"));
    LOG.info("Installed the demo events");
  }

  private static LocalDate next(ZoneId zone, DayOfWeek day) {
    return LocalDate.now(zone).with(TemporalAdjusters.next(day));
  }

  private void create(
      Chapter chapter,
      String title,
      String slug,
      String description,
      ZoneId zone,
      LocalDateTime starts,
      LocalDateTime ends,
      String rrule,
      String venue,
      String street,
      String city,
      String country,
      String online,
      Integer capacity,
      boolean allDay) {
    if (events.bySlug(slug).isPresent()) {
      return;
    }
    // an all-day event's end is its last day
    LocalDateTime end = allDay ? ends.toLocalDate().atTime(LocalTime.MIDNIGHT) : ends;
    writer.create(
        new EventDraft(
            chapter.getId(),
            title,
            slug,
            description,
            "en",
            zone.getId(),
            allDay,
            starts,
            end,
            rrule,
            venue,
            street,
            city,
            country,
            online,
            capacity),
        "demo");
  }
}
