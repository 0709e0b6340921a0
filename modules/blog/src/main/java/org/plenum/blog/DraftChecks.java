package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.Rejected;
import org.plenum.api.Slugs;
import org.plenum.api.Texts;
import org.plenum.blog.BlogRules.Actor;

/**
 * The rules a draft must pass before it is written: a title, a body, a language the site offers,
 * tags and co-authors within their limits, an address free in its blog. Every broken rule is told
 * at once. Runs within the writing's transaction.
 */
@ApplicationScoped
public class DraftChecks {

  static final int TITLE_MAX = 200;
  static final int SUMMARY_MAX = 1000;
  static final int BODY_MAX = 200_000;
  static final int TAG_MAX = 50;
  static final int TAGS_MAX = 20;
  static final int AUTHORS_MAX = 10;

  @PersistenceContext EntityManager em;

  @Inject Texts catalog;

  @Inject Members accounts;

  /**
   * A draft that passed the rules, normalised.
   *
   * @param title its title, stripped
   * @param slug its address, given or made from the title
   * @param summary its summary, or {@code null}
   * @param authors its authors' account ids, in order
   * @param tags its tags, sorted
   */
  public record Checked(
      String title, String slug, String summary, List<Long> authors, Set<String> tags) {}

  /**
   * Checks a draft; an old address of the blog that the draft takes is freed.
   *
   * @param d the draft
   * @param blog its blog
   * @param self the post it changes, or {@code null} for a new one
   * @param actor who writes, the first author of a new post
   * @return the draft normalised
   * @throws Rejected when a rule is broken, or (a conflict) when the address is taken
   */
  public Checked check(PostDraft d, Blog blog, Post self, Actor actor) {
    List<Rejected.Problem> problems = new ArrayList<>();
    String title = d.title() == null ? "" : d.title().strip();
    if (title.isEmpty()) {
      problems.add(Rejected.problem("title", "blog.error.titleEmpty"));
    } else if (title.length() > TITLE_MAX) {
      problems.add(Rejected.problem("title", "blog.error.titleLong", TITLE_MAX));
    }
    String summary = d.summary() == null ? null : d.summary().strip();
    if (summary != null && summary.isEmpty()) {
      summary = null;
    }
    if (summary != null && summary.length() > SUMMARY_MAX) {
      problems.add(Rejected.problem("summary", "blog.error.summaryLong", SUMMARY_MAX));
    }
    if (d.body() == null || d.body().isBlank()) {
      problems.add(Rejected.problem("body", "blog.error.bodyEmpty"));
    } else if (d.body().length() > BODY_MAX) {
      problems.add(Rejected.problem("body", "blog.error.bodyLong", BODY_MAX / 1000));
    }
    if (d.language() == null || !catalog.offers(d.language())) {
      problems.add(Rejected.problem("language", "blog.error.language"));
    }
    Set<String> tags = tags(d, self, problems);
    List<Long> authors = authors(d, self, actor, problems);
    String slug = d.slug() == null || d.slug().isBlank() ? Slugs.from(title) : d.slug().strip();
    if (!Slugs.valid(slug)) {
      problems.add(Rejected.problem("slug", "blog.error.slug"));
    }
    if (!problems.isEmpty()) {
      throw new Rejected(problems, false);
    }
    Long taken =
        em.createQuery("select p.id from Post p where p.blogId = :b and p.slug = :s", Long.class)
            .setParameter("b", blog.getId())
            .setParameter("s", slug)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (taken != null && (self == null || !taken.equals(self.getId()))) {
      throw new Rejected(List.of(Rejected.problem("slug", "blog.error.slugTaken", slug)), true);
    }
    OldSlug old = em.find(OldSlug.class, OldSlug.key(blog.getId(), slug));
    if (old != null) {
      em.remove(old);
    }
    return new Checked(title, slug, summary, authors, tags);
  }

  private static Set<String> tags(PostDraft d, Post self, List<Rejected.Problem> problems) {
    Set<String> tags = new TreeSet<>();
    Set<String> given = d.tags() != null ? d.tags() : self != null ? self.getTags() : Set.of();
    for (String raw : given) {
      String t = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
      if (t.isEmpty()) {
        continue;
      }
      if (t.length() > TAG_MAX) {
        problems.add(Rejected.problem("tags", "blog.error.tagLong", TAG_MAX));
        break;
      }
      if (Slugs.from(t).isEmpty()) {
        problems.add(Rejected.problem("tags", "blog.error.tagEmpty", t));
        break;
      }
      tags.add(t);
    }
    if (tags.size() > TAGS_MAX) {
      problems.add(Rejected.problem("tags", "blog.error.tagsMany", TAGS_MAX));
    }
    return tags;
  }

  private List<Long> authors(PostDraft d, Post self, Actor actor, List<Rejected.Problem> problems) {
    Set<Long> ids = new LinkedHashSet<>();
    if (self == null) {
      ids.add(actor.accountId());
    } else if (d.coauthors() == null) {
      return self.getAuthorIds();
    }
    for (String raw : d.coauthors() == null ? List.<String>of() : d.coauthors()) {
      String slug = raw == null ? "" : raw.strip();
      if (slug.isEmpty()) {
        continue;
      }
      Optional<Member> a = accounts.bySlug(slug).filter(x -> !x.suspended());
      if (a.isEmpty()) {
        problems.add(Rejected.problem("coauthors", "blog.error.coauthor", slug));
        return List.of();
      }
      ids.add(a.get().id());
    }
    if (ids.isEmpty()) {
      problems.add(Rejected.problem("coauthors", "blog.error.noAuthor"));
    } else if (ids.size() > AUTHORS_MAX) {
      problems.add(Rejected.problem("coauthors", "blog.error.authorsMany", AUTHORS_MAX));
    }
    return List.copyOf(ids);
  }
}
