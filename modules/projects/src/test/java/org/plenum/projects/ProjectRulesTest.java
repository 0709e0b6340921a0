package org.plenum.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenum.api.Rejected;

class ProjectRulesTest {

  private final ProjectRules rules =
      new ProjectRules(Set.of("en", "fr")::contains, Map.of("iops-london", 7L)::get);

  private static ProjectDraft draft(String title, String summary, String lang, String chapter) {
    return new ProjectDraft(
        title, null, summary, null, lang, chapter, LocalDate.of(2027, 4, 17), null);
  }

  @Test
  void aDraftIsTrimmedItsAddressMadeFromTheTitleAndItsChapterFound() {
    ProjectDraft.Checked c =
        rules.check(draft("  Bookfair 2027 ", " Stalls, a hall, a van. ", "fr", "iops-london"));
    assertEquals("Bookfair 2027", c.title());
    assertEquals("bookfair-2027", c.slug());
    assertEquals("Stalls, a hall, a van.", c.summary());
    assertEquals(7L, c.chapterId());
    assertNull(rules.check(draft("Live", "Talks", "en", " ")).chapterId(), "the federation");
  }

  @Test
  void everyProblemIsNamedWithItsFieldAtOnce() {
    Rejected r =
        assertThrows(
            Rejected.class, () -> rules.check(draft(" ", "x".repeat(301), "xx", "atlantis")));
    assertEquals(
        List.of("title", "summary", "slug", "language", "chapter"),
        r.problems().stream().map(Rejected.Problem::field).toList());
    assertFalse(r.conflict());
  }

  @Test
  void anAddressTheListsOrTheApiUseIsRefused() {
    for (String taken : List.of("mine", "new", "waiting")) {
      Rejected r =
          assertThrows(
              Rejected.class,
              () -> rules.check(new ProjectDraft("Mine", taken, "s", null, "en", null, null, null)),
              taken);
      assertEquals("projects.error.slug", r.problems().get(0).key());
    }
  }

  @Test
  void tagsAreTrimmedKeptOnceAndRefusedWhenTooLongEmptyOrTooMany() {
    ProjectDraft d =
        new ProjectDraft(
            "Fair",
            null,
            "s",
            null,
            "en",
            null,
            null,
            java.util.Arrays.asList(" books ", "books", "", null, "London  fair"));
    assertEquals(Set.of("books", "London fair"), rules.check(d).tags());
    assertEquals(null, rules.check(draft("Fair", "s", "en", null)).tags(), "left as they are");
    for (List<String> bad :
        List.of(
            List.of("x".repeat(51)),
            List.of("!!!"),
            java.util.stream.IntStream.range(0, 11).mapToObj(i -> "t" + i).toList())) {
      Rejected r =
          assertThrows(
              Rejected.class,
              () -> rules.check(new ProjectDraft("Fair", null, "s", null, "en", null, null, bad)));
      assertEquals("tags", r.problems().get(0).field(), bad.toString());
    }
  }

  @Test
  void aTextThatGrowsPastItsRoomOnceRenderedIsRefusedNotStored() {
    assertEquals("<p>ok</p>", ProjectRules.rendered("<p>ok</p>", 5, "body", "k"));
    Rejected r =
        assertThrows(Rejected.class, () -> ProjectRules.rendered("x".repeat(51), 5, "body", "k"));
    assertEquals("body", r.problems().get(0).field());
  }

  @Test
  void onlyTheStepsOfAProjectsLifeExist() {
    assertTrue(ProjectStatus.PROPOSED.leadsTo(ProjectStatus.ACTIVE));
    assertTrue(ProjectStatus.RETURNED.leadsTo(ProjectStatus.PROPOSED));
    assertTrue(ProjectStatus.PAUSED.leadsTo(ProjectStatus.ACTIVE));
    assertFalse(ProjectStatus.PROPOSED.leadsTo(ProjectStatus.DONE), "approve first");
    assertFalse(ProjectStatus.ACTIVE.leadsTo(ProjectStatus.PROPOSED));
    assertFalse(ProjectStatus.DROPPED.leadsTo(ProjectStatus.ACTIVE), "dropped stays dropped");
    Rejected r =
        assertThrows(
            Rejected.class,
            () -> ProjectRules.step(ProjectStatus.DROPPED, ProjectStatus.ACTIVE, null));
    assertTrue(r.conflict(), "a 409: the project is not where the step starts");
    assertEquals("projects.error.step", r.problems().get(0).key());
  }

  @Test
  void aProposalIsSentBackWithAReasonOnly() {
    Rejected r =
        assertThrows(
            Rejected.class,
            () -> ProjectRules.step(ProjectStatus.PROPOSED, ProjectStatus.RETURNED, "  "));
    assertEquals("projects.error.reason", r.problems().get(0).key());
    assertEquals(
        "Find a hall first.",
        ProjectRules.step(ProjectStatus.PROPOSED, ProjectStatus.RETURNED, " Find a hall first. "));
    assertNull(ProjectRules.step(ProjectStatus.PROPOSED, ProjectStatus.ACTIVE, null));
  }

  @Test
  void onlyApprovedProjectsArePublic() {
    assertFalse(ProjectStatus.PROPOSED.isPublic());
    assertFalse(ProjectStatus.RETURNED.isPublic());
    assertTrue(ProjectStatus.ACTIVE.isPublic());
    assertTrue(ProjectStatus.DONE.isPublic());
  }
}
