package org.plenum.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.plenum.api.ReaderDates;
import org.plenum.api.Reads;
import org.plenum.api.Zones;
import org.plenum.core.i18n.MessageCatalog;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.Accounts;
import org.plenum.core.settings.SiteSettings;
import org.plenum.spi.ContentChanged;

/**
 * Dates and times as the reader reads them: in their time zone (the member's setting, else the
 * site's) and in the patterns their language's pack gives ({@code core.format.*}), so that French
 * reads "mercredi 27 novembre 2026, 11 h 30" and English "Wednesday, November 27, 2026, 11:30 AM".
 * Times are stored in UTC.
 */
@Named("dates")
@RequestScoped
public class Dates implements ReaderDates {

  @Inject CurrentRequest current;

  @Inject Reads reads;

  @Inject MessageCatalog catalog;

  @Inject SiteSettings settings;

  @Inject Accounts accounts;

  private ZoneId zone;

  /**
   * @return the time zones a reader may choose: UTC, then the regions, sorted
   */
  public static List<String> zones() {
    return Zones.all();
  }

  /**
   * @return the reader's time zone
   */
  public ZoneId getZone() {
    if (zone == null) {
      String id = null;
      if (current.isSignedIn()) {
        String username = current.getCaller().username();
        id =
            reads
                .read(
                    "core.zone:" + username.toLowerCase(Locale.ROOT),
                    Set.of(ContentChanged.PEOPLE),
                    () ->
                        Optional.ofNullable(
                            accounts.byUsername(username).map(Account::timeZone).orElse(null)))
                .orElse(null);
      }
      zone = parse(id);
      if (zone == null) {
        zone = parse(settings.get(SiteSettings.TIME_ZONE));
      }
      if (zone == null) {
        zone = ZoneOffset.UTC;
      }
    }
    return zone;
  }

  /**
   * A time zone by its id.
   *
   * @param id such as {@code Europe/London}, or {@code null}
   * @return the zone, or {@code null} when the id names none
   */
  public static ZoneId parse(String id) {
    return Zones.parse(id);
  }

  private DateTimeFormatter pattern(String key) {
    return DateTimeFormatter.ofPattern(catalog.get(current.getLang(), key), current.getLocale());
  }

  /**
   * A moment, with weekday, date and time, in the reader's zone.
   *
   * @param utc a time in UTC, or {@code null}
   * @return such as "Wednesday, November 27, 2026, 11:30 AM"; empty for {@code null}
   */
  public String dateTime(LocalDateTime utc) {
    return utc == null ? "" : dateTime(utc.toInstant(ZoneOffset.UTC));
  }

  /**
   * A moment, with weekday, date and time, in the reader's zone.
   *
   * @param instant the moment, or {@code null}
   * @return the text; empty for {@code null}
   */
  public String dateTime(Instant instant) {
    return instant == null ? "" : pattern("core.format.dateTime").format(at(instant));
  }

  /**
   * The day of a moment, in the reader's zone.
   *
   * @param utc a time in UTC, or {@code null}
   * @return such as "November 27, 2026"; empty for {@code null}
   */
  public String date(LocalDateTime utc) {
    return utc == null ? "" : date(utc.toInstant(ZoneOffset.UTC));
  }

  /**
   * The day of a moment, in the reader's zone.
   *
   * @param instant the moment, or {@code null}
   * @return such as "November 27, 2026"; empty for {@code null}
   */
  public String date(Instant instant) {
    return instant == null ? "" : pattern("core.format.date").format(at(instant));
  }

  /**
   * A calendar date (a founding date, a birthday): no zone applies.
   *
   * @param date the date, or {@code null}
   * @return such as "July 22, 2014"; empty for {@code null}
   */
  public String day(LocalDate date) {
    return date == null ? "" : pattern("core.format.date").format(date);
  }

  /**
   * The time of a moment, in the reader's zone.
   *
   * @param instant the moment, or {@code null}
   * @return such as "11:30 AM" or "11 h 30"; empty for {@code null}
   */
  public String time(Instant instant) {
    return instant == null ? "" : pattern("core.format.time").format(at(instant));
  }

  /**
   * A moment as a {@code datetime} attribute wants it: UTC, to the second.
   *
   * @param instant the moment, or {@code null}
   * @return such as {@code 2026-11-27T09:30:00Z}, or "" for none
   */
  public String iso(Instant instant) {
    return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /**
   * The month of a moment.
   *
   * @param utc a time in UTC, or {@code null}
   * @return such as "November 2026"; empty for {@code null}
   */
  public String month(LocalDateTime utc) {
    return utc == null
        ? ""
        : pattern("core.format.month").format(at(utc.toInstant(ZoneOffset.UTC)));
  }

  private ZonedDateTime at(Instant instant) {
    return instant.atZone(getZone());
  }
}
