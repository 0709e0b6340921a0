package org.plenum.events;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * An event of a chapter, once or recurring by an iCalendar rule. Its start and end are local times
 * in its own time zone, so that a weekly meeting at 11:30 stays at 11:30 when the clocks change; an
 * all-day event starts and ends at midnight (the end is the day after its last). Its first start
 * and last end in UTC are kept beside them so that a range finds it without expanding every rule; a
 * rule without end has no last end.
 */
@Entity
@Cacheable(false)
@Table(name = "events_event")
public class Event {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "chapter_id")
  private Long chapterId;

  private String slug;
  private String uid;
  private String title;

  @Column(name = "description_source")
  private String descriptionSource;

  @Column(name = "description_html")
  private String descriptionHtml;

  private String language;

  @Column(name = "time_zone")
  private String timeZone;

  @Column(name = "all_day")
  private boolean allDay;

  @Column(name = "starts_local")
  private LocalDateTime startsLocal;

  @Column(name = "ends_local")
  private LocalDateTime endsLocal;

  private String rrule;

  @Column(name = "venue_name")
  private String venueName;

  @Column(name = "venue_street")
  private String venueStreet;

  @Column(name = "venue_city")
  private String venueCity;

  @Column(name = "venue_country")
  private String venueCountry;

  @Column(name = "online_url")
  private String onlineUrl;

  private Integer capacity;

  @Column(name = "first_start_utc")
  private LocalDateTime firstStartUtc;

  @Column(name = "last_end_utc")
  private LocalDateTime lastEndUtc;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  private int sequence;

  @Version private long version;

  protected Event() {}

  Event(Long chapterId, String uid, String createdBy) {
    this.chapterId = chapterId;
    this.uid = uid;
    this.createdBy = createdBy;
    this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    this.updatedAt = createdAt;
  }

  /** Writes what a checked draft says; a change after the first counts in {@code SEQUENCE}. */
  void describe(EventDraft.Checked c, String descriptionHtml) {
    if (this.slug != null) {
      sequence++;
    }
    this.chapterId = c.chapterId();
    this.slug = c.slug();
    this.title = c.title();
    this.descriptionSource = c.description();
    this.descriptionHtml = descriptionHtml;
    this.language = c.language();
    this.timeZone = c.zone().getId();
    this.allDay = c.allDay();
    this.startsLocal = c.starts();
    this.endsLocal = c.ends();
    this.rrule = c.rrule();
    this.venueName = c.venueName();
    this.venueStreet = c.venueStreet();
    this.venueCity = c.venueCity();
    this.venueCountry = c.venueCountry();
    this.onlineUrl = c.onlineUrl();
    this.capacity = c.capacity();
    this.updatedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  void span(LocalDateTime firstStartUtc, LocalDateTime lastEndUtc) {
    this.firstStartUtc = firstStartUtc;
    this.lastEndUtc = lastEndUtc;
  }

  /** A change to one occurrence is a change of the event for calendars. */
  void touched() {
    sequence++;
    updatedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return the organising chapter
   */
  public Long getChapterId() {
    return chapterId;
  }

  /**
   * @return the address within the events
   */
  public String getSlug() {
    return slug;
  }

  /**
   * @return the iCalendar UID, the same in every feed
   */
  public String getUid() {
    return uid;
  }

  /**
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * @return the description as written (Markdown), or {@code null}
   */
  public String getDescriptionSource() {
    return descriptionSource;
  }

  /**
   * @return the description, rendered and sanitised, or {@code null}
   */
  public String getDescriptionHtml() {
    return descriptionHtml;
  }

  /**
   * @return the language tag
   */
  public String getLanguage() {
    return language;
  }

  /**
   * @return the time-zone id
   */
  public String getTimeZone() {
    return timeZone;
  }

  /**
   * @return the time zone
   */
  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  /**
   * @return true for an all-day event
   */
  public boolean isAllDay() {
    return allDay;
  }

  /**
   * @return the (first) start, local to the event's zone
   */
  public LocalDateTime getStartsLocal() {
    return startsLocal;
  }

  /**
   * @return the (first) end, local to the event's zone; exclusive midnight when all-day
   */
  public LocalDateTime getEndsLocal() {
    return endsLocal;
  }

  /**
   * @return how long each occurrence lasts, in local time
   */
  public Duration length() {
    return Duration.between(startsLocal, endsLocal);
  }

  /**
   * @return the recurrence rule (an RRULE value), or {@code null} when it happens once
   */
  public String getRrule() {
    return rrule;
  }

  /**
   * @return true when it recurs
   */
  public boolean isRecurring() {
    return rrule != null;
  }

  /**
   * @return the venue's name, or {@code null}
   */
  public String getVenueName() {
    return venueName;
  }

  /**
   * @return the street address, or {@code null}
   */
  public String getVenueStreet() {
    return venueStreet;
  }

  /**
   * @return the city, or {@code null}
   */
  public String getVenueCity() {
    return venueCity;
  }

  /**
   * @return the country, or {@code null}
   */
  public String getVenueCountry() {
    return venueCountry;
  }

  /**
   * @return true when it has a place to go to
   */
  public boolean isInPerson() {
    return venueName != null || venueStreet != null || venueCity != null;
  }

  /**
   * @return the place in one line, or ""
   */
  public String getPlace() {
    StringBuilder b = new StringBuilder();
    for (String part : new String[] {venueName, venueStreet, venueCity, venueCountry}) {
      if (part != null) {
        if (b.length() > 0) {
          b.append(", ");
        }
        b.append(part);
      }
    }
    return b.toString();
  }

  /**
   * @return the link to join online, or {@code null}
   */
  public String getOnlineUrl() {
    return onlineUrl;
  }

  /**
   * @return true when it can be joined online
   */
  public boolean isOnline() {
    return onlineUrl != null;
  }

  /**
   * @return the most who may go to one occurrence, or {@code null} for no limit
   */
  public Integer getCapacity() {
    return capacity;
  }

  /**
   * @return the first start, UTC
   */
  public LocalDateTime getFirstStartUtc() {
    return firstStartUtc;
  }

  /**
   * @return the last end, UTC, or {@code null} when it recurs without end
   */
  public LocalDateTime getLastEndUtc() {
    return lastEndUtc;
  }

  /**
   * @return who created it
   */
  public String getCreatedBy() {
    return createdBy;
  }

  /**
   * @return when it was created, UTC
   */
  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  /**
   * @return when it last changed, UTC
   */
  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  /**
   * @return the iCalendar SEQUENCE: how many times it changed
   */
  public int getSequence() {
    return sequence;
  }

  /**
   * @return the version, for changes that must not overwrite another's
   */
  public long getVersion() {
    return version;
  }
}
