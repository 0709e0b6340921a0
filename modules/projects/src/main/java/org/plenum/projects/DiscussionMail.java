package org.plenum.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.plenum.api.Mails;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.Settings;
import org.plenum.api.SiteConfig;
import org.plenum.api.Texts;

/**
 * Mails about a project's discussion, once a message is saved: to the members of the team it names,
 * and — for a new thread — to the followers who chose the discussion; each in their language, none
 * to the author, one per member.
 */
@ApplicationScoped
public class DiscussionMail {

  /** The length of the message quoted in the mail. */
  static final int EXCERPT = 400;

  @Inject Discussion discussion;

  @Inject ProjectQueries projects;

  @Inject Updates updates;

  @Inject Members members;

  @Inject Mails mailer;

  @Inject Texts texts;

  @Inject Settings settings;

  @Inject SiteConfig config;

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Discussion.Written w) {
    send(w);
  }

  /**
   * Mails a message to those it concerns.
   *
   * @param w the message written, with the members it names
   * @return how many mails went
   */
  public int send(Discussion.Written w) {
    Message m = discussion.byId(w.messageId());
    Project p = m == null ? null : projects.byId(m.getProjectId()).orElse(null);
    if (p == null) {
      return 0;
    }
    Member author = members.byId(m.getAuthorId()).orElse(null);
    String name = author == null ? "?" : author.displayName();
    String text = Jsoup.parse(m.getBodyHtml()).text();
    String excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
    Set<Long> told = new LinkedHashSet<>();
    int sent = 0;
    for (Long id : w.mentioned()) {
      if (told.add(id) && mail(id, p, m, "mention", name, excerpt, null)) {
        sent++;
      }
    }
    if (m.getParentId() == null) {
      for (Follower f : updates.mailedDiscussion(p.getId())) {
        if (f.getAccountId() != m.getAuthorId()
            && told.add(f.getAccountId())
            && mail(f.getAccountId(), p, m, "thread", name, excerpt, f.getMailKey())) {
          sent++;
        }
      }
    }
    return sent;
  }

  private boolean mail(
      long memberId, Project p, Message m, String kind, String author, String excerpt, String key) {
    Member to = members.byId(memberId).orElse(null);
    if (to == null || to.email() == null || to.suspended()) {
      return false;
    }
    String lang = texts.languageOf(to);
    String page = config.baseUrl() + "/" + lang + "/projects/" + p.getSlug();
    String link = page + "#message-" + m.getId();
    String stop =
        key == null
            ? texts.text(lang, "projects.mail.mentionFooter")
            : texts.formatIn(lang, "projects.mail.followFooter", page + "/unfollow?key=" + key);
    String site = settings.get(Settings.NAME);
    return mailer.send(
        new Mails.Message(
            to.email(),
            texts.formatIn(lang, "projects.mail." + kind + ".subject", author, p.getTitle(), site),
            texts.formatIn(
                lang,
                "projects.mail." + kind + ".body",
                to.displayName(),
                author,
                p.getTitle(),
                excerpt,
                link,
                stop,
                site),
            link));
  }
}
