package org.plenum.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.plenum.api.Mails;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.Settings;
import org.plenum.api.SiteConfig;
import org.plenum.api.Texts;

/**
 * Mails a project's update to its followers who chose updates, once the update is saved: each in
 * their language, with the link to the project and the one that stops the mail in one click. The
 * author gets none.
 */
@ApplicationScoped
public class UpdateMail {

  private static final Logger LOG = Logger.getLogger(UpdateMail.class.getName());

  /** The length of the update's text quoted in the mail. */
  static final int EXCERPT = 600;

  @Inject Updates updates;

  @Inject ProjectQueries projects;

  @Inject Members members;

  @Inject Mails mailer;

  @Inject Texts texts;

  @Inject Settings settings;

  @Inject SiteConfig config;

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Updates.Posted posted) {
    send(posted.updateId());
  }

  /**
   * Mails an update to the project's followers.
   *
   * @param updateId the update
   * @return how many mails went
   */
  public int send(long updateId) {
    ProjectUpdate u = updates.byId(updateId).orElse(null);
    Project p = u == null ? null : projects.byId(u.getProjectId()).orElse(null);
    if (p == null) {
      return 0;
    }
    String text = Jsoup.parse(u.getBodyHtml()).text();
    String excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
    String site = settings.get(Settings.NAME);
    int sent = 0;
    for (Follower f : updates.mailedUpdates(p.getId())) {
      Member m = members.byId(f.getAccountId()).orElse(null);
      if (m == null || m.email() == null || m.suspended() || m.id() == u.getAuthorId()) {
        continue;
      }
      String lang = texts.languageOf(m);
      String link = config.baseUrl() + "/" + lang + "/projects/" + p.getSlug();
      String stop = link + "/unfollow?key=" + f.getMailKey();
      if (mailer.send(
          new Mails.Message(
              m.email(),
              texts.formatIn(
                  lang, "projects.mail.update.subject", p.getTitle(), u.getTitle(), site),
              texts.formatIn(
                  lang,
                  "projects.mail.update.body",
                  m.displayName(),
                  p.getTitle(),
                  u.getTitle(),
                  excerpt,
                  link,
                  stop,
                  site),
              link))) {
        sent++;
      }
    }
    int told = sent;
    LOG.info(() -> "Project " + p.getSlug() + ": update mailed to " + told + " followers");
    return sent;
  }
}
