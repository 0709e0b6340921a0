package org.plenum.polls.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.FormMessages;
import org.plenum.api.PageGuards;
import org.plenum.api.Permissions;
import org.plenum.api.ReaderDates;
import org.plenum.api.Rejected;
import org.plenum.api.Texts;
import org.plenum.polls.Poll;
import org.plenum.polls.PollDraft;
import org.plenum.polls.PollQueries;
import org.plenum.polls.PollWriter;
import org.plenum.polls.PollsModule;

/**
 * Creating a poll, or changing one before it opens: its chapter (those the author may create polls
 * in), title, description, times in the author's time zone (picked from a calendar), how it counts,
 * and up to {@value PollForm#SLOTS_MAX} questions, each with its options one per line, added,
 * removed and moved without reloading the page. Empty question slots are left out. A poll that has
 * opened no longer changes: its ballots were cast on its questions. The form's fields are {@link
 * PollForm}'s.
 */
@Named("pollEditor")
@RequestScoped
public class PollEditor extends PollForm {

  @Inject PollQueries polls;

  @Inject PollWriter writer;

  @Inject Chapters chapters;

  @Inject Permissions authorizer;

  @Inject CurrentReader current;

  @Inject ReaderDates dates;

  @Inject Texts msg;

  @Inject HttpServletRequest request;

  private List<Chapter> allowed;
  private Poll poll;
  private boolean missing;

  /** Prepares the empty slots and the defaults, or the poll being changed. */
  @PostConstruct
  void prepare() {
    String slug = current.param("poll");
    if (slug != null) {
      poll = polls.bySlug(slug).orElse(null);
      missing = poll == null;
    }
    if (poll == null) {
      fillNew(current.getLang(), dates.getZone());
    } else {
      fill(poll, dates.getZone());
    }
    slotsSent(request.getParameter("slots"));
  }

  /** Adds an empty question at the end, and puts the cursor in it. */
  public void add() {
    if (getSlots().size() < SLOTS_MAX) {
      getSlots().add(new QuestionSlot());
      focus("poll:q:" + (getSlots().size() - 1) + ":text");
    } else {
      FormMessages.error(null, msg.format("polls.error.questionsMax", SLOTS_MAX));
    }
  }

  /**
   * Removes a question; the form keeps one slot at least.
   *
   * @param index the question's place, from 0
   */
  public void remove(int index) {
    List<QuestionSlot> slots = getSlots();
    if (index >= 0 && index < slots.size()) {
      slots.remove(index);
      if (slots.isEmpty()) {
        slots.add(new QuestionSlot());
      }
      focus("poll:q:" + Math.min(index, slots.size() - 1) + ":text");
    }
  }

  /**
   * Moves a question one place up or down; the button used keeps the cursor.
   *
   * @param index the question's place, from 0
   * @param by -1 for up, 1 for down
   */
  public void move(int index, int by) {
    List<QuestionSlot> slots = getSlots();
    int to = index + by;
    if (index >= 0 && index < slots.size() && to >= 0 && to < slots.size()) {
      Collections.swap(slots, index, to);
      boolean edge = to == 0 || to == slots.size() - 1;
      focus("poll:q:" + to + ":" + (edge ? "text" : by < 0 ? "up" : "down"));
    }
  }

  /**
   * Puts the cursor in a field once the page's questions are drawn again, so that a keyboard user
   * goes on where they were.
   *
   * @param clientId the field's client id
   */
  private static void focus(String clientId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
      faces
          .getPartialViewContext()
          .getEvalScripts()
          .add("document.getElementById('" + clientId + "').focus()");
    }
  }

  /**
   * Answers 403 to those who may create a poll nowhere or may not change this one, 404 for an
   * unknown poll, 409 for one that has opened.
   */
  public void load() {
    if (missing) {
      PageGuards.notFound();
    } else if (getChapters().isEmpty() || poll != null && !mayManage()) {
      PageGuards.forbidden();
    } else if (isLocked()) {
      // the page says why the poll no longer changes, instead of the form
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(409);
    }
  }

  private boolean mayManage() {
    return authorizer.can(current.getCaller(), PollsModule.CREATE, poll.getChapterId());
  }

  /**
   * @return the poll being changed, or {@code null} when creating one
   */
  public Poll getPoll() {
    return poll;
  }

  /**
   * @return true when the poll being changed has opened and no longer changes
   */
  public boolean isLocked() {
    return poll != null && !isEditable();
  }

  /**
   * @return true while the poll being changed has not opened
   */
  public boolean isEditable() {
    return poll != null && poll.editableAt(LocalDateTime.now(ZoneOffset.UTC));
  }

  /**
   * Deletes the poll being changed, which has not opened.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String delete() throws IOException {
    if (poll == null || !mayManage()) {
      FormMessages.error(null, msg.text("polls.error.chapter"));
      return null;
    }
    try {
      writer.delete(poll.getId());
      PageGuards.redirect(current.link("polls"));
    } catch (Rejected e) {
      FormMessages.error(null, msg.text(e.problems().get(0).key()));
    }
    return null;
  }

  /**
   * @return the chapters the author may create polls in
   */
  public List<Chapter> getChapters() {
    if (allowed != null) {
      return allowed;
    }
    List<Chapter> list = new ArrayList<>();
    for (Chapters.Node n : chapters.tree()) {
      if (authorizer.can(current.getCaller(), PollsModule.CREATE, n.chapter().getId())) {
        list.add(n.chapter());
      }
    }
    allowed = list;
    return list;
  }

  /**
   * Creates the poll and shows it, or shows what is wrong.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String save() throws IOException {
    if (getChapterId() == null
        || !authorizer.can(current.getCaller(), PollsModule.CREATE, getChapterId())) {
      FormMessages.error("poll:chapter", msg.text("polls.error.chapter"));
      return null;
    }
    LocalDateTime opens = utc(getOpensAt(), dates.getZone());
    LocalDateTime closes = utc(getClosesAt(), dates.getZone());
    List<PollDraft.QuestionDraft> questions = questions();
    try {
      PollDraft draft = draft(poll == null ? null : poll.getSlug(), opens, closes, questions);
      Poll p;
      if (poll == null) {
        p = writer.create(draft, current.getCaller().username());
      } else {
        if (!mayManage()) {
          FormMessages.error("poll:chapter", msg.text("polls.error.chapter"));
          return null;
        }
        String version = request.getParameter("version");
        p =
            writer.update(
                poll.getId(),
                version != null && version.matches("\\d{1,18}") ? Long.parseLong(version) : -1,
                draft);
      }
      PageGuards.redirect(current.link("polls/" + p.getSlug()));
    } catch (Rejected e) {
      FormMessages.show(
          e,
          msg,
          FormMessages.fields("poll", "title", "closesAt", "description", "language", "chapter"));
    } catch (IllegalArgumentException e) {
      FormMessages.error(null, msg.format("polls.error.value", e.getMessage()));
    }
    return null;
  }

  /**
   * @return the time zone times are read in
   */
  public String getZone() {
    return dates.getZone().getId();
  }

  /**
   * @return the languages offered
   */
  public List<String> getLanguages() {
    return msg.languages();
  }
}
