package org.plenum.it.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plenum.testkit.Admin.PASSWORD;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;
import org.plenum.testkit.Mailbox;
import org.plenum.testkit.Members;

/**
 * Events as a federation uses them, in the browser: a Melbourne coordinator makes the weekly
 * Wednesday group; a member in London sees it in London time with Melbourne's beside it, answers
 * going and finds it in their own calendar feed; one Wednesday is cancelled and the chapter's feed
 * carries the exception; the group is full, so the next member waits, and moves up when someone
 * takes their answer back. Every feed is read with biweekly, a parser independent of the ical4j
 * that writes them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventsIT {

  private static final ZoneId MELBOURNE = ZoneId.of("Australia/Melbourne");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

  @ArquillianResource URL base;

  private Http http() {
    return new Http(base.toString());
  }

  /** Makes a member of a chapter with a mail address; returns {user name, auth, address}. */
  private String[] member(String admin, String chapter) {
    Members.Member m =
        Members.via(http()).prefix("e.").in(chapter).status("member").withEmail().create();
    return new String[] {m.username(), m.authorization(), m.email()};
  }

  private static void logIn(Browser b, String username) {
    b.go("/en/login");
    b.type(By.id("login:username"), username);
    b.type(By.id("login:password"), PASSWORD);
    b.clickAndWait(By.id("login:submit"));
  }

  /** Fills a datetime-local field the way a date picker would. */
  private static void setValue(Browser b, String id, String value) {
    ((JavascriptExecutor) b.driver())
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }

  private static ICalendar calendar(Http http, String path) {
    HttpResponse<String> r = http.get(path);
    assertEquals(200, r.statusCode(), path);
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
    ICalendar cal = Biweekly.parse(r.body()).first();
    assertTrue(cal != null, "an iCalendar object at " + path);
    return cal;
  }

  private static VEvent series(ICalendar cal, String title) {
    return cal.getEvents().stream()
        .filter(e -> e.getSummary().getValue().equals(title) && e.getRecurrenceId() == null)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + title + " in the calendar"));
  }

  @Test
  void aWeeklyGroupFromMelbourneSeenInLondonAnsweredCancelledOnceAndFull() throws Exception {
    Mailbox.start();
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String title = "Wednesday Action Group " + tag;
    String slug = "wednesday-action-group-" + tag;
    String[] coordinator = member(admin, "iops-melbourne");
    assertEquals(
        200,
        http()
            .json(
                "POST",
                "/api/v1/members/" + coordinator[0] + "/grants",
                "{\"role\":\"coordinator\",\"chapter\":\"iops-melbourne\"}",
                "Authorization",
                admin)
            .statusCode());
    LocalDate first =
        LocalDate.now(MELBOURNE)
            .plusDays(2)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    ZonedDateTime start = first.atTime(11, 30).atZone(MELBOURNE);

    // the coordinator makes the weekly group, with two places
    try (Browser b = Browser.open(base.toString(), "event-create")) {
      logIn(b, coordinator[0]);
      b.go("/en/events");
      b.clickAndWait(By.id("new-event"));
      List<String> offered = new ArrayList<>();
      b.driver()
          .findElements(By.cssSelector("#event\\:chapter option"))
          .forEach(o -> offered.add(o.getText()));
      assertTrue(
          offered.contains("IOPS Melbourne") && !offered.contains("IOPS London"),
          "a coordinator organises events in their chapters only: " + offered);
      new Select(b.find(By.id("event:chapter"))).selectByVisibleText("IOPS Melbourne");
      b.type(By.id("event:title"), title);
      b.type(By.id("event:description"), "We plan the week's **actions**.");
      new Select(b.find(By.id("event:zone"))).selectByValue("Australia/Melbourne");
      setValue(b, "event:starts_input", first + " 11:30");
      setValue(b, "event:ends_input", first + " 13:00");
      new Select(b.find(By.id("event:repeat"))).selectByValue("WEEKLY");
      b.type(By.id("event:venueStreet"), "525 Collins St");
      b.type(By.id("event:venueCity"), "Melbourne");
      b.type(By.id("event:capacity"), "2");
      b.screenshot("form");
      b.clickAndWait(By.id("event:save"));
      assertTrue(b.path().endsWith("/en/events/" + slug), b.path());
      assertEquals(title, b.find(By.id("event-title")).getText());
      assertTrue(b.find(By.id("description")).getText().contains("actions"));
      assertTrue(b.find(By.id("where")).getText().contains("525 Collins St, Melbourne"));
      assertTrue(b.find(By.id("recurrence")).isDisplayed(), "it says it repeats");
      b.screenshot("created");
      // every Wednesday of the month, in the calendar
      b.go(
          "/en/events/calendar?month="
              + first.plusWeeks(1).toString().substring(0, 7)
              + "&chapter=iops-melbourne");
      long wednesdays =
          b.driver()
              .findElements(
                  By.xpath(
                      "//table[@id='month']//td[not("
                          + "contains(@class,'other-month'))]//a[contains(., '"
                          + title
                          + "')]"))
              .size();
      assertTrue(wednesdays >= 2, "its Wednesdays in the month: " + wednesdays);
      b.screenshot("calendar");
    }

    // a member in London sets their time zone and sees London's times, Melbourne's beside
    String[] londoner = member(admin, "iops-london");
    String londonTimes =
        HM.format(start.withZoneSameInstant(LONDON))
            + " – "
            + HM.format(start.plusMinutes(90).withZoneSameInstant(LONDON));
    String feed;
    try (Browser b = Browser.open(base.toString(), "event-london")) {
      logIn(b, londoner[0]);
      b.go("/en/account/profile");
      new Select(b.find(By.id("profile:timeZone"))).selectByValue("Europe/London");
      b.clickAndWait(By.id("profile:save"));
      b.go("/en/events/" + slug);
      String when = b.find(By.id("when")).getText();
      assertTrue(
          when.startsWith(first.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
              && when.contains("11:30 – 13:00"),
          "Melbourne's time, where it meets: " + when);
      assertTrue(
          b.find(By.id("other-time")).getText().contains(londonTimes + " your time, London"),
          b.find(By.id("other-time")).getText());
      assertTrue(b.find(By.id("places")).getText().contains("2 places left"));
      b.clickAndWait(By.id("answer:going"));
      assertEquals("You are going.", b.find(By.id("my-answer")).getText());
      assertTrue(b.find(By.id("places")).getText().contains("One place left"));
      b.screenshot("going");
      b.go("/en/events/mine");
      assertTrue(b.find(By.id("my-occurrences")).getText().contains(title));
      feed = b.find(By.id("feed-url")).getAttribute("value");
      b.screenshot("my-events");
    }
    // the member's own feed, read by another library: the first Wednesday, at its instant
    assertTrue(feed.contains("/feeds/events/member/"), feed);
    ICalendar mine = calendar(http(), feed.substring(feed.indexOf("/feeds/")));
    VEvent going =
        mine.getEvents().stream()
            .filter(e -> e.getSummary().getValue().equals(title))
            .findFirst()
            .orElseThrow();
    assertEquals(start.toInstant(), going.getDateStart().getValue().toInstant());
    assertEquals(start.plusMinutes(90).toInstant(), going.getDateEnd().getValue().toInstant());
    assertEquals(
        404,
        http().get("/feeds/events/member/" + "0".repeat(32) + ".ics").statusCode(),
        "a made-up key opens nothing");

    // the coordinator cancels the second Wednesday; the chapter's feed shows the exception
    LocalDateTime second = first.plusWeeks(1).atTime(11, 30);
    try (Browser b = Browser.open(base.toString(), "event-cancel")) {
      logIn(b, coordinator[0]);
      b.go("/en/events/" + slug + "?on=" + second);
      b.type(By.id("occurrence:note"), "Public holiday");
      b.clickAndWait(By.id("occurrence:cancel"));
      assertTrue(b.find(By.id("occurrence-cancelled")).getText().contains("Public holiday"));
      assertTrue(b.find(By.id("next-occurrences")).getText().contains("Cancelled"));
      b.screenshot("cancelled");
    }
    ICalendar chapter = calendar(http(), "/feeds/events/chapters/iops-melbourne.ics");
    VEvent weekly = series(chapter, title);
    assertEquals("WEEKLY", weekly.getRecurrenceRule().getValue().getFrequency().name());
    assertEquals(start.toInstant(), weekly.getDateStart().getValue().toInstant());
    assertEquals(1, weekly.getExceptionDates().size());
    assertEquals(
        second.atZone(MELBOURNE).toInstant(),
        weekly.getExceptionDates().get(0).getValues().get(0).toInstant());
    DateIterator dates = weekly.getDateIterator(TimeZone.getTimeZone(MELBOURNE));
    List<Instant> three = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      three.add(dates.next().toInstant());
    }
    assertEquals(
        List.of(start.toInstant(), start.plusWeeks(2).toInstant(), start.plusWeeks(3).toInstant()),
        three,
        "the cancelled Wednesday is skipped");

    // the group is full with two: the next member waits, and moves up when a place frees
    String[] second1 = member(admin, "iops-melbourne");
    String[] third = member(admin, "iops-melbourne");
    String on = "/api/v1/events/" + slug + "/occurrences/" + first + "T11:30/rsvp";
    HttpResponse<String> r =
        http().json("PUT", on, "{\"answer\":\"going\"}", "Authorization", second1[1]);
    assertEquals(200, r.statusCode(), r.body());
    assertFalse(Http.parse(r.body()).asJsonObject().getBoolean("waiting"));
    try (Browser b = Browser.open(base.toString(), "event-waiting")) {
      logIn(b, third[0]);
      b.go("/en/events/" + slug);
      assertTrue(b.find(By.id("places")).getText().startsWith("Full"));
      b.clickAndWait(By.id("answer:going"));
      assertTrue(
          b.find(By.id("my-answer")).getText().contains("number 1 on the waiting list"),
          b.find(By.id("my-answer")).getText());
      b.screenshot("waiting");
      // the Londoner takes their answer back
      assertEquals(204, http().json("DELETE", on, null, "Authorization", londoner[1]).statusCode());
      MimeMessage told = Mailbox.await(third[2], 1);
      assertTrue(told.getSubject().startsWith("A place for you"), told.getSubject());
      assertTrue(Mailbox.body(told).contains(title));
      b.go("/en/events/" + slug);
      assertEquals("You are going.", b.find(By.id("my-answer")).getText());
      b.screenshot("moved-up");
    }
    assertTrue(Mailbox.to(second1[2]).isEmpty(), "only the member who moved up is told");

    // the organiser sees who comes and writes to them
    try (Browser b = Browser.open(base.toString(), "event-attendees")) {
      logIn(b, coordinator[0]);
      b.go("/en/events/" + slug + "?on=" + first + "T11:30");
      b.clickAndWait(By.id("attendees"));
      String list = b.find(By.id("answers:attendee-list")).getText();
      assertTrue(
          list.contains("Member " + second1[0]) && list.contains("Member " + third[0]), list);
      assertTrue(list.contains("Not going") || !list.contains(londoner[0]), list);
      // one found by name, and the list taken away as CSV
      b.type(By.id("answers:attendee-list:name:filter"), third[0]);
      new WebDriverWait(b.driver(), Duration.ofSeconds(20))
          .until(
              d ->
                  d.findElements(By.cssSelector("[id='answers:attendee-list_data'] > tr")).size()
                          == 1
                      && d.findElement(By.id("answers:attendee-list_data"))
                          .getText()
                          .contains(third[0]));
      b.find(By.id("answers:attendee-list:export")).click();
      String csv = b.downloaded("attendees.csv");
      assertTrue(csv.contains("Member " + third[0]) && csv.contains("Going"), csv);
      assertFalse(csv.contains(second1[0]), "what the search keeps: " + csv);
      b.type(By.id("message:subject"), "Bring banners");
      b.type(By.id("message:body"), "We paint the banners this week.");
      b.clickAndWait(By.id("message:send"));
      assertEquals("2 members were written to.", b.find(By.id("sent")).getText());
      b.screenshot("written");
    }
    MimeMessage written = Mailbox.await(third[2], 2);
    assertTrue(written.getSubject().startsWith("Bring banners"), written.getSubject());
    assertTrue(Mailbox.body(written).contains("We paint the banners this week."));
    assertEquals(1, Mailbox.to(second1[2]).size());
    try (Browser b = Browser.open(base.toString(), "event-attendees-denied")) {
      logIn(b, londoner[0]);
      b.go("/en/events/" + slug + "/attendees?on=" + first + "T11:30");
      assertFalse(
          b.driver().findElements(By.id("error-title")).isEmpty(),
          "a member who does not organise the event does not see who comes");
      assertTrue(b.driver().findElements(By.id("answers:attendee-list")).isEmpty());
    }
  }

  @Test
  void aMemberGoingIsRemindedUnlessTheyChoseNot() throws Exception {
    Mailbox.start();
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String slug = "dublin-reading-group-" + tag;
    ZonedDateTime soon = ZonedDateTime.now(ZoneId.of("UTC")).plusHours(3).withSecond(0).withNano(0);
    HttpResponse<String> made =
        http()
            .json(
                "POST",
                "/api/v1/events",
                "{\"chapter\":"
                    + "\"iops-dublin\",\"title\":\"Dublin reading group "
                    + tag
                    + "\",\"slug\":\""
                    + slug
                    + "\",\"language\":\"en\",\"timeZone\":\"Europe/Dublin\",\"start\":\""
                    + soon.withZoneSameInstant(ZoneId.of("Europe/Dublin")).toLocalDateTime()
                    + "\",\"end\":\""
                    + soon.plusHours(1)
                        .withZoneSameInstant(ZoneId.of("Europe/Dublin"))
                        .toLocalDateTime()
                    + "\",\"venue\":{\"name\":\"The Library\",\"city\":\"Dublin\"}}",
                "Authorization",
                admin);
    assertEquals(201, made.statusCode(), made.body());
    String on =
        Http.parse(made.body())
            .asJsonObject()
            .getJsonArray("next")
            .getJsonObject(0)
            .getString("on");
    String[] keen = member(admin, "iops-dublin");
    String[] quiet = member(admin, "iops-dublin");
    try (Browser b = Browser.open(base.toString(), "event-reminders")) {
      logIn(b, quiet[0]);
      b.go("/en/events/mine");
      assertTrue(b.find(By.id("settings:reminders")).isSelected(), "reminders by default");
      b.find(By.id("settings:reminders")).click();
      b.clickAndWait(By.id("settings:save"));
      assertFalse(b.find(By.id("settings:reminders")).isSelected());
      b.screenshot("off");
    }
    for (String[] m : List.of(keen, quiet)) {
      assertEquals(
          200,
          http()
              .json(
                  "PUT",
                  "/api/v1/events/" + slug + "/occurrences/" + on + "/rsvp",
                  "{\"answer\":\"going\"}",
                  "Authorization",
                  m[1])
              .statusCode());
    }
    Awaitility.await("a reminder")
        .atMost(Duration.ofSeconds(75))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> !Mailbox.to(keen[2]).isEmpty());
    MimeMessage reminder = Mailbox.to(keen[2]).get(0);
    assertEquals("Reminder: Dublin reading group " + tag, reminder.getSubject());
    assertTrue(Mailbox.body(reminder).contains("The Library, Dublin"), Mailbox.body(reminder));
    assertTrue(Mailbox.to(quiet[2]).isEmpty(), "no reminder for one who turned them off");
    assertEquals(1, Mailbox.to(keen[2]).size(), "one reminder");
    // moved an hour later, then cancelled: both members are told each time
    ZonedDateTime later = soon.plusHours(1).withZoneSameInstant(ZoneId.of("Europe/Dublin"));
    assertEquals(
        200,
        http()
            .json(
                "PUT",
                "/api/v1/events/" + slug + "/occurrences/" + on,
                "{\"start\":\""
                    + later.toLocalDateTime()
                    + "\",\"end\":\""
                    + later.plusHours(1).toLocalDateTime()
                    + "\",\"note\":\"The room is free later.\"}",
                "Authorization",
                admin)
            .statusCode());
    MimeMessage moved = Mailbox.await(keen[2], 2);
    assertEquals("Moved: Dublin reading group " + tag, moved.getSubject());
    // in the member's zone (the site's, UTC, as they chose none), as English writes times
    assertTrue(
        Mailbox.body(moved)
            .contains(
                DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH)
                        .format(later.withZoneSameInstant(ZoneId.of("UTC")))
                    + " (UTC)"),
        Mailbox.body(moved));
    assertEquals(
        200,
        http()
            .json(
                "PUT",
                "/api/v1/events/" + slug + "/occurrences/" + on,
                "{\"cancelled\":true}",
                "Authorization",
                admin)
            .statusCode());
    MimeMessage cancelled = Mailbox.await(quiet[2], 2);
    assertEquals("Cancelled: Dublin reading group " + tag, cancelled.getSubject());
    assertEquals(
        204,
        http().json("DELETE", "/api/v1/events/" + slug, null, "Authorization", admin).statusCode());
  }

  @Test
  void theHomePageBlockAndTheListsShowTheSeedsEvents() {
    String home = http().get("/en/").body();
    assertTrue(home.contains("id=\"upcoming-events\""), "the block is on the home page");
    assertTrue(home.contains("The Wednesday Action Group"));
    String block = home.substring(home.indexOf("id=\"upcoming-events\""));
    block = block.substring(0, block.indexOf("</ul>"));
    assertEquals(
        1,
        block.split("The Wednesday Action Group", -1).length - 1,
        "each event once in the block, at its next date");
    assertTrue(block.contains("Wednesday, "), "a near date by its weekday and times");
    String later =
        block.substring(
            block.indexOf("Translating Anarchy") - 400, block.indexOf("Translating Anarchy"));
    assertTrue(later.contains("class=\"date-badge\""), "a later one by its date badge: " + later);
    String list = http().get("/en/events").body();
    for (String t :
        List.of(
            "The Wednesday Action Group",
            "IOPS London Social",
            "Translating Anarchy",
            "Melbourne Anarchist Bookfair")) {
      assertTrue(list.contains(t), t + " is coming");
    }
    // the online talk: 18:00 UTC on 27 July, shown to a visitor (UTC) without a second time
    String talk = http().get("/en/events/iops-live-talk").body();
    assertTrue(talk.contains("July 27"), "on 27 July");
    assertTrue(talk.contains("18:00 – 19:30"));
    String french = http().get("/fr/events").body();
    assertTrue(french.contains("Événements à venir") || french.contains("À venir"));
    assertTrue(http().get("/en/events/calendar").body().contains("id=\"month\""));
    String chapterPage = http().get("/en/chapters/iops-london").body();
    assertTrue(chapterPage.contains("IOPS London Social"), "the chapter tab lists its events");
    assertTrue(http().get("/sitemap.xml").body().contains("/en/events/iops-london-social"));
  }

  /** The start of the demo's Wednesday group's next meeting (or of the one going on). */
  private static ZonedDateTime nextWednesdayGroup() {
    ZonedDateTime now = ZonedDateTime.now(MELBOURNE);
    LocalDate day = now.toLocalDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    if (day.equals(now.toLocalDate()) && !now.toLocalTime().isBefore(LocalTime.of(13, 0))) {
      day = day.plusWeeks(1);
    }
    return day.atTime(11, 30).atZone(MELBOURNE);
  }

  /** The item of a list that names a title. */
  private static WebElement item(Browser b, String list, String title) {
    List<WebElement> items =
        b.driver().findElements(By.cssSelector("#" + list + " > li")).stream()
            .filter(li -> li.getText().contains(title))
            .toList();
    assertEquals(
        1, items.size(), () -> title + " once in #" + list + ": " + b.find(By.id(list)).getText());
    return items.get(0);
  }

  private static void placeFirst(String text, String place, String reader) {
    assertTrue(
        text.contains(place) && text.contains(reader) && text.indexOf(place) < text.indexOf(reader),
        "the place's time " + place + ", then the reader's " + reader + ": " + text);
  }

  @Test
  @DisplayName("16.18: an event in a place is shown in that place's time, the reader's beside it")
  void anEventInAPlaceIsShownInThatPlacesTime() {
    ZonedDateTime next = nextWednesdayGroup();
    // a visitor reads in the site's time zone, UTC
    ZoneId utc = ZoneId.of("UTC");
    String reader =
        HM.format(next.withZoneSameInstant(utc))
            + " – "
            + HM.format(next.plusMinutes(90).withZoneSameInstant(utc))
            + " your time, UTC";
    String title = "The Wednesday Action Group";
    try (Browser b = Browser.open(base.toString(), "events-place-time")) {
      b.go("/en/");
      String block = item(b, "upcoming-events", title).getText();
      assertTrue(block.contains("Wednesday, 11:30 – 13:00"), block);
      placeFirst(block, "11:30 – 13:00", reader);
      b.screenshot("home");
      b.go("/en/events");
      placeFirst(item(b, "occurrences", title).getText(), "11:30 – 13:00", reader);
      b.screenshot("list");
      b.go("/en/events/wednesday-action-group");
      placeFirst(b.find(By.id("when")).getText(), "11:30 – 13:00", reader);
      b.screenshot("event");
      // an online event: in the reader's time, which is the organiser's here
      b.go("/en/events/iops-live-talk");
      assertTrue(b.find(By.id("when")).getText().contains("18:00 – 19:30"));
      assertTrue(b.driver().findElements(By.id("other-time")).isEmpty(), "no second time");
    }
  }

  @Test
  @DisplayName("16.23: a weekly event is listed once in the coming events, with its rule in words")
  void aWeeklyEventIsListedOnceWithItsRuleInWords() {
    String title = "The Wednesday Action Group";
    try (Browser b = Browser.open(base.toString(), "events-weekly-once")) {
      b.go("/en/events");
      String group = item(b, "occurrences", title).getText();
      assertTrue(group.contains("every Wednesday"), group);
      b.screenshot("coming");
      b.go("/fr/events");
      String french = item(b, "occurrences", title).getText();
      assertTrue(french.contains("toutes les semaines le mercredi"), french);
      b.screenshot("coming-fr");
      // its dates on its own page
      b.go("/en/events");
      item(b, "occurrences", title).findElement(By.cssSelector("h2 a")).click();
      new WebDriverWait(b.driver(), Duration.ofSeconds(20))
          .until(d -> !d.findElements(By.id("next-occurrences")).isEmpty());
      List<WebElement> dates = b.driver().findElements(By.cssSelector("#next-occurrences li"));
      assertTrue(dates.size() >= 4, "its next dates: " + dates.size());
      assertTrue(
          dates.stream().allMatch(li -> li.getText().contains("Wednesday")),
          b.find(By.id("next-occurrences")).getText());
      b.screenshot("its-dates");
    }
  }

  @Test
  @DisplayName("16.19: the events' pages name their calendar feed in their head")
  void theEventsPagesNameTheirCalendarFeedInTheirHead() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("/en/events", "/feeds/events/all.ics");
    pages.put("/en/events?chapter=iops-london", "/feeds/events/chapters/iops-london.ics");
    pages.put("/en/events/iops-london-social", "/feeds/events/event/iops-london-social.ics");
    Pattern link = Pattern.compile("<link\\b[^>]*>");
    for (var page : pages.entrySet()) {
      String body = http().get(page.getKey()).body();
      String head = body.substring(0, Math.max(0, body.indexOf("</head>")));
      Matcher m = link.matcher(head);
      String href = null;
      while (m.find()) {
        String tag = m.group();
        if (tag.contains("rel=\"alternate\"") && tag.contains("type=\"text/calendar\"")) {
          href = tag.replaceAll(".*href=\"([^\"]*)\".*", "$1").replace("&amp;", "&");
        }
      }
      assertTrue(href != null, "a calendar alternate in the head of " + page.getKey());
      assertTrue(href.contains(page.getValue()), href);
      calendar(http(), href.substring(href.indexOf("/feeds/")));
      String subscribe =
          body.replaceAll(
                  "(?s).*<a href=\"([^\"]*)\"[^>]*id=\"(subscribe|" + "add-to-calendar)\".*", "$1")
              .replace("&amp;", "&");
      assertEquals(subscribe, href, "the same feed as the page's link");
    }
  }
}
