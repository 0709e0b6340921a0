package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.config.PlenumConfig;
import org.plenum.core.i18n.MessageCatalog;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.Accounts;
import org.plenum.core.identity.Authorizer;
import org.plenum.core.mail.Mailer;
import org.plenum.core.settings.SiteSettings;

/**
 * Tells the people who may publish in a blog that a post waits for them: the coordinators of
 * a chapter and of the chapters above it for a chapter's blog, the editors for the News and
 * for members' blogs that are reviewed. Each gets one mail in their language, with a link to
 * the editor; the post's own authors are not told.
 */
@ApplicationScoped
public class Reviewers {

  @Inject
  Accounts accounts;

  @Inject
  ChapterService chapters;

  @Inject
  Authorizer authorizer;

  @Inject
  Mailer mailer;

  @Inject
  MessageCatalog catalog;

  @Inject
  SiteSettings settings;

  @Inject
  PlenumConfig config;

  /**
   * The people who review a blog's posts.
   *
   * @param blog the blog
   * @return their accounts, each once
   */
  public List<Account> of(Blog blog) {
    Map<Long, Account> people = new LinkedHashMap<>();
    if (blog.getKind() == BlogKind.CHAPTER) {
      Chapter chapter = chapters.byId(blog.getChapterId()).orElse(null);
      if (chapter != null) {
        List<Chapter> line = new java.util.ArrayList<>(List.of(chapter));
        line.addAll(chapters.ancestors(chapter));
        for (Chapter c : line) {
          for (ChapterService.Person p : chapters.coordinators(c.getId())) {
            accounts.bySlug(p.slug()).filter(a -> !a.suspended())
                .ifPresent(a -> people.putIfAbsent(a.id(), a));
          }
        }
      }
    } else {
      accounts.withSiteRoles(authorizer.holders(BlogModule.PUBLISH_NEWS))
          .forEach(a -> people.putIfAbsent(a.id(), a));
    }
    return List.copyOf(people.values());
  }

  /**
   * Mails the reviewers of a submitted post.
   *
   * @param post the post
   * @param blog its blog
   * @param by the name of who submitted it
   * @return how many were told
   */
  public int tell(Post post, Blog blog, String by) {
    String site = settings.get(SiteSettings.NAME);
    int told = 0;
    for (Account a : of(blog)) {
      if (a.email() == null || post.getAuthorIds().contains(a.id())) {
        continue;
      }
      String lang = a.preferredLanguage() == null || !catalog.offers(a.preferredLanguage())
          ? "en" : a.preferredLanguage();
      String link = config.baseUrl() + "/" + lang + "/posts/" + post.getId() + "/edit";
      String where = blog.isNews() ? catalog.get(lang, "blog.news.title")
          : blog.getChapterId() != null ? chapters.byId(blog.getChapterId())
              .map(Chapter::getName).orElse(blog.getSlug()) : blog.getSlug();
      if (mailer.send(new Mailer.Mail(a.email(),
          catalog.format(lang, "blog.mail.review.subject", post.getTitle(), site),
          catalog.format(lang, "blog.mail.review.body", a.displayName(), by, post.getTitle(),
              where, link, site), link))) {
        told++;
      }
    }
    return told;
  }
}
