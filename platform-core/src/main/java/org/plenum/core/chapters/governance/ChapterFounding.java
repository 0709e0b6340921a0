package org.plenum.core.chapters.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenum.api.Caller;
import org.plenum.api.CorePermissions;
import org.plenum.api.Rejected;
import org.plenum.core.audit.AuditLog;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.ChapterDraft;
import org.plenum.core.chapters.ChapterKind;
import org.plenum.core.chapters.ChapterPlaces;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.chapters.Memberships;
import org.plenum.core.config.PlenumConfig;
import org.plenum.core.i18n.MessageCatalog;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.Accounts;
import org.plenum.core.identity.Grants;
import org.plenum.core.mail.Mailer;
import org.plenum.core.permissions.Authorizer;
import org.plenum.core.settings.SiteSettings;
import org.plenum.spi.Roles;

/**
 * A member founds the local chapter of their city where there is none: the chapter is made under
 * the chapter the member belongs to by place (their region's, else their country's, else the
 * international), the founder moves into it and becomes its coordinator, and the coordinators of
 * the chapter above hear of it by mail.
 */
@ApplicationScoped
public class ChapterFounding {

  @Inject ChapterService chapters;

  @Inject ChapterPlaces chapterPlaces;

  @Inject Memberships memberships;

  @Inject Accounts accounts;

  @Inject Grants grants;

  @Inject Authorizer authorizer;

  @Inject AuditLog audit;

  @Inject Mailer mailer;

  @Inject MessageCatalog catalog;

  @Inject SiteSettings settings;

  @Inject PlenumConfig config;

  /**
   * What a founder asks for.
   *
   * @param name the chapter's name
   * @param city its city
   * @param region its region, may be blank
   * @param country its country's ISO code
   * @param description what it is about, Markdown, may be blank
   */
  public record Request(
      String name, String city, String region, String country, String description) {}

  /**
   * The local chapter that already serves a place, if any.
   *
   * @param country ISO code
   * @param region region
   * @param city city
   * @return the chapter
   */
  public Optional<Chapter> existing(String country, String region, String city) {
    if (city == null || city.isBlank() || country == null) {
      return Optional.empty();
    }
    return chapterPlaces
        .placeFor(country, region, city)
        .filter(c -> c.getKind() == ChapterKind.LOCAL);
  }

  /**
   * The chapter a new local chapter for a place would hang under.
   *
   * @param country ISO code
   * @param region region
   * @return the regional, national or international chapter
   */
  public Optional<Chapter> parentFor(String country, String region) {
    return chapterPlaces
        .placeFor(country, region, null)
        .filter(c -> c.getKind() != ChapterKind.LOCAL);
  }

  /**
   * Founds the chapter.
   *
   * @param by the founder
   * @param address where from, for the audit log
   * @param request what they asked for
   * @return the new chapter
   * @throws org.plenum.api.Denied when the caller may not found chapters
   * @throws Rejected when a field is missing or wrong, or the city has a local chapter already
   */
  @Transactional
  public Chapter found(Caller by, String address, Request request) {
    authorizer.require(by, CorePermissions.CHAPTER_FOUND);
    Account founder = accounts.byUsername(by.username()).orElseThrow();
    List<Rejected.Problem> problems = new ArrayList<>();
    String city = request.city() == null ? "" : request.city().strip();
    String country =
        request.country() == null ? "" : request.country().strip().toUpperCase(Locale.ROOT);
    if (city.isEmpty()) {
      problems.add(Rejected.problem("city", "core.found.error.city"));
    }
    if (country.isEmpty()) {
      problems.add(Rejected.problem("country", "core.chapter.error.country"));
    }
    if (!problems.isEmpty()) {
      throw new Rejected(problems, false);
    }
    Optional<Chapter> there = existing(country, request.region(), city);
    if (there.isPresent()) {
      throw new Rejected(
          List.of(Rejected.problem("city", "core.found.error.exists", there.get().getName())),
          true);
    }
    Chapter parent =
        parentFor(country, request.region())
            .orElseThrow(
                () ->
                    new Rejected(
                        List.of(Rejected.problem("country", "core.chapter.error.parent")), false));
    String name = request.name() == null || request.name().isBlank() ? city : request.name();
    Chapter chapter =
        chapters.create(
            new ChapterDraft(
                ChapterKind.LOCAL,
                name,
                null,
                city,
                blankToNull(request.region()),
                country,
                LocalDate.now(),
                request.description()),
            parent.getId());
    memberships.leave(parent.getId(), founder.id());
    memberships.join(chapter.getId(), founder.id());
    grants.grant(
        founder.id(), founder.username(), Roles.COORDINATOR, chapter.getId(), founder.username());
    audit.record(by.username(), "chapter.found", chapter.getSlug(), parent.getSlug(), address);
    tell(parent, chapter, founder);
    return chapter;
  }

  private void tell(Chapter parent, Chapter chapter, Account founder) {
    String site = settings.get(SiteSettings.NAME);
    for (Account coordinator : coordinatorsOf(parent)) {
      if (coordinator.email() == null || coordinator.id().equals(founder.id())) {
        continue;
      }
      String lang =
          coordinator.preferredLanguage() == null ? "en" : coordinator.preferredLanguage();
      String link = config.baseUrl() + "/" + lang + "/chapters/" + chapter.getSlug();
      mailer.send(
          new Mailer.Mail(
              coordinator.email(),
              catalog.format(lang, "core.mail.founded.subject", chapter.getName(), site),
              catalog.format(
                  lang,
                  "core.mail.founded.body",
                  coordinator.displayName(),
                  founder.displayName(),
                  chapter.getName(),
                  parent.getName(),
                  link,
                  site),
              link));
    }
  }

  private List<Account> coordinatorsOf(Chapter chapter) {
    return memberships.coordinators(chapter.getId()).stream()
        .map(p -> accounts.bySlug(p.slug()).orElse(null))
        .filter(a -> a != null && !a.suspended())
        .toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
