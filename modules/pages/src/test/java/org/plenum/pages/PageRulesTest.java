package org.plenum.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.plenum.api.Rejected;

class PageRulesTest {

  private static final Predicate<String> OFFERED = Set.of("en", "fr")::contains;

  private static final Predicate<String> RESERVED = Set.of("admin", "events")::contains;

  private static String check(PageDraft d) {
    return PageRules.check(d, OFFERED, RESERVED);
  }

  private static List<String> refused(PageDraft d) {
    PageRejected e = assertThrows(PageRejected.class, () -> check(d));
    assertFalse(e.conflict(), "a rule broken is not a conflict");
    return e.problems().stream().map(p -> p.field() + ":" + p.key()).toList();
  }

  @Test
  void theAddressIsMadeFromTheTitleWhenNoneIsGiven() {
    assertEquals(
        "declaration-de-mission",
        check(new PageDraft("fr", " ", "  Déclaration de mission ", "Texte", null, null)));
    assertEquals("who-we-are", check(new PageDraft("en", "who-we-are ", "About", "", 0, null)));
    assertEquals("t", check(new PageDraft("en", null, "T", "x", 999, null)));
  }

  @Test
  void everyProblemIsReportedAtOnceEachForItsField() {
    assertEquals(
        List.of(
            "title:pages.error.titleEmpty",
            "language:pages.error.language",
            "body:pages.error.bodyEmpty",
            "menuOrder:pages.error.menuOrder",
            "slug:pages.error.slug"),
        refused(new PageDraft("de", null, "   ", null, -1, null)));
  }

  @Test
  void limitsAreTheRulesOwn() {
    assertEquals(
        List.of(
            "title:pages.error.titleLong",
            "body:pages.error.bodyLong",
            "menuOrder:pages.error.menuOrder"),
        refused(
            new PageDraft(
                "en",
                "long",
                "t".repeat(PageRules.TITLE_MAX + 1),
                "b".repeat(PageRules.BODY_MAX + 1),
                PageRules.MENU_MAX + 1,
                null)));
    Rejected.Problem menu =
        assertThrows(PageRejected.class, () -> check(new PageDraft("en", "m", "M", "", 1000, null)))
            .problems()
            .get(0);
    assertEquals(List.of(999), menu.args(), "the message says the largest place");
  }

  @Test
  void anAddressAnotherRouteAnswersOrThatIsNoSlugIsRefused() {
    assertEquals(
        List.of("slug:pages.error.slugReserved"),
        refused(new PageDraft("en", "admin", "Admin", "", null, null)));
    assertEquals(
        List.of("slug:pages.error.slugReserved"),
        refused(new PageDraft("en", null, "Events", "", null, null)),
        "an address made from the title is checked too");
    for (String bad : new String[] {"Who We Are", "../admin", "a/b", "-x"}) {
      assertEquals(
          List.of("slug:pages.error.slug"),
          refused(new PageDraft("en", bad, "Title", "", null, null)),
          bad);
    }
  }
}
