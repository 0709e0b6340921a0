package org.plenum.it.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;
import org.plenum.testkit.Mailbox;
import org.plenum.testkit.Members;

/**
 * Projects in the browser: a London member proposes "Bookfair 2027" in French, a London coordinator
 * approves it on its page, another member asks to join and the initiator accepts; a visitor reads
 * it, and never a proposal; the demo's three projects are listed and on the home page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectsIT {

  @ArquillianResource URL base;

  private Http http() {
    return new Http(base.toString());
  }

  private static void logIn(Browser b, String lang, String username) {
    b.go("/" + lang + "/login");
    b.type(By.id("login:username"), username);
    b.type(By.id("login:password"), Admin.PASSWORD);
    b.clickAndWait(By.id("login:submit"));
  }

  @Test
  void aLondonMemberProposesInFrenchAndALondonCoordinatorApproves() {
    Members.Member initiator =
        Members.via(http()).prefix("bf.").in("iops-london").named("Inès Initiatrice").create();
    Members.Member coordinator =
        Members.via(http())
            .prefix("bf.c.")
            .in("iops-london")
            .named("Colm Coordinator")
            .role("coordinator", "iops-london")
            .create();
    Members.Member joiner =
        Members.via(http()).prefix("bf.j.").in("iops-london").named("Jo Joiner").create();
    Members.Member follower =
        Members.via(http())
            .prefix("bf.f.")
            .in("iops-dublin")
            .named("Fran Follower")
            .withEmail()
            .create();
    Mailbox.start();
    String slug = "bookfair-2027-" + UUID.randomUUID().toString().substring(0, 6);

    try (Browser b = Browser.open(base.toString(), "project-proposal")) {
      logIn(b, "fr", initiator.username());
      b.go("/fr/projects");
      b.clickAndWait(By.id("propose"));
      assertTrue(b.text().contains("Proposer un projet"), b.text());
      b.type(By.id("project:title"), "Bookfair 2027");
      b.clickAndWait(By.id("project:save"));
      assertTrue(b.text().contains("Un résumé est nécessaire"), "refused in French: " + b.text());
      b.screenshot("refused");
      b.type(
          By.id("project:summary"), "Une foire du livre à Londres : stands, salle, camionnette.");
      b.type(By.id("project:description"), "Il nous faut **une camionnette**.");
      new Select(b.find(By.id("project:chapter"))).selectByVisibleText("IOPS London");
      new Select(b.find(By.id("project:language"))).selectByValue("fr");
      b.find(By.id("project:startsOn_input")).sendKeys("2027-03-15", Keys.ESCAPE);
      b.type(By.id("project:slug"), slug);
      b.addToken("project:tags", "foire aux livres");
      b.screenshot("written");
      b.clickAndWait(By.id("project:save"));
      assertEquals("/fr/projects/" + slug, b.path());
      assertEquals("Proposé", b.find(By.id("project-status")).getText());
      assertTrue(b.find(By.id("project-description")).getText().contains("une camionnette"));
      b.screenshot("proposed");
    }
    assertEquals(404, http().get("/fr/projects/" + slug).statusCode(), "visitors do not see it");

    try (Browser b = Browser.open(base.toString(), "project-approval")) {
      logIn(b, "fr", coordinator.username());
      b.go("/fr/projects/mine");
      assertTrue(b.find(By.id("waiting-for-me")).getText().contains("Bookfair 2027"));
      b.go("/fr/projects/" + slug);
      b.clickAndWait(By.id("decision:send-back"));
      assertTrue(
          b.text().contains("Indiquez pourquoi la proposition est renvoyée."),
          "a reason is needed: " + b.text());
      b.screenshot("reason-needed");
      b.clickAndWait(By.id("decision:approve"));
      assertEquals("Actif", b.find(By.id("project-status")).getText());
      assertEquals("Le statut du projet a changé.", b.find(By.id("done")).getText());
      b.screenshot("approved");
    }

    try (Browser b = Browser.open(base.toString(), "project-follow")) {
      logIn(b, "en", follower.username());
      b.go("/en/projects/" + slug);
      new Select(b.find(By.id("follow:mail"))).selectByValue("updates");
      b.clickAndWait(By.id("follow:save"));
      assertEquals("Your choice of mail is saved.", b.find(By.id("done")).getText());
    }

    try (Browser b = Browser.open(base.toString(), "project-plan")) {
      logIn(b, "en", initiator.username());
      b.go("/en/projects/" + slug);
      b.clickAndWait(By.id("edit-plan"));
      b.type(By.id("need:title"), "Someone with a van");
      b.type(By.id("need:details"), "On the morning of the fair, to bring the books.");
      b.clickAndWait(By.id("need:add"));
      assertTrue(b.text().contains("The plan is saved."), b.text());
      b.type(By.id("milestone:title"), "A hall booked");
      b.find(By.id("milestone:due_input")).sendKeys("2027-03-01", Keys.ESCAPE);
      b.clickAndWait(By.id("milestone:add"));
      assertTrue(
          b.text().contains("It cannot be due before the project starts"),
          "before the start: " + b.text());
      b.find(By.id("milestone:due_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2027-04-01");
      b.find(By.id("milestone:due_input")).sendKeys(Keys.ESCAPE);
      b.clickAndWait(By.id("milestone:add"));
      assertTrue(b.text().contains("The plan is saved."), b.text());
      b.type(By.id("task:title"), "Print the posters");
      new Select(b.find(By.id("task:milestone"))).selectByVisibleText("A hall booked");
      b.clickAndWait(By.id("task:add"));
      b.screenshot("planned");
      assertEquals(List.of(), b.consoleErrors());
    }

    try (Browser b = Browser.open(base.toString(), "project-offer")) {
      logIn(b, "en", joiner.username());
      b.go("/en/projects/" + slug);
      assertTrue(b.find(By.id("needs")).getText().contains("Someone with a van"));
      b.type(By.cssSelector("#needs input[type=text]"), "I have a van.");
      b.clickAndWait(By.cssSelector("#needs input[type=submit]"));
      assertEquals("Your offer is sent to the team.", b.find(By.id("done")).getText());
      assertTrue(b.find(By.id("needs")).getText().contains("waiting for a lead"));
      b.screenshot("offered");
    }
    try (Browser b = Browser.open(base.toString(), "project-accept")) {
      logIn(b, "en", initiator.username());
      b.go("/en/projects/" + slug);
      assertTrue(b.find(By.id("needs")).getText().contains("Jo Joiner — “I have a van.”"));
      b.clickAndWait(By.cssSelector("#needs input[id$='accept']"));
      assertTrue(b.find(By.id("team")).getText().contains("Jo Joiner"), "the offer makes a member");
      assertTrue(b.find(By.id("no-need")).isDisplayed(), "one van was needed: the need is filled");
      b.screenshot("accepted");
      b.clickAndWait(By.id("edit-plan"));
      b.type(By.id("task:title"), "Bring the books");
      new Select(b.find(By.id("task:milestone"))).selectByVisibleText("A hall booked");
      new Select(b.find(By.id("task:owner"))).selectByVisibleText("Jo Joiner");
      b.clickAndWait(By.id("task:add"));
      assertEquals(List.of(), b.consoleErrors());
      b.go("/en/projects/" + slug);
      b.type(By.id("update:title"), "We have a van");
      b.type(By.id("update:body"), "Jo brings the books in **a van**.");
      b.clickAndWait(By.id("update:post"));
      assertTrue(b.find(By.id("done")).getText().startsWith("The update is posted"));
      b.screenshot("update-posted");
    }
    String mail = Mailbox.body(Mailbox.await(follower.email(), 1));
    assertTrue(mail.contains("We have a van") && mail.contains("Hello Fran Follower"), mail);
    java.util.regex.Matcher stop =
        java.util.regex.Pattern.compile("/en/projects/" + slug + "/unfollow\\?key=[0-9a-f]{48}")
            .matcher(mail);
    assertTrue(stop.find(), mail);
    try (Browser b = Browser.open(base.toString(), "project-unfollow")) {
      b.go(stop.group());
      b.clickAndWait(By.id("unfollow:stop"));
      assertTrue(b.find(By.id("stopped")).isDisplayed(), b.text());
      b.screenshot("stopped");
      b.go(stop.group());
      b.clickAndWait(By.id("unfollow:stop"));
      assertTrue(b.find(By.id("used")).isDisplayed(), "a link used already says so");
    }
    try (Browser b = Browser.open(base.toString(), "project-task")) {
      logIn(b, "en", joiner.username());
      b.go("/en/projects/" + slug);
      assertTrue(b.text().contains("0 of 2 done"), b.text());
      b.clickAndWait(By.cssSelector("li.task input[type=submit]"));
      assertEquals("The task is done.", b.find(By.id("done")).getText());
      assertTrue(b.text().contains("1 of 2 done"), b.text());
      b.screenshot("task-done");
      b.type(By.id("thread:body"), "Who brings the tables?");
      b.clickAndWait(By.id("thread:send"));
      assertEquals("Your thread is started.", b.find(By.id("done")).getText());
    }
    String thread = messageId(http().get("/en/projects/" + slug).body(), "Who brings the tables?");
    try (Browser b = Browser.open(base.toString(), "project-reply")) {
      logIn(b, "en", initiator.username());
      b.go("/en/projects/" + slug + "?reply=" + thread);
      b.type(
          By.cssSelector("#message-" + thread + " textarea"),
          "The library lends some; @" + joiner.slug() + " can you ask?");
      b.clickAndWait(By.cssSelector("#message-" + thread + " .reply-form input[type=submit]"));
      assertEquals("Your reply is sent.", b.find(By.id("done")).getText());
    }
    String reply = messageId(http().get("/en/projects/" + slug).body(), "The library lends some");
    try (Browser b = Browser.open(base.toString(), "project-reply-to-reply")) {
      logIn(b, "en", joiner.username());
      b.go("/en/projects/" + slug);
      b.clickAndWait(By.cssSelector("#message-" + reply + " a.quote-link"));
      b.type(By.cssSelector("#message-" + reply + " textarea"), "Asked: they say yes, but rudely.");
      b.clickAndWait(By.cssSelector("#message-" + reply + " .reply-form input[type=submit]"));
      assertTrue(
          b.find(By.cssSelector("article.depth-2")).getText().contains("Asked: they say yes"),
          "a reply to a reply, under it");
      assertTrue(b.find(By.cssSelector("article.depth-2 blockquote")).isDisplayed(), "quoting");
      b.screenshot("discussion");
    }
    String rude = messageId(http().get("/en/projects/" + slug).body(), "Asked: they say yes");
    try (Browser b = Browser.open(base.toString(), "project-moderation")) {
      logIn(b, "en", coordinator.username());
      b.go("/en/projects/" + slug);
      b.clickAndWait(By.cssSelector("#message-" + rude + " input[id$='hide']"));
      assertEquals("Done.", b.find(By.id("done")).getText());
      b.clickAndWait(By.cssSelector("#message-" + thread + " input[id$='lock']"));
      assertTrue(b.find(By.id("locked-" + thread)).isDisplayed());
      assertTrue(
          b.find(By.cssSelector("#message-" + rude)).getText().contains("hidden"),
          "the moderators still read it, marked");
      b.screenshot("moderated");
    }
    String page = http().get("/en/projects/" + slug).body();
    assertTrue(page.contains("The library lends some"), page);
    assertFalse(page.contains("they say yes"), "a visitor does not read the hidden reply");
    assertTrue(page.contains("id=\"locked-" + thread + "\""), "the thread shows locked");
    assertTrue(page.contains("1 of 2 done") && page.contains("value=\"50\""), page);
    assertTrue(page.contains("Jo Joiner") && page.contains("Inès Initiatrice"), page);
    assertFalse(page.contains("primefaces"), "a visitor's page carries no component script");
    assertTrue(http().get("/en/projects?chapter=iops-england").body().contains(slug));
    assertTrue(page.contains("?tag=foire-aux-livres"), "the tag given in the proposal");

    // found by the search, from the French and the English pages
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> http().get("/fr/search?q=camionnette").body().contains(slug));
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> http().get("/en/search?q=Bookfair").body().contains(slug));
    try (Browser b = Browser.open(base.toString(), "project-found")) {
      b.go("/fr/search?q=camionnette");
      assertTrue(b.text().contains("Bookfair 2027"), b.text());
      b.screenshot("fr");
      b.go("/en/search?q=Bookfair");
      assertTrue(b.text().contains("Bookfair 2027"), b.text());
      b.screenshot("en");
    }
  }

  /** The id of the discussion's message holding a text, read from a project's page. */
  private static String messageId(String page, String text) {
    int at = page.indexOf(text);
    assertTrue(at > 0, "no message " + text + " in " + page);
    int start = page.lastIndexOf("id=\"message-", at);
    return page.substring(start + "id=\"message-".length(), page.indexOf('"', start + 12));
  }

  @Test
  void theDemosThreeProjectsAreListedAndOnTheHomePage() {
    String list = http().get("/en/projects").body();
    for (String title : List.of("Live Talks", "Love Unriot", "The universal exchange unit")) {
      assertTrue(list.contains(title), title + " in " + list);
    }
    String home = http().get("/en/").body();
    assertTrue(home.contains("id=\"latest-projects\"") && home.contains("/en/projects/"), home);
    assertTrue(http().get("/sitemap.xml").body().contains("/projects/love-unriot"));
    String fr = http().get("/fr/projects/live-talks").body();
    assertTrue(fr.contains("Toute la fédération") && fr.contains("Équipe"), fr);
    assertTrue(fr.contains("Envie d’organiser une conférence en ligne"), "its French translation");
    String en = http().get("/en/projects/live-talks").body();
    assertTrue(en.contains("Want to organize an online talk?"), en);
    assertTrue(en.contains("Subtitles in three languages"), "two updates");
    assertTrue(
        en.contains("What topic should the next talk take?")
            && en.contains("invite someone from the exchange")
            && en.contains("depth-2"),
        "a short discussion, with a reply to a reply");
    assertTrue(en.contains("?tag=talks"), "its tags");
  }
}
