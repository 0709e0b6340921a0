package org.plenum.events.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.plenum.api.Zones;

/**
 * The editor's repeat choices and the iCalendar rules they stand for: weekly on the start's
 * weekday, every two weeks, monthly on the same day or the same weekday ("the second Sunday"),
 * daily, yearly, or a rule written out ({@code CUSTOM}); each until a day or a number of times.
 */
final class Repeats {

  /** The choices that stand for a rule, in the order a stored rule is matched. */
  static final List<String> NAMED =
      List.of("DAILY", "WEEKLY", "BIWEEKLY", "MONTHLY_DAY", "MONTHLY_WEEKDAY", "YEARLY");

  /** The choices the editor offers, in its order. */
  static final List<String> OFFERED =
      List.of(
          "NONE",
          "WEEKLY",
          "BIWEEKLY",
          "MONTHLY_WEEKDAY",
          "MONTHLY_DAY",
          "DAILY",
          "YEARLY",
          "CUSTOM");

  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private Repeats() {}

  /**
   * A stored rule as the form shows it.
   *
   * @param repeat the choice
   * @param rule the rule written out, for {@code CUSTOM}
   * @param until the last day, or {@code null}
   * @param count how many times, or {@code null}
   */
  record Choice(String repeat, String rule, LocalDate until, Integer count) {}

  /**
   * The rule a repeat choice gives for a start, without its end.
   *
   * @param option the choice
   * @param start the first start
   * @return the rule, or {@code null} for none or a rule written out
   */
  static String rule(String option, LocalDateTime start) {
    String day = start.getDayOfWeek().name().substring(0, 2);
    int nth = (start.getDayOfMonth() - 1) / 7 + 1;
    return switch (option) {
      case "DAILY" -> "FREQ=DAILY";
      case "WEEKLY" -> "FREQ=WEEKLY;BYDAY=" + day;
      case "BIWEEKLY" -> "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + day;
      case "MONTHLY_DAY" -> "FREQ=MONTHLY;BYMONTHDAY=" + start.getDayOfMonth();
      case "MONTHLY_WEEKDAY" -> "FREQ=MONTHLY;BYDAY=" + (nth == 5 ? -1 : nth) + day;
      case "YEARLY" -> "FREQ=YEARLY";
      default -> null;
    };
  }

  /**
   * The form's choice for a stored rule: a named one with its end, or the rule written out.
   *
   * @param stored the rule, or {@code null}
   * @param start the event's first start
   * @return the choice
   */
  static Choice read(String stored, LocalDateTime start) {
    if (stored == null) {
      return new Choice("NONE", null, null, null);
    }
    Integer count = null;
    LocalDate until = null;
    List<String> parts = new ArrayList<>();
    for (String p : stored.split(";")) {
      if (p.startsWith("COUNT=") && p.substring(6).matches("\\d{1,4}")) {
        count = Integer.parseInt(p.substring(6));
      } else if (p.startsWith("UNTIL=") && p.length() >= 14) {
        try {
          until = LocalDate.parse(p.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
          until = null;
        }
      } else {
        parts.add(p);
      }
    }
    String core = String.join(";", parts);
    for (String option : NAMED) {
      if (core.equals(rule(option, start))) {
        return new Choice(option, null, until, count);
      }
    }
    return new Choice("CUSTOM", stored, null, null);
  }

  /**
   * The rule a choice makes, with its end: the last day (to its end in the event's zone) or a
   * number of times.
   *
   * @param choice the form's choice
   * @param zone the event's zone id
   * @param start the first start, or {@code null}
   * @return the rule, or {@code null} for none
   */
  static String write(Choice choice, String zone, LocalDateTime start) {
    if ("CUSTOM".equals(choice.repeat())) {
      String rule = choice.rule();
      return rule == null || rule.isBlank() ? null : rule.strip();
    }
    if (start == null || "NONE".equals(choice.repeat())) {
      return null;
    }
    String r = rule(choice.repeat(), start);
    if (r == null) {
      return null;
    }
    LocalDate last = choice.until();
    if (last != null) {
      ZoneId z = Zones.parse(zone);
      r +=
          ";UNTIL="
              + UNTIL.format(
                  last.plusDays(1)
                      .atStartOfDay(z == null ? ZoneOffset.UTC : z)
                      .minusSeconds(1)
                      .withZoneSameInstant(ZoneOffset.UTC));
    } else if (choice.count() != null) {
      r += ";COUNT=" + choice.count();
    }
    return r;
  }
}
