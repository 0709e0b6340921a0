package org.plenum.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Logger;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.Mails;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.Settings;
import org.plenum.api.SiteConfig;
import org.plenum.api.Texts;
import org.plenum.api.Zones;

/**
 * Mails a poll's eligible members when it opens and, those who have not voted, a day before it
 * closes — for polls whose author asked for it. Each member gets the mail in their language (the
 * site's, when it does not offer theirs), with the closing time in their time zone and a link to
 * the poll. {@link PollNotices} tells which mails are due and to whom.
 */
@ApplicationScoped
public class PollMail {

  private static final Logger LOG = Logger.getLogger(PollMail.class.getName());

  @Inject PollQueries polls;

  @Inject PollNotices notices;

  @Inject Members accounts;

  @Inject Chapters chapters;

  @Inject Mails mailer;

  @Inject Texts catalog;

  @Inject Settings settings;

  @Inject SiteConfig config;

  /**
   * Sends the mails that are due; each poll's mail is claimed once across instances. In one
   * transaction, as the polls' clock calls it on a managed thread: there a read outside one (the
   * site's settings, say) leaves Payara an EntityManager that it closes twice. A failed sending
   * undoes the claims, to be tried again.
   *
   * @param now the moment, UTC
   * @return how many mails went
   */
  @Transactional
  public int sendDue(LocalDateTime now) {
    int sent = 0;
    for (PollNotices.Notice notice : PollNotices.Notice.values()) {
      for (Long id : notices.claimMail(notice, now)) {
        Poll poll = polls.byId(id).orElse(null);
        if (poll != null) {
          sent += send(poll, notice);
        }
      }
    }
    return sent;
  }

  private int send(Poll poll, PollNotices.Notice notice) {
    String site = settings.get(Settings.NAME);
    String chapter = chapters.byId(poll.getChapterId()).map(Chapter::getName).orElse("");
    String kind = notice == PollNotices.Notice.OPENING ? "opening" : "reminder";
    int sent = 0;
    for (Long id : notices.recipients(poll, notice)) {
      Member a = accounts.byId(id).orElse(null);
      if (a == null || a.email() == null || a.suspended()) {
        continue;
      }
      String lang = catalog.languageOf(a);
      ZoneId zone = zone(a.timeZone());
      String closes =
          DateTimeFormatter.ofPattern(
                      catalog.text(lang, "core.format.dateTime"), Locale.forLanguageTag(lang))
                  .format(poll.getCloses().atZone(zone))
              + " ("
              + zone.getId()
              + ")";
      String link = config.baseUrl() + "/" + lang + "/polls/" + poll.getSlug();
      if (mailer.send(
          new Mails.Message(
              a.email(),
              catalog.formatIn(lang, "polls.mail." + kind + ".subject", poll.getTitle(), site),
              catalog.formatIn(
                  lang,
                  "polls.mail." + kind + ".body",
                  a.displayName(),
                  poll.getTitle(),
                  chapter,
                  closes,
                  link,
                  site),
              link))) {
        sent++;
      }
    }
    int told = sent;
    LOG.info(() -> "Poll " + poll.getSlug() + ": " + kind + " mail to " + told + " members");
    return sent;
  }

  private ZoneId zone(String id) {
    ZoneId zone = Zones.parse(id);
    if (zone == null) {
      zone = Zones.parse(settings.get(Settings.TIME_ZONE));
    }
    return zone == null ? ZoneOffset.UTC : zone;
  }
}
