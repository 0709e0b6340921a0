package org.plenum.it.polls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.FormSession;
import org.plenum.testkit.Http;
import org.plenum.testkit.Members;

/**
 * The turnout of an open poll for its coordinators: a chart of the ballots cast so far and, beside
 * it, the table of the same figures; members who do not run the poll are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PollTurnoutIT {

  @ArquillianResource URL base;

  @Test
  @DisplayName("a coordinator follows an open poll's turnout: its chart and its table agree")
  void aCoordinatorFollowsTheTurnoutItsChartAndTableAgree() {
    Http http = new Http(base.toString());
    String admin = Admin.authorization(http);
    String tag = UUID.randomUUID().toString().substring(0, 6);
    List<Members.Member> voters = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      voters.add(Members.via(http).prefix("t.").in("iops-london").status("member").create());
    }
    Members.Member coordinator =
        Members.via(http)
            .prefix("tc.")
            .in("iops-london")
            .status("member")
            .role("coordinator", "iops-london")
            .create();
    HttpResponse<String> made =
        http.json(
            "POST",
            "/api/v1/polls",
            "{\"chapter\":\"iops-london\",\"title\":\"Turnout "
                + tag
                + "\",\"language\":\"en\",\"opensAt\":\""
                + Instant.now().minusSeconds(60)
                + "\",\"closesAt\":\""
                + Instant.now().plusSeconds(3600)
                + "\",\"questions\":[{\"text\":\"Which evening?\","
                + "\"options\":[\"Tuesday\",\"Thursday\"]}]}",
            "Authorization",
            admin);
    assertEquals(201, made.statusCode(), made.body());
    JsonObject poll = Http.parse(made.body()).asJsonObject();
    String slug = poll.getString("slug");
    JsonObject question = poll.getJsonArray("questions").getJsonObject(0);
    long q = question.getJsonNumber("id").longValue();
    long tuesday =
        question.getJsonArray("options").getJsonObject(0).getJsonNumber("id").longValue();
    long thursday =
        question.getJsonArray("options").getJsonObject(1).getJsonNumber("id").longValue();
    for (Members.Member voter : voters) {
      assertEquals(200, vote(http, slug, voter, q, tuesday).statusCode());
    }
    // a changed ballot is still one voter
    assertEquals(200, vote(http, slug, voters.get(0), q, thursday).statusCode());

    try (Browser b = Browser.open(base.toString(), "poll-turnout")) {
      b.go("/fr/login");
      b.type(By.id("login:username"), coordinator.username());
      b.type(By.id("login:password"), Admin.PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      b.go("/fr/polls/" + slug);
      b.clickAndWait(By.id("turnout-link"));
      assertTrue(b.text().contains("Participation à « Turnout " + tag + " »"), b.text());
      assertTrue(
          b.find(By.id("turnout-summary")).getText().startsWith("3 bulletins exprimés sur "),
          b.find(By.id("turnout-summary")).getText());

      List<WebElement> rows = b.driver().findElements(By.cssSelector("#turnout-table tbody tr"));
      List<String> labels = new ArrayList<>();
      List<Long> totals = new ArrayList<>();
      long cast = 0;
      for (WebElement row : rows) {
        labels.add(row.findElement(By.tagName("th")).getText());
        List<WebElement> cells = row.findElements(By.tagName("td"));
        cast += Long.parseLong(cells.get(0).getText());
        totals.add(Long.parseLong(cells.get(1).getText()));
      }
      assertEquals(3, cast, "three voters, one of whom changed their ballot");
      assertEquals(3L, totals.get(totals.size() - 1));
      assertTrue(
          rows.get(rows.size() - 1).getText().contains("%"), rows.get(rows.size() - 1).getText());

      // the chart draws the table's figures
      JavascriptExecutor js = (JavascriptExecutor) b.driver();
      @SuppressWarnings("unchecked")
      List<Object> data =
          (List<Object>) js.executeScript("return PF('turnoutChart').chart.data.datasets[0].data;");
      @SuppressWarnings("unchecked")
      List<Object> chartLabels =
          (List<Object>) js.executeScript("return PF('turnoutChart').chart.data.labels;");
      assertEquals(totals, data.stream().map(o -> ((Number) o).longValue()).toList());
      assertEquals(labels, chartLabels);
      assertEquals(List.of(), b.consoleErrors(), "no script error, no policy violation");
      b.screenshot("turnout");
    }

    FormSession member =
        FormSession.logIn(http, voters.get(1).username(), Admin.PASSWORD, "Mozilla/5.0 test");
    assertEquals(
        403,
        member.get("/en/polls/" + slug + "/turnout").statusCode(),
        "a voter does not run the poll");
    assertEquals(
        404,
        member.get("/en/polls/no-such-poll-" + tag + "/turnout").statusCode(),
        "an unknown poll");
  }

  private static HttpResponse<String> vote(
      Http http, String slug, Members.Member voter, long question, long option) {
    return http.json(
        "PUT",
        "/api/v1/polls/" + slug + "/ballot",
        "{\"answers\":{\"" + question + "\":[" + option + "]}}",
        "Authorization",
        voter.authorization());
  }
}
