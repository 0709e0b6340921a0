package org.plenum.it.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenum.testkit.Admin;
import org.plenum.testkit.FormSession;
import org.plenum.testkit.Http;
import org.plenum.testkit.Mailbox;
import org.plenum.testkit.Members;

/**
 * The projects' API: a proposal seen by its initiator and its approvers only, approved by the
 * coordinators of its chapter and no one else; its steps, its team; every kind of bad input
 * answered with a clear 4xx in the reader's language, leaving nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectsApiIT {

  @ArquillianResource URL base;

  private Http http() {
    return new Http(base.toString());
  }

  private static JsonObject json(HttpResponse<String> r) {
    return Http.parse(r.body()).asJsonObject();
  }

  private Members.Member member(String chapter) {
    return Members.via(http()).prefix("proj.").in(chapter).status("member").create();
  }

  private Members.Member coordinator(String chapter) {
    return Members.via(http())
        .prefix("proj.c.")
        .in(chapter)
        .status("member")
        .role("coordinator", chapter)
        .create();
  }

  private HttpResponse<String> send(String method, String path, String body, String auth) {
    return auth == null
        ? http().json(method, path, body, "Accept-Language", "en")
        : http().json(method, path, body, "Authorization", auth, "Accept-Language", "en");
  }

  private HttpResponse<String> get(String path, String auth) {
    return auth == null ? http().get(path) : http().get(path, "Authorization", auth);
  }

  private static String proposal(String slug, String chapter) {
    return "{\"title\":\"Foire du livre "
        + slug
        + "\",\"slug\":\""
        + slug
        + "\",\"summary\":\"Une foire du livre à Londres : il nous faut des stands et une camionnette.\""
        + ",\"description\":\"**Qui** : nous tous.<script>alert(1)</script>\",\"language\":\"fr\""
        + (chapter == null ? "" : ",\"chapter\":\"" + chapter + "\"")
        + ",\"startsOn\":\"2027-04-17\"}";
  }

  private static String slug() {
    return "bookfair-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aProposalIsSeenByItsInitiatorAndApprovedByItsChaptersCoordinatorsOnly() {
    Members.Member initiator = member("iops-london");
    Members.Member other = member("iops-london");
    Members.Member dublin = coordinator("iops-dublin");
    Members.Member london = coordinator("iops-london");
    String slug = slug();

    HttpResponse<String> made =
        send("POST", "/api/v1/projects", proposal(slug, "iops-london"), initiator.authorization());
    assertEquals(201, made.statusCode(), made.body());
    assertTrue(made.headers().firstValue("Location").orElse("").endsWith("/projects/" + slug));
    JsonObject p = json(made);
    assertEquals("proposed", p.getString("status"));
    assertEquals("iops-london", p.getString("chapter"));
    assertFalse(p.getString("descriptionHtml").contains("<script"), p.getString("descriptionHtml"));
    assertEquals("lead", p.getJsonArray("team").getJsonObject(0).getString("role"));
    assertEquals(initiator.slug(), p.getJsonObject("initiator").getString("member"));

    String path = "/api/v1/projects/" + slug;
    assertEquals(404, get(path, null).statusCode(), "a visitor does not see a proposal");
    assertEquals(404, get(path, other.authorization()).statusCode(), "nor another member");
    assertEquals(404, http().get("/en/projects/" + slug).statusCode(), "nor its page");
    assertFalse(get("/api/v1/projects?chapter=iops-london", null).body().contains(slug));
    assertEquals(200, get(path, london.authorization()).statusCode(), "its approvers do");
    assertTrue(
        get("/api/v1/projects/waiting", london.authorization()).body().contains(slug),
        "it waits for the London coordinator");
    assertFalse(get("/api/v1/projects/waiting", dublin.authorization()).body().contains(slug));

    String token = slug.substring("bookfair-".length());
    String search = "/api/v1/search?type=project&q=" + token;
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> get(search, initiator.authorization()).body().contains(slug));
    assertTrue(get(search, london.authorization()).body().contains(slug), "its approvers find it");
    assertFalse(get(search, null).body().contains(slug), "a visitor does not find a proposal");
    assertFalse(get(search, other.authorization()).body().contains(slug), "nor another member");

    String approve = "{\"status\":\"active\"}";
    assertEquals(
        403, send("POST", path + "/status", approve, initiator.authorization()).statusCode());
    assertEquals(404, send("POST", path + "/status", approve, other.authorization()).statusCode());
    assertEquals(404, send("POST", path + "/status", approve, dublin.authorization()).statusCode());
    assertEquals(404, send("POST", path + "/status", approve, null).statusCode());

    HttpResponse<String> approved = send("POST", path + "/status", approve, london.authorization());
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("active", json(approved).getString("status"));
    assertEquals(200, get(path, null).statusCode(), "approved, it is public");
    assertTrue(
        get("/api/v1/projects?chapter=iops-united-kingdom", null).body().contains(slug),
        "listed with the chapters above London's");
    assertFalse(get("/api/v1/projects?chapter=iops-australia", null).body().contains(slug));
    HttpResponse<String> page = http().get("/fr/projects/" + slug);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Foire du livre " + slug), page.body());
    assertTrue(page.body().contains("Actif"), "its status in French");
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> get(search, null).body().contains(slug));
    assertTrue(
        http().get("/en/search?q=" + token).body().contains("Foire du livre " + slug),
        "found by visitors, from the English pages too");
  }

  @Test
  void aProposalSentBackWaitsForItsInitiatorToChangeIt() {
    Members.Member initiator = member("iops-london");
    Members.Member london = coordinator("iops-london");
    String slug = slug();
    String path = "/api/v1/projects/" + slug;
    assertEquals(
        201,
        send("POST", "/api/v1/projects", proposal(slug, "iops-london"), initiator.authorization())
            .statusCode());

    HttpResponse<String> noReason =
        send("POST", path + "/status", "{\"status\":\"returned\"}", london.authorization());
    assertEquals(400, noReason.statusCode());
    assertTrue(noReason.body().contains("Say why the proposal is sent back."), noReason.body());

    HttpResponse<String> back =
        send(
            "POST",
            path + "/status",
            "{\"status\":\"returned\",\"reason\":\"Find a hall first.\"}",
            london.authorization());
    assertEquals(200, back.statusCode(), back.body());
    assertEquals("Find a hall first.", json(back).getString("statusReason"));

    String withdrawn = slug();
    assertEquals(
        201,
        send(
                "POST",
                "/api/v1/projects",
                proposal(withdrawn, "iops-london"),
                initiator.authorization())
            .statusCode());
    assertEquals(
        200,
        send(
                "POST",
                "/api/v1/projects/" + withdrawn + "/status",
                "{\"status\":\"dropped\",\"reason\":\"Not this year.\"}",
                initiator.authorization())
            .statusCode(),
        "its initiator withdraws a proposal");
    assertEquals(
        404,
        get("/api/v1/projects/" + withdrawn, null).statusCode(),
        "a proposal withdrawn was never approved: it stays out of sight");
    assertFalse(get("/api/v1/projects?status=dropped&max=100", null).body().contains(withdrawn));

    JsonObject mine = json(get(path, initiator.authorization()));
    assertEquals("returned", mine.getString("status"));
    String changed =
        proposal(slug, "iops-london")
            .replace(
                "\"startsOn\"", "\"version\":" + mine.getJsonNumber("version") + ",\"startsOn\"");
    HttpResponse<String> again = send("PUT", path, changed, initiator.authorization());
    assertEquals(200, again.statusCode(), again.body());
    assertEquals("proposed", json(again).getString("status"), "changed, it is proposed again");
  }

  @Test
  void onlyTheStepsOfAProjectsLifeAreTakenAndBadInputIsRefusedInTheReadersLanguage() {
    Members.Member initiator = member("iops-london");
    Members.Member london = coordinator("iops-london");
    String admin = Admin.authorization(http());
    String slug = slug();
    String path = "/api/v1/projects/" + slug;

    HttpResponse<String> bad =
        http()
            .json(
                "POST",
                "/api/v1/projects",
                "{\"title\":\" \",\"summary\":\"\",\"language\":\"xx\",\"chapter\":\"atlantis\"}",
                "Authorization",
                initiator.authorization(),
                "Accept-Language",
                "fr");
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("Un titre est nécessaire"), bad.body());
    assertTrue(bad.body().contains("Cette section n’existe pas."), bad.body());
    assertFalse(bad.body().contains("Exception"));
    HttpResponse<String> day =
        send(
            "POST",
            "/api/v1/projects",
            proposal(slug, null).replace("2027-04-17", "17/04/2027"),
            initiator.authorization());
    assertEquals(400, day.statusCode());
    assertTrue(day.body().contains("takes a day such as 2027-04-17"), day.body());
    assertEquals(404, get(path, admin).statusCode(), "nothing was written");

    assertEquals(
        201,
        send("POST", "/api/v1/projects", proposal(slug, null), initiator.authorization())
            .statusCode());
    assertEquals(
        404,
        send("POST", path + "/status", "{\"status\":\"active\"}", london.authorization())
            .statusCode(),
        "a project of the whole federation is not a London coordinator's to approve");
    HttpResponse<String> unknown =
        send("POST", path + "/status", "{\"status\":\"finished\"}", admin);
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("dropped"), unknown.body());
    HttpResponse<String> skip = send("POST", path + "/status", "{\"status\":\"done\"}", admin);
    assertEquals(409, skip.statusCode(), "a proposal is approved before it is done");
    assertTrue(skip.body().contains("cannot take that status"), skip.body());
    assertEquals(
        200, send("POST", path + "/status", "{\"status\":\"active\"}", admin).statusCode());
    assertEquals(
        409,
        send("POST", path + "/status", "{\"status\":\"proposed\"}", initiator.authorization())
            .statusCode(),
        "an approved project is not proposed again");
    assertEquals(
        409,
        send("POST", "/api/v1/projects", proposal(slug, null), initiator.authorization())
            .statusCode(),
        "the address is taken");
    HttpResponse<String> paused =
        send("POST", path + "/status", "{\"status\":\"paused\"}", initiator.authorization());
    assertEquals(200, paused.statusCode(), "its lead pauses it: " + paused.body());
    HttpResponse<String> stale =
        send(
            "PUT",
            path,
            proposal(slug, null).replace("\"startsOn\"", "\"version\":0,\"startsOn\""),
            initiator.authorization());
    assertEquals(409, stale.statusCode(), "a change from an old copy: " + stale.body());
  }

  @Test
  void membersAskToJoinLeadsAcceptAndATeamKeepsALead() {
    Members.Member lead = member("iops-london");
    Members.Member joiner = member("iops-london");
    Members.Member stranger = member("iops-dublin");
    String admin = Admin.authorization(http());
    String slug = slug();
    String path = "/api/v1/projects/" + slug;
    assertEquals(
        201,
        send("POST", "/api/v1/projects", proposal(slug, "iops-london"), lead.authorization())
            .statusCode());
    HttpResponse<String> early = send("POST", path + "/team", "{}", lead.authorization());
    assertEquals(409, early.statusCode(), "a proposal takes no members yet: " + early.body());
    assertEquals(
        200, send("POST", path + "/status", "{\"status\":\"active\"}", admin).statusCode());

    HttpResponse<String> asked = send("POST", path + "/team", "{}", joiner.authorization());
    assertEquals(200, asked.statusCode(), asked.body());
    assertEquals("asked", json(asked).getString("state"));
    assertFalse(
        get(path + "/team", null).body().contains(joiner.slug()), "who asked is for the leads");
    assertTrue(get(path + "/team", lead.authorization()).body().contains(joiner.slug()));
    HttpResponse<String> twice = send("POST", path + "/team", "{}", joiner.authorization());
    assertEquals(409, twice.statusCode());
    assertTrue(twice.body().contains("in the team already"), twice.body());

    String accept = path + "/team/" + joiner.slug() + "/accept";
    assertEquals(
        403, send("POST", accept, "{}", stranger.authorization()).statusCode(), "not a lead");
    HttpResponse<String> accepted = send("POST", accept, "{}", lead.authorization());
    assertEquals(200, accepted.statusCode(), accepted.body());
    assertEquals("active", json(accepted).getString("state"));

    HttpResponse<String> demoted =
        send("PUT", path + "/team/" + lead.slug(), "{\"role\":\"member\"}", lead.authorization());
    assertEquals(409, demoted.statusCode());
    assertTrue(demoted.body().contains("at least one lead"), demoted.body());
    assertEquals(
        400,
        send("PUT", path + "/team/" + joiner.slug(), "{\"role\":\"boss\"}", lead.authorization())
            .statusCode());
    assertEquals(
        200,
        send("PUT", path + "/team/" + joiner.slug(), "{\"role\":\"lead\"}", lead.authorization())
            .statusCode());
    assertEquals(
        204,
        send("DELETE", path + "/team/" + lead.slug(), null, lead.authorization()).statusCode(),
        "with another lead, the first may leave");
    JsonObject p = json(get(path, null));
    assertEquals(1, p.getJsonArray("team").size());
    assertEquals(joiner.slug(), p.getJsonArray("team").getJsonObject(0).getString("member"));
    assertEquals(
        404,
        send("POST", path + "/team", "{\"member\":\"nobody-here\"}", joiner.authorization())
            .statusCode());
  }

  @Test
  void theLeadsPlanATaskIsOwnedByTheTeamAndItsOwnerClosesIt() {
    Members.Member lead = member("iops-london");
    Members.Member helper = member("iops-london");
    Members.Member stranger = member("iops-london");
    String admin = Admin.authorization(http());
    String slug = slug();
    String path = "/api/v1/projects/" + slug;
    assertEquals(
        201,
        send("POST", "/api/v1/projects", proposal(slug, "iops-london"), lead.authorization())
            .statusCode());
    assertEquals(
        200, send("POST", path + "/status", "{\"status\":\"active\"}", admin).statusCode());

    HttpResponse<String> early =
        send(
            "POST",
            path + "/plan/milestones",
            "{\"title\":\"A hall\",\"dueOn\":\"2027-01-01\"}",
            lead.authorization());
    assertEquals(400, early.statusCode());
    assertTrue(early.body().contains("before the project starts (2027-04-17)"), early.body());
    assertEquals(
        403,
        send(
                "POST",
                path + "/plan/milestones",
                "{\"title\":\"A hall\",\"dueOn\":\"2027-05-01\"}",
                stranger.authorization())
            .statusCode(),
        "only its leads plan");
    HttpResponse<String> milestone =
        send(
            "POST",
            path + "/plan/milestones",
            "{\"title\":\"A hall\",\"dueOn\":\"2027-05-01\"}",
            lead.authorization());
    assertEquals(201, milestone.statusCode(), milestone.body());
    long m = json(milestone).getJsonNumber("id").longValue();

    String task =
        "{\"title\":\"Ask the library\",\"milestone\":"
            + m
            + ",\"owner\":\""
            + helper.slug()
            + "\"}";
    HttpResponse<String> outsider = send("POST", path + "/plan/tasks", task, lead.authorization());
    assertEquals(400, outsider.statusCode(), "not in the team yet");
    assertTrue(outsider.body().contains("member of the team"), outsider.body());
    assertEquals(200, send("POST", path + "/team", "{}", helper.authorization()).statusCode());
    assertEquals(
        200,
        send("POST", path + "/team/" + helper.slug() + "/accept", "{}", lead.authorization())
            .statusCode());
    HttpResponse<String> made = send("POST", path + "/plan/tasks", task, lead.authorization());
    assertEquals(201, made.statusCode(), made.body());
    long t = json(made).getJsonNumber("id").longValue();
    assertEquals(
        201,
        send("POST", path + "/plan/tasks", "{\"title\":\"Print posters\"}", lead.authorization())
            .statusCode());

    assertEquals(
        403,
        send(
                "PUT",
                path + "/plan/tasks/" + t + "/done",
                "{\"done\":true}",
                stranger.authorization())
            .statusCode(),
        "neither its owner nor a lead");
    HttpResponse<String> closed =
        send("PUT", path + "/plan/tasks/" + t + "/done", "{\"done\":true}", helper.authorization());
    assertEquals(200, closed.statusCode(), closed.body());
    assertTrue(json(closed).getBoolean("done"));
    assertEquals(
        404,
        send("PUT", path + "/plan/tasks/999999999/done", "{\"done\":true}", lead.authorization())
            .statusCode());

    JsonObject plan = json(get(path + "/plan", null));
    assertEquals(50, plan.getJsonObject("progress").getInt("percent"), plan.toString());
    assertEquals(
        helper.slug(),
        plan.getJsonArray("tasks").getJsonObject(0).getJsonObject("owner").getString("member"));
    assertEquals(1, plan.getJsonArray("milestones").size());
  }

  @Test
  void aNeedIsFilledByOffersTheLeadsAcceptAndThenClosed() {
    Members.Member lead = member("iops-london");
    Members.Member van = member("iops-london");
    Members.Member late = member("iops-london");
    String admin = Admin.authorization(http());
    String slug = slug();
    String path = "/api/v1/projects/" + slug;
    assertEquals(
        201,
        send("POST", "/api/v1/projects", proposal(slug, "iops-london"), lead.authorization())
            .statusCode());
    assertEquals(
        200, send("POST", path + "/status", "{\"status\":\"active\"}", admin).statusCode());
    String need = "{\"title\":\"Someone with a van\",\"places\":1}";
    assertEquals(403, send("POST", path + "/needs", need, van.authorization()).statusCode());
    HttpResponse<String> none =
        send("POST", path + "/needs", "{\"title\":\"Vans\",\"places\":0}", lead.authorization());
    assertEquals(400, none.statusCode());
    assertTrue(none.body().contains("from 1 to 50"), none.body());
    HttpResponse<String> made = send("POST", path + "/needs", need, lead.authorization());
    assertEquals(201, made.statusCode(), made.body());
    long id = json(made).getJsonNumber("id").longValue();
    assertTrue(get("/api/v1/projects?help=true&max=100", null).body().contains(slug));

    String offers = path + "/needs/" + id + "/offers";
    assertEquals(
        200,
        send("POST", offers, "{\"message\":\"I have a van.\"}", van.authorization()).statusCode());
    HttpResponse<String> twice = send("POST", offers, "{}", van.authorization());
    assertEquals(409, twice.statusCode());
    assertTrue(twice.body().contains("offered to help with this already"), twice.body());
    assertEquals(200, send("POST", offers, "{}", late.authorization()).statusCode());
    JsonObject seen = json(get(path + "/needs", late.authorization()));
    assertEquals(
        1,
        seen.getJsonArray("needs").getJsonObject(0).getJsonArray("offers").size(),
        "a member sees their own offer only");
    assertEquals(
        2,
        json(get(path + "/needs", lead.authorization()))
            .getJsonArray("needs")
            .getJsonObject(0)
            .getJsonArray("offers")
            .size(),
        "the leads see them all");

    assertEquals(
        403,
        send("POST", offers + "/" + van.slug() + "/accept", "{}", late.authorization())
            .statusCode());
    HttpResponse<String> accepted =
        send("POST", offers + "/" + van.slug() + "/accept", "{}", lead.authorization());
    assertEquals(200, accepted.statusCode(), accepted.body());
    assertEquals("accepted", json(accepted).getString("state"));
    assertTrue(json(get(path, null)).getJsonArray("team").toString().contains(van.slug()));
    HttpResponse<String> full =
        send("POST", offers + "/" + late.slug() + "/accept", "{}", lead.authorization());
    assertEquals(409, full.statusCode(), "its one place is filled: " + full.body());
    assertFalse(get("/api/v1/projects?help=true&max=100", null).body().contains(slug));
    assertEquals(
        204, send("DELETE", offers + "/" + late.slug(), null, late.authorization()).statusCode());
    assertEquals(
        404,
        send("POST", path + "/needs/999999999/offers", "{}", late.authorization()).statusCode());
  }

  @Test
  void anUpdateReachesTheFollowersByMailAndItsLinkStopsTheMail() {
    Mailbox.start();
    Members.Member lead = member("iops-london");
    Members.Member outsider = member("iops-london");
    Members.Member follower =
        Members.via(http()).prefix("proj.f.").in("iops-dublin").withEmail().create();
    String admin = Admin.authorization(http());
    String slug = slug();
    String path = "/api/v1/projects/" + slug;
    assertEquals(
        201,
        send("POST", "/api/v1/projects", proposal(slug, "iops-london"), lead.authorization())
            .statusCode());
    String update =
        "{\"title\":\"We have a hall\",\"body\":\"The library lends us its **hall**.\"}";
    assertEquals(
        409,
        send("POST", path + "/updates", update, lead.authorization()).statusCode(),
        "a proposal posts no update");
    assertEquals(404, http().get("/feeds/projects/" + slug + ".atom").statusCode());
    assertEquals(
        200, send("POST", path + "/status", "{\"status\":\"active\"}", admin).statusCode());

    HttpResponse<String> follows =
        send("PUT", path + "/following", "{\"updates\":true}", follower.authorization());
    assertEquals(200, follows.statusCode(), follows.body());
    assertTrue(json(follows).getBoolean("updates"));
    assertEquals(401, send("PUT", path + "/following", "{\"updates\":true}", null).statusCode());
    assertEquals(
        403,
        send("POST", path + "/updates", update, outsider.authorization()).statusCode(),
        "not in the team");
    HttpResponse<String> posted = send("POST", path + "/updates", update, lead.authorization());
    assertEquals(201, posted.statusCode(), posted.body());
    assertTrue(json(posted).getString("bodyHtml").contains("<strong>hall</strong>"));

    MimeMessage mail = Mailbox.await(follower.email(), 1);
    String text = Mailbox.body(mail);
    assertTrue(
        text.contains("We have a hall") && text.contains("The library lends us its hall"), text);
    java.util.regex.Matcher stop =
        java.util.regex.Pattern.compile("/en/projects/" + slug + "/unfollow\\?key=[0-9a-f]{48}")
            .matcher(text);
    assertTrue(stop.find(), "a link stops the mail: " + text);
    HttpResponse<String> page = http().get(stop.group());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Stop the mails"), page.body());

    HttpResponse<String> feed = http().get("/feeds/projects/" + slug + ".atom");
    assertEquals(200, feed.statusCode());
    assertTrue(feed.body().contains("We have a hall"), feed.body());
    assertTrue(http().get("/feeds/projects/" + slug + ".rss").body().contains("<rss"));
    assertEquals(
        "We have a hall",
        json(get(path + "/updates", null))
            .getJsonArray("updates")
            .getJsonObject(0)
            .getString("title"));
  }

  @Test
  void aDiscussionTakesRepliesToRepliesTellsWhomItNamesAndIsModerated() {
    Mailbox.start();
    Members.Member lead = member("iops-london");
    Members.Member mate =
        Members.via(http()).prefix("proj.m.").in("iops-london").withEmail().create();
    Members.Member other = member("iops-dublin");
    Members.Member london = coordinator("iops-london");
    Members.Member dublin = coordinator("iops-dublin");
    String admin = Admin.authorization(http());
    String slug = slug();
    String path = "/api/v1/projects/" + slug;
    String talk = path + "/discussion";
    assertEquals(
        201,
        send("POST", "/api/v1/projects", proposal(slug, "iops-london"), lead.authorization())
            .statusCode());
    assertEquals(
        409,
        send("POST", talk, "{\"body\":\"Too early\"}", lead.authorization()).statusCode(),
        "a proposal has no discussion yet");
    assertEquals(
        404,
        send("POST", talk, "{\"body\":\"Too early\"}", other.authorization()).statusCode(),
        "nor is it seen by others");
    assertEquals(
        200, send("POST", path + "/status", "{\"status\":\"active\"}", admin).statusCode());
    assertEquals(200, send("POST", path + "/team", "{}", mate.authorization()).statusCode());
    assertEquals(
        200,
        send("POST", path + "/team/" + mate.slug() + "/accept", "{}", lead.authorization())
            .statusCode());

    HttpResponse<String> thread =
        send("POST", talk, "{\"body\":\"Who has a van?\"}", other.authorization());
    assertEquals(201, thread.statusCode(), thread.body());
    long t = json(thread).getJsonNumber("id").longValue();
    assertEquals(t, json(thread).getJsonNumber("thread").longValue());
    HttpResponse<String> first =
        send(
            "POST",
            talk,
            "{\"body\":\"My cousin has one.\",\"parent\":" + t + "}",
            mate.authorization());
    assertEquals(201, first.statusCode(), first.body());
    long r1 = json(first).getJsonNumber("id").longValue();
    HttpResponse<String> second =
        send(
            "POST",
            talk,
            "{\"body\":\"Ask them, @" + mate.slug() + ".\",\"parent\":" + r1 + ",\"quote\":true}",
            lead.authorization());
    assertEquals(201, second.statusCode(), second.body());
    long r2 = json(second).getJsonNumber("id").longValue();
    assertTrue(json(second).getString("bodyHtml").contains("<blockquote>"), second.body());
    String mention = Mailbox.body(Mailbox.await(mate.email(), 1));
    assertTrue(mention.contains("mentioned you") && mention.contains("Ask them"), mention);

    assertEquals(
        403,
        send("PUT", talk + "/" + r2, "{\"body\":\"Not mine\"}", other.authorization()).statusCode(),
        "no one changes another's message");
    HttpResponse<String> edited =
        send("PUT", talk + "/" + r2, "{\"body\":\"Ask them, please.\"}", lead.authorization());
    assertEquals(200, edited.statusCode(), edited.body());
    assertTrue(json(edited).containsKey("editedAt"));

    assertEquals(
        204, send("POST", talk + "/" + r1 + "/reports", "{}", other.authorization()).statusCode());
    assertEquals(
        409, send("POST", talk + "/" + r1 + "/reports", "{}", other.authorization()).statusCode());
    assertEquals(
        403,
        send("PUT", talk + "/" + r1 + "/moderation", "{\"hidden\":true}", dublin.authorization())
            .statusCode(),
        "not a coordinator of London");
    assertEquals(
        200,
        send("PUT", talk + "/" + r1 + "/moderation", "{\"hidden\":true}", london.authorization())
            .statusCode());
    String seen = get(talk, null).body();
    assertTrue(seen.contains("Who has a van?"), seen);
    assertFalse(
        seen.contains("My cousin") || seen.contains("Ask them"),
        "hidden, with its replies: " + seen);
    JsonObject moderated = json(get(talk, london.authorization()));
    assertEquals(3, moderated.getJsonArray("messages").size());
    assertEquals(1, moderated.getJsonArray("messages").getJsonObject(1).getInt("reports"));
    assertEquals(2, moderated.getJsonArray("messages").getJsonObject(2).getInt("depth"));
    HttpResponse<String> below =
        send(
            "POST",
            talk,
            "{\"body\":\"Quoting\",\"parent\":" + r2 + ",\"quote\":true}",
            other.authorization());
    assertEquals(409, below.statusCode(), "what lies under a hidden message is not quoted");
    assertFalse(below.body().contains("Ask them"), below.body());
    HttpResponse<String> toHidden =
        send("POST", talk, "{\"body\":\"Still?\",\"parent\":" + r1 + "}", other.authorization());
    assertEquals(409, toHidden.statusCode());
    assertTrue(toHidden.body().contains("hidden"), toHidden.body());

    assertEquals(
        409,
        send("PUT", talk + "/" + r2 + "/moderation", "{\"locked\":true}", london.authorization())
            .statusCode(),
        "a reply is not a thread");
    assertEquals(
        200,
        send("PUT", talk + "/" + t + "/moderation", "{\"locked\":true}", lead.authorization())
            .statusCode());
    HttpResponse<String> locked =
        send("POST", talk, "{\"body\":\"Hello?\",\"parent\":" + t + "}", other.authorization());
    assertEquals(409, locked.statusCode());
    assertTrue(locked.body().contains("locked"), locked.body());

    Members.Member supporter =
        Members.via(http()).prefix("proj.s.").in("iops-london").status("supporter").create();
    assertEquals(
        403,
        send("POST", talk, "{\"body\":\"Hi\"}", supporter.authorization()).statusCode(),
        "taking part is for those who hold the permission");
    assertEquals(
        200,
        send("PUT", path + "/following", "{\"updates\":true}", supporter.authorization())
            .statusCode(),
        "following is for anyone signed in");
    int status = 0;
    for (int i = 0; i < 5 && status != 429; i++) {
      status =
          send("POST", talk, "{\"body\":\"Thread " + i + "\"}", other.authorization()).statusCode();
    }
    assertEquals(429, status, "five messages in ten minutes, then wait");
    assertEquals(204, send("DELETE", talk + "/" + t, null, london.authorization()).statusCode());
    assertFalse(get(talk, london.authorization()).body().contains("Who has a van?"));
  }

  @Test
  void textsThatGrowOnceRenderedOddAddressesAndRacesAreAnsweredWithoutAServerError()
      throws Exception {
    Members.Member lead = member("iops-london");
    Members.Member other = member("iops-london");
    String admin = Admin.authorization(http());
    String slug = slug();
    String path = "/api/v1/projects/" + slug;
    String amps = "&".repeat(19_900);
    HttpResponse<String> proposed =
        send(
            "POST",
            "/api/v1/projects",
            proposal(slug, "iops-london").replace("**Qui** : nous tous.", amps),
            lead.authorization());
    assertEquals(201, proposed.statusCode(), "a description as long as allowed");
    assertEquals(
        200, send("POST", path + "/status", "{\"status\":\"active\"}", admin).statusCode());
    String talk = path + "/discussion";
    HttpResponse<String> thread =
        send("POST", talk, "{\"body\":\"" + "&".repeat(10_000) + "\"}", lead.authorization());
    assertEquals(
        201, thread.statusCode(), "a message as long as allowed, rendered five times as long");
    long t = json(thread).getJsonNumber("id").longValue();
    HttpResponse<String> quoting =
        send(
            "POST",
            talk,
            "{\"body\":\"" + "<".repeat(10_000) + "\",\"parent\":" + t + ",\"quote\":true}",
            other.authorization());
    assertEquals(201, quoting.statusCode(), "a long reply quoting a long message");
    assertTrue(json(quoting).getString("bodyHtml").contains("<blockquote>"));
    HttpResponse<String> update =
        send(
            "POST",
            path + "/updates",
            "{\"title\":\"Entities\",\"body\":\"" + "&".repeat(20_000) + "\"}",
            lead.authorization());
    assertEquals(201, update.statusCode(), update.body());

    for (String query : new String[] {"?help=maybe", "?first=one", "?max=99999999999"}) {
      HttpResponse<String> list = get("/api/v1/projects" + query, null);
      assertEquals(400, list.statusCode(), query);
      assertFalse(list.body().contains("Exception"), list.body());
    }
    assertEquals(200, get("/api/v1/projects?help=true&first=0&max=5", null).statusCode());
    HttpResponse<String> waiting =
        send("POST", "/api/v1/projects", proposal("waiting", null), lead.authorization());
    assertEquals(400, waiting.statusCode(), "the address the API's waiting list takes");

    String raced = slug();
    List<CompletableFuture<HttpResponse<String>>> proposals = new ArrayList<>();
    List<CompletableFuture<HttpResponse<String>>> follows = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      proposals.add(
          CompletableFuture.supplyAsync(
              () -> send("POST", "/api/v1/projects", proposal(raced, null), lead.authorization())));
      follows.add(
          CompletableFuture.supplyAsync(
              () -> send("PUT", path + "/following", "{\"updates\":true}", other.authorization())));
    }
    List<Integer> made = new ArrayList<>();
    for (var f : proposals) {
      made.add(f.get().statusCode());
    }
    assertEquals(1, made.stream().filter(c -> c == 201).count(), made.toString());
    assertEquals(3, made.stream().filter(c -> c == 409).count(), made.toString());
    for (var f : follows) {
      assertEquals(200, f.get().statusCode(), f.get().body());
    }
  }

  @Test
  void onlyThoseWhoMayTakePartSeeTheFormsToJoinOfferAndWrite() {
    Members.Member lead = member("iops-london");
    Members.Member mate = member("iops-london");
    Members.Member supporter =
        Members.via(http()).prefix("proj.s.").in("iops-london").status("supporter").create();
    String admin = Admin.authorization(http());
    String slug = slug();
    String path = "/api/v1/projects/" + slug;
    assertEquals(
        201,
        send("POST", "/api/v1/projects", proposal(slug, "iops-london"), lead.authorization())
            .statusCode());
    assertEquals(
        200, send("POST", path + "/status", "{\"status\":\"active\"}", admin).statusCode());
    assertEquals(
        201,
        send("POST", path + "/needs", "{\"title\":\"A van\",\"places\":1}", lead.authorization())
            .statusCode());
    assertEquals(
        201,
        send(
                "POST",
                "/api/v1/projects/" + slug + "/discussion",
                "{\"body\":\"Who drives?\"}",
                lead.authorization())
            .statusCode());
    String page = "/en/projects/" + slug;
    String asMate =
        FormSession.logIn(http(), mate.username(), Admin.PASSWORD, "Projects test")
            .get(page)
            .body();
    assertTrue(asMate.contains("id=\"team-actions:join\""), "a member asks to join");
    assertTrue(asMate.contains("class=\"offer-form\""), "a member offers to fill a need");
    assertTrue(asMate.contains("id=\"thread\""), "a member writes in the discussion");
    assertTrue(asMate.contains("class=\"report-link\""), "and reports another's message");
    assertFalse(asMate.contains(":acts"), "the moderators' buttons are theirs");
    String asSupporter =
        FormSession.logIn(http(), supporter.username(), Admin.PASSWORD, "Projects test")
            .get(page)
            .body();
    assertTrue(asSupporter.contains("A van"), "they see the project and its needs");
    assertFalse(asSupporter.contains("id=\"team-actions:join\""), "no button to join");
    assertFalse(asSupporter.contains("class=\"offer-form\""), "no form to offer");
    assertFalse(asSupporter.contains("id=\"thread\""), "no form to write");
    assertTrue(asSupporter.contains("Who drives?"), "they read the discussion");
  }

  @Test
  void tagsAndALanguageFilterTheListsAndTheProjectPageLinksItsTags() {
    Members.Member lead = member("iops-london");
    String admin = Admin.authorization(http());
    String slug = slug();
    String tag = "Bénévolat " + slug.substring(9);
    String tagSlug = "benevolat-" + slug.substring(9);
    HttpResponse<String> made =
        send(
            "POST",
            "/api/v1/projects",
            proposal(slug, "iops-london")
                .replace("\"startsOn\"", "\"tags\":[\" " + tag + " \",\"livres\"],\"startsOn\""),
            lead.authorization());
    assertEquals(201, made.statusCode(), made.body());
    assertEquals(2, json(made).getJsonArray("tags").size(), made.body());
    assertEquals(
        200,
        send("POST", "/api/v1/projects/" + slug + "/status", "{\"status\":\"active\"}", admin)
            .statusCode());
    String tagged =
        get(
                "/api/v1/projects?tag="
                    + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8),
                null)
            .body();
    assertTrue(tagged.contains(slug) && tagged.contains("\"total\":1"), tagged);
    assertFalse(get("/api/v1/projects?lang=en&chapter=iops-london", null).body().contains(slug));
    assertTrue(get("/api/v1/projects?lang=fr&chapter=iops-london", null).body().contains(slug));

    String page = http().get("/fr/projects/" + slug).body();
    assertTrue(
        page.contains("?tag=" + tagSlug + "\""), "the tag links to the list of its projects");
    String list = http().get("/fr/projects?tag=" + tagSlug + "&lang=fr").body();
    assertTrue(list.contains("/fr/projects/" + slug), list);
    assertTrue(
        list.contains("value=\"" + tagSlug + "\" selected"), "the filter shows the tag chosen");
    assertFalse(http().get("/en/projects?lang=en").body().contains("/en/projects/" + slug));
    assertEquals(404, http().get("/en/projects?tag=no-such-tag-" + slug).statusCode());
    assertEquals(404, http().get("/en/projects?lang=xx").statusCode());

    long version = json(get("/api/v1/projects/" + slug, null)).getJsonNumber("version").longValue();
    HttpResponse<String> bad =
        send(
            "PUT",
            "/api/v1/projects/" + slug,
            proposal(slug, "iops-london")
                .replace(
                    "\"startsOn\"", "\"version\":" + version + ",\"tags\":[\"!!!\"],\"startsOn\""),
            lead.authorization());
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("has no letter or digit"), bad.body());
    HttpResponse<String> notList =
        send(
            "PUT",
            "/api/v1/projects/" + slug,
            proposal(slug, "iops-london")
                .replace("\"startsOn\"", "\"tags\":\"books\",\"startsOn\""),
            lead.authorization());
    assertEquals(400, notList.statusCode(), notList.body());
    assertEquals(2, json(get("/api/v1/projects/" + slug, null)).getJsonArray("tags").size());
  }

  @Test
  void itsLeadsTranslateAProjectThatIsThenReadListedAndFoundInBothLanguages() {
    Members.Member lead = member("iops-london");
    Members.Member other = member("iops-london");
    String admin = Admin.authorization(http());
    String slug = slug();
    String word = "zq" + slug.substring(9);
    String path = "/api/v1/projects/" + slug;
    assertEquals(
        201,
        send(
                "POST",
                "/api/v1/projects",
                proposal(slug, "iops-london").replace("\"language\":\"fr\"", "\"language\":\"en\""),
                lead.authorization())
            .statusCode());
    assertEquals(
        200, send("POST", path + "/status", "{\"status\":\"active\"}", admin).statusCode());
    String french =
        "{\"title\":\"Foire "
            + word
            + "\",\"summary\":\"Une foire du livre.\","
            + "\"description\":\"Des **stands**.<script>x()</script>\"}";
    assertEquals(
        403,
        send("PUT", path + "/translations/fr", french, other.authorization()).statusCode(),
        "a member outside the team does not translate it");
    HttpResponse<String> own = send("PUT", path + "/translations/en", french, lead.authorization());
    assertEquals(400, own.statusCode(), "not into its own language");
    assertTrue(own.body().contains("other than the project"), own.body());
    assertEquals(
        400, send("PUT", path + "/translations/xx", french, lead.authorization()).statusCode());
    assertEquals(
        400,
        send("PUT", path + "/translations/fr", "{\"title\":\"\"}", lead.authorization())
            .statusCode());
    assertEquals(
        0,
        json(get(path + "/translations", null)).getJsonArray("translations").size(),
        "nothing half-written");
    HttpResponse<String> saved =
        send("PUT", path + "/translations/fr", french, lead.authorization());
    assertEquals(200, saved.statusCode(), saved.body());
    assertFalse(json(saved).getString("descriptionHtml").contains("<script"), saved.body());

    String fr = http().get("/fr/projects/" + slug).body();
    assertTrue(fr.contains("Foire " + word) && fr.contains("Une foire du livre."), fr);
    assertTrue(fr.contains("hreflang=\"en\""), "the original is a link away");
    String en = http().get("/en/projects/" + slug).body();
    assertTrue(en.contains("Foire du livre " + slug) && en.contains("hreflang=\"fr\""), en);
    assertTrue(
        http().get("/fr/projects?lang=fr&chapter=iops-london").body().contains("Foire " + word),
        "listed among the projects in French, under its French title");
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> get("/api/v1/search?q=" + word + "&lang=fr", null).body().contains(slug));
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> get("/api/v1/search?q=" + slug + "&lang=en", null).body().contains(slug));

    assertEquals(
        204, send("DELETE", path + "/translations/fr", null, lead.authorization()).statusCode());
    assertEquals(
        404, send("DELETE", path + "/translations/fr", null, lead.authorization()).statusCode());
    assertFalse(http().get("/fr/projects/" + slug).body().contains("Foire " + word));
  }

  private static byte[] png(int width, int height) throws java.io.IOException {
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  private HttpResponse<String> picture(String path, String type, byte[] bytes, String auth) {
    return http()
        .send(
            http()
                .request(path)
                .header("Content-Type", type)
                .header("Accept-Language", "en")
                .header("Authorization", auth)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build());
  }

  @Test
  void itsLeadsGiveAProjectACoverThatLinkPreviewsShowAndBadPicturesAreRefused() throws Exception {
    Members.Member lead = member("iops-london");
    Members.Member other = member("iops-london");
    String admin = Admin.authorization(http());
    String slug = slug();
    String path = "/api/v1/projects/" + slug;
    assertEquals(
        201,
        send("POST", "/api/v1/projects", proposal(slug, "iops-london"), lead.authorization())
            .statusCode());
    assertEquals(
        200, send("POST", path + "/status", "{\"status\":\"active\"}", admin).statusCode());
    assertEquals(
        403,
        picture(path + "/cover", "image/png", png(1600, 900), other.authorization()).statusCode(),
        "not theirs to change");
    HttpResponse<String> forged =
        picture(
            path + "/cover",
            "image/gif",
            "GIF89a<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            lead.authorization());
    assertEquals(400, forged.statusCode(), forged.body());
    assertFalse(forged.body().contains("Exception"), forged.body());
    HttpResponse<String> huge =
        picture(path + "/cover", "image/png", new byte[6 * 1024 * 1024], lead.authorization());
    assertTrue(
        huge.statusCode() == 400 || huge.statusCode() == 413, huge.statusCode() + huge.body());
    assertFalse(json(get(path, null)).containsKey("cover"), "nothing half-written");

    HttpResponse<String> set =
        picture(path + "/cover", "image/png", png(1600, 900), lead.authorization());
    assertEquals(200, set.statusCode(), set.body());
    String cover = json(set).getString("cover");
    assertTrue(cover.startsWith("/media/project-covers/"), cover);
    HttpResponse<byte[]> stored = http().bytes(cover);
    assertEquals(200, stored.statusCode());
    java.awt.image.BufferedImage read =
        javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(stored.body()));
    assertEquals(1200, read.getWidth(), "cut to the size link previews use");
    assertEquals(630, read.getHeight());
    String page = http().get("/en/projects/" + slug).body();
    assertTrue(page.contains("property=\"og:image\" content=\"http"), page);
    assertTrue(page.contains("id=\"project-cover\""), page);

    assertEquals(204, send("DELETE", path + "/cover", null, lead.authorization()).statusCode());
    assertEquals(404, send("DELETE", path + "/cover", null, lead.authorization()).statusCode());
    assertEquals(404, http().bytes(cover).statusCode(), "the picture is thrown away");
  }
}
