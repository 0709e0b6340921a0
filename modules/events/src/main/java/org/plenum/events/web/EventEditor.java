package org.plenum.events.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plenum.api.Audit;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.Rejected;
import org.plenum.api.Permissions;
import org.plenum.api.CurrentReader;
import org.plenum.api.ReaderDates;
import org.plenum.api.Texts;
import org.plenum.events.Event;
import org.plenum.events.EventDraft;
import org.plenum.events.EventService;
import org.plenum.events.EventsModule;

/**
 * Creating or changing an event: its chapter (those the organiser manages events in), title,
 * description, language, time zone, times (or days), how it repeats — weekly on the start's
 * weekday, every two weeks, monthly on the same day or the same weekday ("the second
 * Sunday"), daily, yearly, or an iCalendar rule written out — and until when; its venue and
 * online link, and its capacity.
 */
@Named("eventEditor")
@RequestScoped
public class EventEditor {

  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  @Inject
  EventService events;

  @Inject
  Chapters chapters;

  @Inject
  Permissions authorizer;

  @Inject
  CurrentReader current;

  @Inject
  ReaderDates dates;

  @Inject
  Texts languages;

  @Inject
  Texts msg;

  @Inject
  Audit audit;

  @Inject
  HttpServletRequest request;

  private Event event;
  private boolean missing;
  private List<Chapter> allowed;
  private Long chapterId;
  private String title;
  private String slug;
  private String description;
  private String language;
  private String zone;
  private boolean allDay;
  private String starts;
  private String ends;
  private String repeat = "NONE";
  private String rule;
  private String until;
  private Integer count;
  private String venueName;
  private String venueStreet;
  private String venueCity;
  private String venueCountry;
  private String onlineUrl;
  private Integer capacity;

  @PostConstruct
  void prepare() {
    String s = current.param("event");
    if (s != null) {
      event = events.bySlug(s).orElse(null);
      missing = event == null;
    }
    if (event == null) {
      language = current.getLang();
      zone = dates.getZone().getId();
      LocalDateTime start = LocalDateTime.now(dates.getZone()).plusDays(7).withHour(18)
          .withMinute(0).withSecond(0).withNano(0);
      starts = start.toString();
      ends = start.plusHours(2).toString();
      return;
    }
    chapterId = event.getChapterId();
    title = event.getTitle();
    slug = event.getSlug();
    description = event.getDescriptionSource();
    language = event.getLanguage();
    zone = event.getTimeZone();
    allDay = event.isAllDay();
    starts = event.getStartsLocal().toString();
    ends = (allDay ? event.getEndsLocal().minusDays(1) : event.getEndsLocal()).toString();
    readRule(event.getRrule());
    venueName = event.getVenueName();
    venueStreet = event.getVenueStreet();
    venueCity = event.getVenueCity();
    venueCountry = event.getVenueCountry();
    onlineUrl = event.getOnlineUrl();
    capacity = event.getCapacity();
  }

  /** Sets the form's repeat choice from a stored rule. */
  private void readRule(String stored) {
    if (stored == null) {
      repeat = "NONE";
      return;
    }
    List<String> parts = new ArrayList<>();
    for (String p : stored.split(";")) {
      if (p.startsWith("COUNT=") && p.substring(6).matches("\\d{1,4}")) {
        count = Integer.parseInt(p.substring(6));
      } else if (p.startsWith("UNTIL=") && p.length() >= 14) {
        try {
          until = LocalDate.parse(p.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE)
              .toString();
        } catch (DateTimeParseException e) {
          until = null;
        }
      } else {
        parts.add(p);
      }
    }
    String core = String.join(";", parts);
    LocalDateTime start = event.getStartsLocal();
    for (String option : List.of("DAILY", "WEEKLY", "BIWEEKLY", "MONTHLY_DAY",
        "MONTHLY_WEEKDAY", "YEARLY")) {
      if (core.equals(rule(option, start))) {
        repeat = option;
        return;
      }
    }
    repeat = "CUSTOM";
    rule = stored;
    count = null;
    until = null;
  }

  /** The rule a repeat choice gives for a start, without its end. */
  static String rule(String option, LocalDateTime start) {
    String day = start.getDayOfWeek().name().substring(0, 2);
    int nth = (start.getDayOfMonth() - 1) / 7 + 1;
    return switch (option) {
      case "DAILY" -> "FREQ=DAILY";
      case "WEEKLY" -> "FREQ=WEEKLY;BYDAY=" + day;
      case "BIWEEKLY" -> "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + day;
      case "MONTHLY_DAY" -> "FREQ=MONTHLY;BYMONTHDAY=" + start.getDayOfMonth();
      case "MONTHLY_WEEKDAY" -> "FREQ=MONTHLY;BYDAY=" + (nth == 5 ? -1 : nth) + day;
      case "YEARLY" -> "FREQ=YEARLY";
      default -> null;
    };
  }

