package org.plenum.events.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.plenum.api.Audit;
import org.plenum.api.CurrentReader;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.PageGuards;
import org.plenum.api.Permissions;
import org.plenum.api.TableRows;
import org.plenum.api.Texts;
import org.plenum.events.Attendance;
import org.plenum.events.Event;
import org.plenum.events.EventMail;
import org.plenum.events.EventQueries;
import org.plenum.events.EventsModule;
import org.plenum.events.Occurrences;
import org.plenum.events.Rsvp;
import org.plenum.events.Schedule;
import org.plenum.events.Schedule.Occurrence;

/**
 * Who answered for an occurrence, for its organisers: going in the order they answered, the waiting
 * list in its order, maybe and not going; and a message mailed to those going.
 */
@Named("attendees")
@RequestScoped
public class AttendeesView {

  /** The longest message. */
  static final int MESSAGE_MAX = 5000;

  @Inject EventQueries events;

  @Inject Occurrences occurrences;

  @Inject Attendance attendance;

  @Inject EventMail mail;

  @Inject Members accounts;

  @Inject Permissions authorizer;

  @Inject CurrentReader current;

  @Inject Texts msg;

  @Inject Audit audit;

  private Event event;
  private Occurrence occurrence;
  private boolean allowed;
  private List<Row> rows;
  private TableRows<Row> table;
  private String subject;
  private String body;

  /** One answer with its member's name. */
  public record Row(Rsvp rsvp, String name, int place) {}

  @PostConstruct
  void prepare() {
    event = events.bySlug(current.param("event")).orElse(null);
    if (event == null) {
      return;
    }
    allowed = authorizer.can(current.getCaller(), EventsModule.MANAGE, event.getChapterId());
    String on = current.query("on");
    try {
      occurrence =
          on == null
              ? occurrences.next(event, Instant.now(), 1).stream().findFirst().orElse(null)
              : occurrences.occurrence(event, LocalDateTime.parse(on.strip())).orElse(null);
    } catch (DateTimeParseException e) {
      occurrence = null;
    }
  }

  /** Answers 404 for an unknown event or occurrence, 403 to those who do not organise it. */
  public void load() {
    if (event == null || occurrence == null) {
      PageGuards.notFound();
    } else if (!allowed) {
      PageGuards.forbidden();
    }
  }

  /**
   * @return the event
   */
  public Event getEvent() {
    return event;
  }

  /**
   * @return the occurrence
   */
  public Occurrence getOccurrence() {
    return occurrence;
  }

  /**
   * @return the answers, with names and waiting places, in the order they were given
   */
  public List<Row> getRows() {
    if (rows == null) {
      List<Rsvp> answers = attendance.answers(event.getId(), occurrence.original());
      Map<Long, Member> members = accounts.byIds(answers.stream().map(Rsvp::getAccountId).toList());
      int[] place = {0};
      rows =
          answers.stream()
              .map(
                  r ->
                      new Row(
                          r,
                          members.containsKey(r.getAccountId())
                              ? members.get(r.getAccountId()).displayName()
                              : "—",
                          r.isWaiting() ? ++place[0] : 0))
              .toList();
    }
    return rows;
  }

  /**
   * The answers as the organiser's table reads them: found by name, sorted by name (in the reader's
   * language's order) or by answer, a page at a time, exported as CSV.
   *
   * @return the rows
   */
  public TableRows<Row> getTable() {
    if (table == null) {
      Collator collator = Collator.getInstance(current.getLocale());
      Comparator<Row> byName = Comparator.comparing(Row::name, collator);
      Comparator<Row> byAnswer =
          Comparator.<Row>comparingInt(r -> r.rsvp().getAnswer().ordinal())
              .thenComparingInt(Row::place)
              .thenComparing(byName);
      table =
          new TableRows<>() {
            @Override
            public long count(Map<String, String> filters) {
              return matching(filters).size();
            }

            @Override
            public List<Row> page(TableRows.Page page) {
              List<Row> found = matching(page.filters());
              if ("name".equals(page.sortBy()) || "answer".equals(page.sortBy())) {
                Comparator<Row> order = "name".equals(page.sortBy()) ? byName : byAnswer;
                found = found.stream().sorted(page.ascending() ? order : order.reversed()).toList();
              }
              int from = Math.min(found.size(), Math.max(0, page.first()));
              return found.subList(from, Math.min(found.size(), from + page.size()));
            }

            @Override
            public String key(Row row) {
              return String.valueOf(row.rsvp().getAccountId());
            }
          };
    }
    return table;
  }

  private List<Row> matching(Map<String, String> filters) {
    if (!allowed || occurrence == null) {
      return List.of();
    }
    String name = filters.get("name");
    if (name == null) {
      return getRows();
    }
    String sought = name.toLowerCase(current.getLocale());
    return getRows().stream()
        .filter(r -> r.name().toLowerCase(current.getLocale()).contains(sought))
        .toList();
  }

  /**
   * What a row's answer says, for the table and its export.
   *
   * @param row a row
   * @return "Going", "Maybe", "Not going" or the place on the waiting list
   */
  public String answer(Row row) {
    return row.rsvp().isWaiting()
        ? msg.format("events.attendees.waiting", row.place())
        : msg.text("events.attendees." + row.rsvp().getAnswer().name());
  }

  /**
   * Mails the message to those going.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String send() throws IOException {
    if (!allowed) {
      error(msg.text("events.error.manage"));
      return null;
    }
    String s = subject == null ? "" : subject.strip();
    String b = body == null ? "" : body.strip();
    if (s.isEmpty() || s.length() > 200 || b.isEmpty() || b.length() > MESSAGE_MAX) {
      error(msg.format("events.attendees.error.message", MESSAGE_MAX));
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
    List<Long> going =
        attendance.answers(event.getId(), occurrence.original()).stream()
            .filter(r -> r.getAnswer() == Rsvp.Answer.GOING && !r.isWaiting())
            .map(Rsvp::getAccountId)
            .toList();
    Member me = accounts.of(current.getCaller()).orElse(null);
    int sent =
        mail.message(
            event,
            occurrence,
            going,
            s,
            b,
            me == null ? current.getCaller().username() : me.displayName());
    audit.record(current, "event.message", event.getSlug(), occurrence.key() + " to " + sent);
    PageGuards.redirect(
        current.link("events/" + event.getSlug() + "/attendees")
            + "?on="
            + Schedule.key(occurrence.original())
            + "&sent="
            + sent);
    return null;
  }

  /**
   * @return how many were just mailed, or -1
   */
  public int getSent() {
    String s = current.query("sent");
    return s != null && s.matches("\\d{1,6}") ? Integer.parseInt(s) : -1;
  }

  private void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /**
   * @return the subject
   */
  public String getSubject() {
    return subject;
  }

  /**
   * @param subject the subject
   */
  public void setSubject(String subject) {
    this.subject = subject;
  }

  /**
   * @return the message
   */
  public String getBody() {
    return body;
  }

  /**
   * @param body the message
   */
  public void setBody(String body) {
    this.body = body;
  }
}
