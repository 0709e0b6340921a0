package org.plenum.it.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;
import org.plenum.testkit.Members;

/**
 * The event editor's recurrence builder: as a Melbourne coordinator sets the start, the repeat, the
 * number of times and a rule of their own, the next five dates are shown again in the event's time
 * zone without the page loading again; a rule that is not one says so.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecurrenceBuilderIT {

  private static final ZoneId MELBOURNE = ZoneId.of("Australia/Melbourne");

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
          .withLocale(Locale.ENGLISH);

  @ArquillianResource URL base;

  private static Object js(Browser b, String script, Object... args) {
    return ((JavascriptExecutor) b.driver()).executeScript(script, args);
  }

  private static List<String> dates(Browser b) {
    return b.driver().findElements(By.cssSelector("#next-dates-list li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static void settle(Browser b) {
    new WebDriverWait(b.driver(), Duration.ofSeconds(30))
        .until(
            d ->
                Boolean.TRUE.equals(
                    js(b, "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")));
  }

  private static List<String> shown(Stream<LocalDateTime> starts) {
    return starts.map(s -> SHOWN.format(s.atZone(MELBOURNE))).toList();
  }

  @Test
  @DisplayName("18: an event's recurrence builder shows the next five dates as the rule changes")
  void theRecurrenceBuilderShowsTheNextFiveDatesAsTheRuleChanges() {
    Http http = new Http(base.toString());
    Admin.authorization(http);
    String tag = UUID.randomUUID().toString().substring(0, 6);
    Members.Member coordinator =
        Members.via(http)
            .prefix("rb.")
            .in("iops-melbourne")
            .named("Rosa Builder " + tag)
            .role("coordinator", "iops-melbourne")
            .create();
    LocalDate wednesday =
        LocalDate.now(MELBOURNE).plusDays(7).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
    LocalDateTime first = wednesday.atTime(LocalTime.of(11, 30));
    try (Browser b = Browser.open(base.toString(), "recurrence-builder")) {
      b.go("/en/login");
      b.type(By.id("login:username"), coordinator.username());
      b.type(By.id("login:password"), Admin.PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      b.go("/en/events/new");
      js(b, "window.plenumMark = 'still here';");
      new Select(b.find(By.id("event:zone"))).selectByValue("Australia/Melbourne");
      settle(b);
      assertEquals(
          "Starts (time zone Australia/Melbourne)",
          b.find(By.id("event:starts-label")).getText(),
          "the start is read in the event's zone, which its label names");
      // as a person does: select what the field holds and type over it
      b.find(By.id("event:starts_input"))
          .sendKeys(Keys.chord(Keys.CONTROL, "a"), first.toLocalDate() + " " + first.toLocalTime());
      b.find(By.id("event:title")).click();
      settle(b);
      assertEquals(shown(Stream.of(first)), dates(b), "one date while it does not repeat");

      new Select(b.find(By.id("event:repeat"))).selectByValue("WEEKLY");
      settle(b);
      assertEquals(
          shown(Stream.iterate(first, d -> d.plusWeeks(1)).limit(5)),
          dates(b),
          "every Wednesday at 11:30 in Melbourne");

      b.type(By.id("event:count"), "3");
      b.find(By.id("event:title")).click();
      settle(b);
      assertEquals(
          shown(Stream.iterate(first, d -> d.plusWeeks(1)).limit(3)), dates(b), "three times");

      new Select(b.find(By.id("event:repeat"))).selectByValue("CUSTOM");
      settle(b);
      b.type(By.id("event:rule"), "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE");
      b.find(By.id("event:title")).click();
      settle(b);
      assertEquals(
          shown(Stream.iterate(first, d -> d.plusWeeks(2)).limit(5)),
          dates(b),
          "every other Wednesday");
      js(b, "document.getElementById('event:next-dates').scrollIntoView();");
      b.screenshot("every-other-wednesday");

      b.type(By.id("event:rule"), "FREQ=NOW-AND-THEN");
      b.find(By.id("event:title")).click();
      settle(b);
      assertTrue(dates(b).isEmpty(), "no date for a rule that is not one");
      assertTrue(
          b.find(By.id("event:rule-problem")).getText().contains("FREQ=NOW-AND-THEN"),
          "the rule is named in the message");
      assertEquals("still here", js(b, "return window.plenumMark;"), "the page never reloaded");
      assertTrue(b.consoleErrors().isEmpty(), "no browser error: " + b.consoleErrors());
      js(b, "document.getElementById('event:next-dates').scrollIntoView();");
      b.screenshot("rule-refused");
    }
  }
}
