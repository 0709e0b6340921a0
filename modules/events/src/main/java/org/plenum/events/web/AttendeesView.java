package org.plenum.events.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.plenum.api.Audit;
import org.plenum.api.CurrentReader;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.PageGuards;
import org.plenum.api.Permissions;
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
  private List<Rsvp> answers;
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
   * @return the answers, with names and waiting places
   */
  public List<Row> getRows() {
    if (answers == null) {
      answers = attendance.answers(event.getId(), occurrence.original());
    }
    int[] place = {0};
    return answers.stream()
        .map(
            r ->
                new Row(
                    r,
                    accounts.byId(r.getAccountId()).map(Member::displayName).orElse("—"),
                    r.isWaiting() ? ++place[0] : 0))
        .toList();
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
