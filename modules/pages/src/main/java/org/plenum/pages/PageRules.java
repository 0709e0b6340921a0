package org.plenum.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.plenum.api.Rejected;
import org.plenum.api.Slugs;

/**
 * What a page must be before it is stored: a title of 1 to 200 characters, a language the site
 * offers, a body of at most 100,000 characters, a menu place from 0 to 999 or none, and an address
 * that is a valid slug (made from the title when none is given) and not one another route answers.
 * Every problem is reported at once, each for its field.
 */
final class PageRules {

  static final int TITLE_MAX = 200;
  static final int BODY_MAX = 100_000;
  static final int MENU_MAX = 999;

  private PageRules() {}

  /**
   * Checks a draft.
   *
   * @param d what the editor wrote
   * @param offered whether the site offers a language
   * @param reserved whether another route answers an address
   * @return the page's address
   * @throws PageRejected with every problem found
   */
  static String check(PageDraft d, Predicate<String> offered, Predicate<String> reserved) {
    List<Rejected.Problem> problems = new ArrayList<>();
    String title = d.title() == null ? "" : d.title().strip();
    if (title.isEmpty()) {
      problems.add(Rejected.problem("title", "pages.error.titleEmpty"));
    } else if (title.length() > TITLE_MAX) {
      problems.add(Rejected.problem("title", "pages.error.titleLong", TITLE_MAX));
    }
    if (d.language() == null || !offered.test(d.language())) {
      problems.add(Rejected.problem("language", "pages.error.language"));
    }
    if (d.body() == null) {
      problems.add(Rejected.problem("body", "pages.error.bodyEmpty"));
    } else if (d.body().length() > BODY_MAX) {
      problems.add(Rejected.problem("body", "pages.error.bodyLong", BODY_MAX));
    }
    if (d.menuOrder() != null && (d.menuOrder() < 0 || d.menuOrder() > MENU_MAX)) {
      problems.add(Rejected.problem("menuOrder", "pages.error.menuOrder", MENU_MAX));
    }
    String slug = d.slug() == null || d.slug().isBlank() ? Slugs.from(title) : d.slug().strip();
    if (!Slugs.valid(slug)) {
      problems.add(Rejected.problem("slug", "pages.error.slug"));
    } else if (reserved.test(slug)) {
      problems.add(Rejected.problem("slug", "pages.error.slugReserved", slug));
    }
    if (!problems.isEmpty()) {
      throw new PageRejected(problems, false);
    }
    return slug;
  }
}
