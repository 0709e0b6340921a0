package org.plenum.events.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.plenum.api.CurrentReader;
import org.plenum.api.FormMessages;
import org.plenum.api.Member;
import org.plenum.api.PageGuards;
import org.plenum.api.Rejected;
import org.plenum.api.Texts;
import org.plenum.events.Attendance;
import org.plenum.events.Event;
import org.plenum.events.EventNotFound;
import org.plenum.events.OccurrenceChanges;
import org.plenum.events.Rsvp;
import org.plenum.events.Schedule;
import org.plenum.events.Schedule.Occurrence;

/**
 * What the buttons of an event's page do for one occurrence: a member answers or takes the answer
 * back; an organiser cancels, moves or restores it. Each goes back to the occurrence's page saying
 * what was done, shows what is wrong, or answers 404 when the event was deleted meanwhile. {@link
 * EventView} checks who may do what.
 */
@RequestScoped
public class OccurrenceActions {

  @Inject Attendance attendance;

  @Inject OccurrenceChanges changes;

  @Inject CurrentReader current;

  @Inject Texts msg;

  /**
   * A member answers for an occurrence; going beyond the capacity puts them on the waiting list.
   *
   * @param event the event
   * @param occurrence the occurrence
   * @param reader the member
   * @param answer the answer
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String answer(Event event, Occurrence occurrence, Member reader, Rsvp.Answer answer)
      throws IOException {
    try {
      Attendance.Answered a =
          attendance.answer(event.getId(), occurrence.original(), reader.id(), answer);
      return back(
          event, occurrence, a.waiting() ? "waiting" : answer.name().toLowerCase(Locale.ROOT));
    } catch (Rejected e) {
      reject(e);
      return null;
    } catch (EventNotFound e) {
      return gone();
    }
  }

  /**
   * A member takes the answer back (and the place, which the first waiting member gets).
   *
   * @param event the event
   * @param occurrence the occurrence
   * @param reader the member
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String withdraw(Event event, Occurrence occurrence, Member reader) throws IOException {
    try {
      attendance.withdraw(event.getId(), occurrence.original(), reader.id());
    } catch (EventNotFound e) {
      return gone();
    }
    return back(event, occurrence, "withdrawn");
  }

  /**
   * Cancels an occurrence; those going are told.
   *
   * @param event the event
   * @param occurrence the occurrence
   * @param note a word for the members, or {@code null}
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String cancel(Event event, Occurrence occurrence, String note) throws IOException {
    try {
      changes.cancel(event.getId(), occurrence.original(), note);
      return back(event, occurrence, "cancelled");
    } catch (Rejected e) {
      reject(e);
      return null;
    } catch (EventNotFound e) {
      return gone();
    }
  }

  /**
   * Moves an occurrence to other times, local to the event's zone.
   *
   * @param event the event
   * @param occurrence the occurrence
   * @param start the new start, as written
   * @param end the new end, as written
   * @param note a word for the members, or {@code null}
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String move(Event event, Occurrence occurrence, String start, String end, String note)
      throws IOException {
    try {
      changes.move(event.getId(), occurrence.original(), parse(start), parse(end), note);
      return back(event, occurrence, "moved");
    } catch (DateTimeParseException e) {
      FormMessages.error(null, msg.text("events.error.times"));
      return null;
    } catch (Rejected e) {
      reject(e);
      return null;
    } catch (EventNotFound e) {
      return gone();
    }
  }

  /**
   * Takes back a cancellation or a move of an occurrence.
   *
   * @param event the event
   * @param occurrence the occurrence
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String restore(Event event, Occurrence occurrence) throws IOException {
    try {
      changes.restore(event.getId(), occurrence.original());
    } catch (EventNotFound e) {
      return gone();
    }
    return back(event, occurrence, "restored");
  }

  /**
   * Shows why something may not be done.
   *
   * @param key the message's key
   * @return {@code null}
   */
  public String refused(String key) {
    FormMessages.error(null, msg.text(key));
    return null;
  }

  private static LocalDateTime parse(String local) {
    return local == null || local.isBlank() ? null : LocalDateTime.parse(local.strip());
  }

  /** The event was deleted meanwhile: 404. */
  private static String gone() {
    PageGuards.notFound();
    return null;
  }

  private String back(Event event, Occurrence occurrence, String done) throws IOException {
    PageGuards.redirect(
        current.link("events/" + event.getSlug())
            + "?on="
            + Schedule.key(occurrence.original())
            + "&done="
            + done);
    return null;
  }

  private void reject(Rejected e) {
    FormMessages.show(e, msg, field -> null);
  }
}
