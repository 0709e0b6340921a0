package org.plenum.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.plenum.api.Mails;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.Settings;
import org.plenum.api.SiteConfig;
import org.plenum.api.Texts;
import org.plenum.api.Zones;

/**
 * Mails members about an occurrence: a place on the waiting list came free, it was cancelled or
 * moved, it is tomorrow; and an organiser's message to those going. Each member gets the mail in
 * their language, with the time in their time zone and the event's beside it.
 */
@ApplicationScoped
public class EventMail {

  private static final Logger LOG = Logger.getLogger(EventMail.class.getName());

  @Inject EventQueries events;

  @Inject Occurrences occurrences;

  @Inject Reminders reminders;

  @Inject Members accounts;

  @Inject Mails mailer;

  @Inject Texts catalog;

  @Inject Settings settings;

  @Inject SiteConfig config;

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventNotice notice) {
    send(notice);
  }

  /**
   * Mails a notice to its members.
   *
   * @param notice the notice
   * @return how many mails went
   */
  public int send(EventNotice notice) {
    Event event = events.byId(notice.eventId()).orElse(null);
    if (event == null) {
      return 0;
    }
    String kind = notice.kind().name().toLowerCase(Locale.ROOT);
    int sent = 0;
    for (Long id : notice.accountIds()) {
      Member a = accounts.byId(id).orElse(null);
      if (a == null) {
        continue;
      }
      String lang = catalog.languageOf(a);
      String when = when(event, notice.at(), a, lang);
      String link = link(event, lang, notice.original());
      if (mail(
          a,
          catalog.formatIn(lang, "events.mail." + kind + ".subject", event.getTitle(), site()),
          catalog.formatIn(
              lang,
              "events.mail." + kind + ".body",
              a.displayName(),
              event.getTitle(),
              when,
              event.getPlace(),
              link,
              site()),
          link)) {
        sent++;
      }
    }
    int told = sent;
    LOG.info(() -> "Event " + event.getSlug() + ": " + kind + " mail to " + told + " members");
    return sent;
  }

  /**
   * An organiser's message to the members going to an occurrence.
   *
   * @param event the event
   * @param occurrence the occurrence
   * @param accountIds those going
   * @param subject the subject
   * @param body the message
   * @param from the organiser's name
   * @return how many mails went
   */
  public int message(
      Event event,
      Schedule.Occurrence occurrence,
      List<Long> accountIds,
      String subject,
      String body,
      String from) {
    int sent = 0;
    for (Long id : accountIds) {
      Member a = accounts.byId(id).orElse(null);
      if (a == null) {
        continue;
      }
      String lang = catalog.languageOf(a);
      String link = link(event, lang, occurrence.original());
      if (mail(
          a,
          catalog.formatIn(lang, "events.mail.message.subject", subject, event.getTitle()),
          catalog.formatIn(
              lang,
              "events.mail.message.body",
              a.displayName(),
              from,
              event.getTitle(),
              when(event, occurrence.startInstant(), a, lang),
              body,
              link,
              site()),
          link)) {
        sent++;
      }
    }
    return sent;
  }

  /**
   * Sends the day-before reminders that are due, one mail per member and occurrence. In one
   * transaction: the claims, the accounts and the site's settings are read in it, and the claims
   * are undone when sending fails, to be tried again.
   *
   * @param now the moment
   */
  @Transactional
  public void remindDue(Instant now) {
    Map<String, List<Rsvp>> byOccurrence = new LinkedHashMap<>();
    for (Rsvp r : reminders.claimReminders(now)) {
      byOccurrence
          .computeIfAbsent(r.getEventId() + "@" + r.getOccurrenceLocal(), k -> new ArrayList<>())
          .add(r);
    }
    for (List<Rsvp> group : byOccurrence.values()) {
      Rsvp first = group.get(0);
      events
          .byId(first.getEventId())
          .flatMap(e -> occurrences.occurrence(e, first.getOccurrenceLocal()))
          .ifPresent(
              o ->
                  send(
                      new EventNotice(
                          EventNotice.Kind.REMINDER,
                          first.getEventId(),
                          first.getOccurrenceLocal(),
                          group.stream().map(Rsvp::getAccountId).toList(),
                          o.startInstant())));
    }
  }

  private boolean mail(Member a, String subject, String body, String link) {
    return a.email() != null
        && !a.suspended()
        && mailer.send(new Mails.Message(a.email(), subject, body, link));
  }

  private String when(Event event, Instant at, Member a, String lang) {
    ZoneId zone = zone(a.timeZone());
    DateTimeFormatter f =
        DateTimeFormatter.ofPattern(
            catalog.text(lang, "core.format.dateTime"), Locale.forLanguageTag(lang));
    String when = f.format(at.atZone(zone)) + " (" + zone.getId() + ")";
    if (!zone.getRules().getOffset(at).equals(event.zone().getRules().getOffset(at))) {
      when += " — " + f.format(at.atZone(event.zone())) + " (" + event.getTimeZone() + ")";
    }
    return when;
  }

  private String link(Event event, String lang, LocalDateTime original) {
    return config.baseUrl()
        + "/"
        + lang
        + "/events/"
        + event.getSlug()
        + "?on="
        + Schedule.key(original);
  }

  private String site() {
    return settings.get(Settings.NAME);
  }

  private ZoneId zone(String id) {
    ZoneId zone = Zones.parse(id);
    if (zone == null) {
      zone = Zones.parse(settings.get(Settings.TIME_ZONE));
    }
    return zone == null ? ZoneOffset.UTC : zone;
  }
}
