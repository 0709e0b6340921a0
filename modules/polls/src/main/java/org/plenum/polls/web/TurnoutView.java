package org.plenum.polls.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.plenum.api.CurrentReader;
import org.plenum.api.PageGuards;
import org.plenum.api.Permissions;
import org.plenum.api.ReaderDates;
import org.plenum.api.Texts;
import org.plenum.polls.Poll;
import org.plenum.polls.PollQueries;
import org.plenum.polls.PollTurnout;
import org.plenum.polls.PollsModule;

/**
 * The turnout of a poll for those who run it ({@code …/<poll>/turnout}): ballots cast so far over
 * time as a chart, and beside it the table of the same figures, which screen readers read.
 */
@Named("turnout")
@RequestScoped
public class TurnoutView {

  @Inject PollQueries polls;

  @Inject PollTurnout turnouts;

  @Inject Permissions authorizer;

  @Inject CurrentReader current;

  @Inject ReaderDates dates;

  @Inject Texts msg;

  /**
   * One step of the table.
   *
   * @param when when the step began, in the reader's language and time zone
   * @param cast the ballots cast in it
   * @param total the ballots cast so far
   * @param share the share of the eligible members who voted so far
   */
  public record Row(String when, long cast, long total, String share) {}

  private Poll poll;
  private PollTurnout.Turnout turnout;

  @PostConstruct
  void prepare() {
    poll = polls.bySlug(current.param("poll")).orElse(null);
  }

  /** Answers 404 for an unknown poll or one not yet open, 403 to those who do not run it. */
  public void load() {
    if (poll == null || poll.getOpens().isAfter(Instant.now())) {
      PageGuards.notFound();
    } else if (!authorizer.can(current.getCaller(), PollsModule.CREATE, poll.getChapterId())) {
      PageGuards.forbidden();
    } else {
      current.keepState();
    }
  }

  /**
   * @return the poll
   */
  public Poll getPoll() {
    return poll;
  }

  private PollTurnout.Turnout turnout() {
    if (turnout == null) {
      turnout = turnouts.of(poll, dates.getZone());
    }
    return turnout;
  }

  /**
   * @return the ballots cast so far
   */
  public long getTotal() {
    return turnout().total();
  }

  /**
   * @return the members who may vote
   */
  public long getEligible() {
    return turnout().eligible();
  }

  /**
   * @return how the time is cut: {@code HOUR}, {@code DAY} or {@code WEEK}
   */
  public String getStep() {
    return turnout().step().name();
  }

  /**
   * @return the table's rows, a step each
   */
  public List<Row> getRows() {
    long eligible = turnout().eligible();
    return turnout().points().stream()
        .map(p -> new Row(label(p), p.cast(), p.total(), share(p.total(), eligible)))
        .toList();
  }

  /**
   * The chart's configuration for Chart.js, as PrimeFaces' {@code p:chart} takes it: the running
   * total a step, on the same labels as the table.
   *
   * @return the configuration, as JSON
   */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder totals = Json.createArrayBuilder();
    for (PollTurnout.Point p : turnout().points()) {
      labels.add(label(p));
      totals.add(p.total());
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", msg.text("polls.turnout.total"))
                                .add("data", totals)
                                .add("stepped", true)
                                .add("fill", false)
                                .add("borderColor", "#d04a3a")
                                .add("backgroundColor", "#d04a3a")
                                .add("pointRadius", 2))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("suggestedMax", Math.max(1, turnout().eligible()))
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }

  private String label(PollTurnout.Point p) {
    return switch (turnout().step()) {
      case HOUR ->
          p.start()
              .format(
                  DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                      .withLocale(current.getLocale()));
      case DAY, WEEK -> dates.day(p.start().toLocalDate());
    };
  }

  private String share(long total, long eligible) {
    return eligible == 0 ? "—" : msg.format("polls.turnout.percent", 100.0 * total / eligible);
  }
}
