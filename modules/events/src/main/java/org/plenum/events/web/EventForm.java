package org.plenum.events.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.plenum.events.Event;
import org.plenum.events.EventDraft;

/**
 * The event editor's form: an event's chapter, title, address, description, language, time zone,
 * times (or days), how it repeats and until when, its venue, online link and capacity, as written;
 * read from an event, and made into a draft to check and save.
 */
public abstract class EventForm {

  private Long chapterId;
  private String title;
  private String slug;
  private String description;
  private String language;
  private String zone;
  private boolean allDay;
  private LocalDateTime starts;
  private LocalDateTime ends;
  private String repeat = "NONE";
  private String rule;
  private LocalDate until;
  private Integer count;
  private String venueName;
  private String venueStreet;
  private String venueCity;
  private String venueCountry;
  private String onlineUrl;
  private Integer capacity;

  /**
   * Fills the form for a new event: a week from now at 18:00, for two hours.
   *
   * @param lang the organiser's language
   * @param now the time now in the organiser's zone
   * @param zoneId the organiser's zone
   */
  void fresh(String lang, LocalDateTime now, String zoneId) {
    language = lang;
    zone = zoneId;
    LocalDateTime start = now.plusDays(7).withHour(18).withMinute(0).withSecond(0).withNano(0);
    starts = start;
    ends = start.plusHours(2);
  }

  /**
   * Fills the form from an event.
   *
   * @param event the event
   */
  void fill(Event event) {
    chapterId = event.getChapterId();
    title = event.getTitle();
    slug = event.getSlug();
    description = event.getDescriptionSource();
    language = event.getLanguage();
    zone = event.getTimeZone();
    allDay = event.isAllDay();
    starts = event.getStartsLocal();
    ends = allDay ? event.getEndsLocal().minusDays(1) : event.getEndsLocal();
    Repeats.Choice choice = Repeats.read(event.getRrule(), event.getStartsLocal());
    repeat = choice.repeat();
    if (choice.rule() != null) {
      rule = choice.rule();
    }
    until = choice.until();
    count = choice.count();
    venueName = event.getVenueName();
    venueStreet = event.getVenueStreet();
    venueCity = event.getVenueCity();
    venueCountry = event.getVenueCountry();
    onlineUrl = event.getOnlineUrl();
    capacity = event.getCapacity();
  }

  /**
   * The rule the form's repeat choice makes, with its end.
   *
   * @param start the first start, or {@code null}
   * @return the rule, or {@code null}
   */
  String rrule(LocalDateTime start) {
    return Repeats.write(new Repeats.Choice(repeat, rule, until, count), zone, start);
  }

  /**
   * The draft the form makes.
   *
   * @param start the start read
   * @param end the end read
   * @param rrule the rule made
   * @return the draft, to check and save
   */
  EventDraft draft(LocalDateTime start, LocalDateTime end, String rrule) {
    return new EventDraft(
        chapterId,
        title,
        slug,
        description,
        language,
        zone,
        allDay,
        start,
        end,
        rrule,
        venueName,
        venueStreet,
        venueCity,
        venueCountry,
        onlineUrl,
        capacity);
  }

  /**
   * @return the chapter
   */
  public Long getChapterId() {
    return chapterId;
  }

  /**
   * @param chapterId the chapter
   */
  public void setChapterId(Long chapterId) {
    this.chapterId = chapterId;
  }

  /**
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * @param title the title
   */
  public void setTitle(String title) {
    this.title = title;
  }

  /**
   * @return the address
   */
  public String getSlug() {
    return slug;
  }

  /**
   * @param slug the address
   */
  public void setSlug(String slug) {
    this.slug = slug;
  }

  /**
   * @return the description
   */
  public String getDescription() {
    return description;
  }

  /**
   * @param description the description
   */
  public void setDescription(String description) {
    this.description = description;
  }

  /**
   * @return the language
   */
  public String getLanguage() {
    return language;
  }

  /**
   * @param language the language
   */
  public void setLanguage(String language) {
    this.language = language;
  }

  /**
   * @return the time zone
   */
  public String getZone() {
    return zone;
  }

  /**
   * @param zone the time zone
   */
  public void setZone(String zone) {
    this.zone = zone;
  }

  /**
   * @return true for an all-day event
   */
  public boolean isAllDay() {
    return allDay;
  }

  /**
   * @param allDay true for an all-day event
   */
  public void setAllDay(boolean allDay) {
    this.allDay = allDay;
  }

  /**
   * @return the start, local
   */
  public LocalDateTime getStarts() {
    return starts;
  }

  /**
   * @param starts the start, local
   */
  public void setStarts(LocalDateTime starts) {
    this.starts = starts;
  }

  /**
   * @return the end, local
   */
  public LocalDateTime getEnds() {
    return ends;
  }

  /**
   * @param ends the end, local
   */
  public void setEnds(LocalDateTime ends) {
    this.ends = ends;
  }

  /**
   * @return the repeat choice
   */
  public String getRepeat() {
    return repeat;
  }

  /**
   * @param repeat the repeat choice
   */
  public void setRepeat(String repeat) {
    this.repeat = repeat == null ? "NONE" : repeat.toUpperCase(Locale.ROOT);
  }

  /**
   * @return the rule written out
   */
  public String getRule() {
    return rule;
  }

  /**
   * @param rule the rule written out
   */
  public void setRule(String rule) {
    this.rule = rule;
  }

  /**
   * @return the last day it repeats
   */
  public LocalDate getUntil() {
    return until;
  }

  /**
   * @param until the last day it repeats
   */
  public void setUntil(LocalDate until) {
    this.until = until;
  }

  /**
   * @return how many times it happens
   */
  public Integer getCount() {
    return count;
  }

  /**
   * @param count how many times it happens
   */
  public void setCount(Integer count) {
    this.count = count;
  }

  /**
   * @return the venue
   */
  public String getVenueName() {
    return venueName;
  }

  /**
   * @param venueName the venue
   */
  public void setVenueName(String venueName) {
    this.venueName = venueName;
  }

  /**
   * @return the street address
   */
  public String getVenueStreet() {
    return venueStreet;
  }

  /**
   * @param venueStreet the street address
   */
  public void setVenueStreet(String venueStreet) {
    this.venueStreet = venueStreet;
  }

  /**
   * @return the city
   */
  public String getVenueCity() {
    return venueCity;
  }

  /**
   * @param venueCity the city
   */
  public void setVenueCity(String venueCity) {
    this.venueCity = venueCity;
  }

  /**
   * @return the country
   */
  public String getVenueCountry() {
    return venueCountry;
  }

  /**
   * @param venueCountry the country
   */
  public void setVenueCountry(String venueCountry) {
    this.venueCountry = venueCountry;
  }

  /**
   * @return the online link
   */
  public String getOnlineUrl() {
    return onlineUrl;
  }

  /**
   * @param onlineUrl the online link
   */
  public void setOnlineUrl(String onlineUrl) {
    this.onlineUrl = onlineUrl;
  }

  /**
   * @return the capacity
   */
  public Integer getCapacity() {
    return capacity;
  }

  /**
   * @param capacity the capacity
   */
  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }
}
