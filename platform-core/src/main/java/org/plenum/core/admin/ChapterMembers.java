package org.plenum.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.plenum.api.PageGuards;
import org.plenum.core.CoreModule;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.MemberSearch;
import org.plenum.core.web.CurrentRequest;
import org.plenum.core.web.Dates;
import org.plenum.core.web.Messages;

/**
 * A chapter's members for its coordinators ({@code /<lang>/chapters/<chapter>/members}): a table
 * the database pages, sorts (by name, joining date or status) and filters by name, exported as CSV
 * with what the search keeps.
 */
@Named("chapterMembers")
@RequestScoped
public class ChapterMembers {

  @Inject ChapterService chapters;

  @Inject MemberSearch memberSearch;

  @Inject CurrentRequest current;

  @Inject Messages msg;

  @Inject Dates dates;

  private Chapter chapter;
  private MembersTable table;

  @PostConstruct
  void prepare() {
    String slug = current.param("slug");
    chapter = slug == null ? null : chapters.bySlug(slug).orElse(null);
  }

  /** Answers 404 for an unknown chapter, 403 to those who do not coordinate it. */
  public void load() {
    if (chapter == null) {
      PageGuards.notFound();
    } else if (!current.can(CoreModule.MEMBER_STATUS, chapter.getId())) {
      PageGuards.forbidden();
    } else {
      current.keepState();
    }
  }

  /**
   * @return the chapter
   */
  public Chapter getChapter() {
    return chapter;
  }

  /**
   * @return the chapter's members, a page at a time
   */
  public MembersTable getTable() {
    if (table == null) {
      table =
          new MembersTable(
              memberSearch,
              new MemberSearch.Filter(null, chapter == null ? -1L : chapter.getId(), null));
    }
    return table;
  }

  /**
   * @param a a member
   * @return when they joined the site, in the reader's language
   */
  public String joined(Account a) {
    return a.createdAt() == null ? "" : dates.date(a.createdAt());
  }

  /**
   * @param a a member
   * @return "Member" or "Supporter"
   */
  public String statusName(Account a) {
    return msg.get("core.memberStatus." + a.status().name().toLowerCase(Locale.ROOT));
  }
}