  /**
   * Answers 404 for an unknown event, 403 to those who may manage events nowhere or not this
   * one.
   *
   * @throws IOException when the error cannot be sent
   */
  public void load() throws IOException {
    int status = missing ? 404 : getChapters().isEmpty() || event != null && !mayManage(
        event.getChapterId()) ? 403 : 0;
    if (status != 0) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(status, null);
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  private boolean mayManage(Long chapter) {
    return chapter != null && authorizer.can(current.getCaller(), EventsModule.MANAGE, chapter);
  }

  /** @return the chapters the organiser may create events in */
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
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!mayManage(chapterId) || event != null && !mayManage(event.getChapterId())) {
      error("event:chapter", msg.text("events.error.manage"));
      return null;
    }
    LocalDateTime start;
    LocalDateTime end;
    try {
      start = time(starts);
      end = time(ends);
    } catch (DateTimeParseException e) {
      error("event:starts", msg.text("events.error.times"));
      return null;
    }
    String rrule;
    try {
      rrule = rrule(start);
    } catch (DateTimeParseException e) {
      error("event:until", msg.text("events.error.until"));
      return null;
    }
    EventDraft draft = new EventDraft(chapterId, title, slug, description, language, zone,
        allDay, start, end, rrule, venueName, venueStreet, venueCity, venueCountry, onlineUrl,
        capacity);
    try {
      Event saved;
      if (event == null) {
        saved = events.create(draft, current.getCaller().username());
      } else {
        String version = request.getParameter("version");
        saved = events.update(event.getId(), version != null && version.matches("\\d{1,18}")
            ? Long.parseLong(version) : -1, draft);
      }
      audit.record(current.getCaller().username(), event == null ? "event.create"
          : "event.update", saved.getSlug(), null, current.getAddress());
      faces.getExternalContext().redirect(current.link("events/" + saved.getSlug()));
      faces.responseComplete();
    } catch (Rejected e) {
      for (Rejected.Problem p : e.problems()) {
        String field = switch (p.field()) {
          case "rrule" -> "event:rule";
          case "title", "chapter", "language", "zone", "starts", "ends", "venueName",
              "venueStreet", "venueCity", "venueCountry", "onlineUrl", "capacity", "slug",
              "description" -> "event:" + p.field();
          default -> null;
        };
        error(field, msg.format(p.key(), p.args().toArray()));
      }
      faces.validationFailed();
    } catch (EventService.EventNotFound e) {
      // deleted by someone else meanwhile
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
    }
    return null;
  }

  /** The rule the form's choices make, with its end. */
  private String rrule(LocalDateTime start) {
    if ("CUSTOM".equals(repeat)) {
      return rule == null || rule.isBlank() ? null : rule.strip();
    }
    if (start == null || "NONE".equals(repeat)) {
      return null;
    }
    String r = rule(repeat, start);
    if (r == null) {
      return null;
    }
    if (until != null && !until.isBlank()) {
      ZoneId z = org.plenum.api.Zones.parse(zone);
      LocalDate last = LocalDate.parse(until.strip());
      r += ";UNTIL=" + UNTIL.format(last.plusDays(1).atStartOfDay(z == null ? ZoneOffset.UTC : z)
          .minusSeconds(1).withZoneSameInstant(ZoneOffset.UTC));
    } else if (count != null) {
      r += ";COUNT=" + count;
    }
    return r;
  }

  private LocalDateTime time(String local) {
    if (local == null || local.isBlank()) {
      return null;
    }
    String v = local.strip();
    // a day alone, for an all-day event
    return v.length() == 10 ? LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v);
  }

  /**
   * Deletes the event, its occurrences' changes and the answers given.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String delete() throws IOException {
    if (event == null || !mayManage(event.getChapterId())) {
      error(null, msg.text("events.error.manage"));
      return null;
    }
    events.delete(event.getId());
    audit.record(current.getCaller().username(), "event.delete", event.getSlug(), null,
        current.getAddress());
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().redirect(current.link("events"));
    faces.responseComplete();
    return null;
  }

  private void error(String clientId, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId,
        new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** @return the time zones offered */
  public List<String> getZones() {
    return org.plenum.api.Zones.all();
  }

  /** @return the languages offered */
  public List<String> getLanguages() {
    return languages.languages();
  }

  /** @return the repeat choices */
  public List<String> getRepeats() {
    return List.of("NONE", "WEEKLY", "BIWEEKLY", "MONTHLY_WEEKDAY", "MONTHLY_DAY", "DAILY",
        "YEARLY", "CUSTOM");
  }

  /**
   * A repeat choice's label, for the start in the form ("Monthly on the second Sunday").
   *
   * @param option the choice
   * @return the label
   */
  public String repeatLabel(String option) {
    LocalDateTime start;
    try {
      start = time(starts);
    } catch (DateTimeParseException e) {
      start = null;
    }
    if (start == null) {
      return msg.text("events.repeat." + option);
    }
    String weekday = start.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
        current.getLocale());
    int nth = (start.getDayOfMonth() - 1) / 7 + 1;
    return msg.format("events.repeat." + option, weekday, start.getDayOfMonth(),
        msg.text("events.nth." + (nth == 5 ? "last" : String.valueOf(nth))));
  }

  /** @return the event being changed, or {@code null} */
  public Event getEvent() {
    return event;
  }

  // --- the form's fields

  /** @return the chapter */
  public Long getChapterId() {
    return chapterId;
  }

  /** @param chapterId the chapter */
  public void setChapterId(Long chapterId) {
    this.chapterId = chapterId;
  }

  /** @return the title */
  public String getTitle() {
    return title;
  }

  /** @param title the title */
  public void setTitle(String title) {
    this.title = title;
  }

  /** @return the address */
  public String getSlug() {
    return slug;
  }

  /** @param slug the address */
  public void setSlug(String slug) {
    this.slug = slug;
  }

  /** @return the description */
  public String getDescription() {
    return description;
  }

  /** @param description the description */
  public void setDescription(String description) {
    this.description = description;
  }

  /** @return the language */
  public String getLanguage() {
    return language;
  }

  /** @param language the language */
  public void setLanguage(String language) {
    this.language = language;
  }

  /** @return the time zone */
  public String getZone() {
    return zone;
  }

  /** @param zone the time zone */
  public void setZone(String zone) {
    this.zone = zone;
  }

  /** @return true for an all-day event */
  public boolean isAllDay() {
    return allDay;
  }

  /** @param allDay true for an all-day event */
  public void setAllDay(boolean allDay) {
    this.allDay = allDay;
  }

  /** @return the start, local */
  public String getStarts() {
    return starts;
  }

  /** @param starts the start, local */
  public void setStarts(String starts) {
    this.starts = starts;
  }

  /** @return the end, local */
  public String getEnds() {
    return ends;
  }

  /** @param ends the end, local */
  public void setEnds(String ends) {
    this.ends = ends;
  }

  /** @return the repeat choice */
  public String getRepeat() {
    return repeat;
  }

  /** @param repeat the repeat choice */
  public void setRepeat(String repeat) {
    this.repeat = repeat == null ? "NONE" : repeat.toUpperCase(Locale.ROOT);
  }

  /** @return the rule written out */
  public String getRule() {
    return rule;
  }

  /** @param rule the rule written out */
  public void setRule(String rule) {
    this.rule = rule;
  }

  /** @return the last day it repeats */
  public String getUntil() {
    return until;
  }

  /** @param until the last day it repeats */
  public void setUntil(String until) {
    this.until = until;
  }

  /** @return how many times it happens */
  public Integer getCount() {
    return count;
  }

  /** @param count how many times it happens */
  public void setCount(Integer count) {
    this.count = count;
  }

  /** @return the venue */
  public String getVenueName() {
    return venueName;
  }

  /** @param venueName the venue */
  public void setVenueName(String venueName) {
    this.venueName = venueName;
  }

  /** @return the street address */
  public String getVenueStreet() {
    return venueStreet;
  }

  /** @param venueStreet the street address */
  public void setVenueStreet(String venueStreet) {
    this.venueStreet = venueStreet;
  }

  /** @return the city */
  public String getVenueCity() {
    return venueCity;
  }

  /** @param venueCity the city */
  public void setVenueCity(String venueCity) {
    this.venueCity = venueCity;
  }

  /** @return the country */
  public String getVenueCountry() {
    return venueCountry;
  }

  /** @param venueCountry the country */
  public void setVenueCountry(String venueCountry) {
    this.venueCountry = venueCountry;
  }

  /** @return the online link */
  public String getOnlineUrl() {
    return onlineUrl;
  }

  /** @param onlineUrl the online link */
  public void setOnlineUrl(String onlineUrl) {
    this.onlineUrl = onlineUrl;
  }

  /** @return the capacity */
  public Integer getCapacity() {
    return capacity;
  }

  /** @param capacity the capacity */
  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }
}
