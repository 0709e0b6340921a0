package org.plenum.events.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import org.plenum.api.CurrentReader;
import org.plenum.api.Texts;
import org.plenum.events.Event;

/**
 * How an event repeats, in the reader's words, for lists that show a repeating event once: "every
 * Wednesday", "toutes les semaines le mercredi". The rules the editor offers are named; any other
 * rule is said to repeat.
 */
@Named("eventRules")
@RequestScoped
public class EventRules {

  @Inject Texts msg;

  @Inject CurrentReader current;

  /**
   * An event's rule in words, without its end.
   *
   * @param event a repeating event
   * @return such as "every Wednesday"; "" for one that does not repeat
   */
  public String words(Event event) {
    if (!event.isRecurring()) {
      return "";
    }
    LocalDateTime start = event.getStartsLocal();
    String option = named(event.getRrule(), start);
    String weekday = start.getDayOfWeek().getDisplayName(TextStyle.FULL, current.getLocale());
    int nth = (start.getDayOfMonth() - 1) / 7 + 1;
    return msg.format(
        "events.every." + option,
        weekday,
        start.getDayOfMonth(),
        msg.text("events.nth." + (nth == 5 ? "last" : String.valueOf(nth))));
  }

  /** The editor's repeat choice a stored rule is, its count and end aside; else CUSTOM. */
  static String named(String rrule, LocalDateTime start) {
    List<String> parts = new ArrayList<>();
    for (String p : rrule.split(";")) {
      if (!p.startsWith("COUNT=") && !p.startsWith("UNTIL=")) {
        parts.add(p);
      }
    }
    String core = String.join(";", parts);
    return Repeats.NAMED.stream()
        .filter(o -> core.equals(Repeats.rule(o, start)))
        .findFirst()
        .orElse("CUSTOM");
  }
}
