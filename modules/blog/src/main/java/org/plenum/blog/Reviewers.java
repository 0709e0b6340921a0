package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.Mails;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.Permissions;
import org.plenum.api.Settings;
import org.plenum.api.SiteConfig;
import org.plenum.api.Texts;

/**
 * Tells the people who may publish in a blog that a post waits for them: the coordinators of a
 * chapter and of the chapters above it for a chapter's blog, the editors for the News and for
 * members' blogs that are reviewed. Each gets one mail in their language, with a link to the
 * editor; the post's own authors are not told.
 */
@ApplicationScoped
public class Reviewers {

  @Inject Members accounts;

  @Inject Chapters chapters;

  @Inject Permissions authorizer;

  @Inject Mails mailer;

  @Inject Texts catalog;

  @Inject Settings settings;

  @Inject SiteConfig config;

  /**
   * The people who review a blog's posts.
   *
   * @param blog the blog
   * @return their accounts, each once
   */
  public List<Member> of(Blog blog) {
    Map<Long, Member> people = new LinkedHashMap<>();
    if (blog.getKind() == BlogKind.CHAPTER) {
      Chapter chapter = chapters.byId(blog.getChapterId()).orElse(null);
      if (chapter != null) {
        List<Chapter> line = new ArrayList<>(List.of(chapter));
        line.addAll(chapters.ancestors(chapter.id()));
        for (Chapter c : line) {
          for (Chapters.Person p : chapters.coordinators(c.getId())) {
            accounts
                .bySlug(p.slug())
                .filter(a -> !a.suspended())
                .ifPresent(a -> people.putIfAbsent(a.id(), a));
          }
        }
      }
    } else {
      accounts
          .withSiteRoles(authorizer.holders(BlogModule.PUBLISH_NEWS))
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
    String site = settings.get(Settings.NAME);
    int told = 0;
    for (Member a : of(blog)) {
      if (a.email() == null || post.getAuthorIds().contains(a.id())) {
        continue;
      }
      String lang = catalog.languageOf(a);
      String link = config.baseUrl() + "/" + lang + "/posts/" + post.getId() + "/edit";
      String where =
          blog.isNews()
              ? catalog.text(lang, "blog.news.title")
              : blog.getChapterId() != null
                  ? chapters.byId(blog.getChapterId()).map(Chapter::getName).orElse(blog.getSlug())
                  : blog.getSlug();
      if (mailer.send(
          new Mails.Message(
              a.email(),
              catalog.formatIn(lang, "blog.mail.review.subject", post.getTitle(), site),
              catalog.formatIn(
                  lang,
                  "blog.mail.review.body",
                  a.displayName(),
                  by,
                  post.getTitle(),
                  where,
                  link,
                  site),
              link))) {
        told++;
      }
    }
    return told;
  }
}
