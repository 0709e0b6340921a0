package org.plenum.polls.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.plenum.polls.Poll;
import org.plenum.polls.PollDraft;
import org.plenum.polls.Question;
import org.plenum.polls.Tally;

/**
 * What the poll editor's form holds: a poll's chapter, texts, times (local to the author, to the
 * minute), how it counts, and its question slots; filled with the defaults or from the poll being
 * changed, and read back as a draft.
 */
public abstract class PollForm {

  /** How many questions a poll may have at most. */
  static final int SLOTS_MAX = 30;

  private final List<QuestionSlot> slots = new ArrayList<>();
  private Long chapterId;
  private String title;
  private String description;
  private String language;
  private LocalDateTime opensAt;
  private LocalDateTime closesAt;
  private String weighting = "ONE_MEMBER_ONE_VOTE";
  private boolean secret;
  private String visibility = "AFTER_CLOSE";
  private boolean notify;

  /**
   * Fills the form for a new poll: empty slots, the author's language, open from now for two weeks.
   *
   * @param lang the author's language
   * @param zone the author's time zone
   */
  void fillNew(String lang, ZoneId zone) {
    slots.add(new QuestionSlot());
    language = lang;
    LocalDateTime now = LocalDateTime.now(zone).withSecond(0).withNano(0);
    opensAt = now;
    closesAt = now.plusDays(14);
  }

  /**
   * Fills the form with a poll, its questions in order (one empty slot when it has none).
   *
   * @param poll the poll being changed
   * @param zone the author's time zone
   */
  void fill(Poll poll, ZoneId zone) {
    chapterId = poll.getChapterId();
    title = poll.getTitle();
    description = poll.getDescriptionSource();
    language = poll.getLanguage();
    opensAt = local(poll.getOpensAt(), zone);
    closesAt = local(poll.getClosesAt(), zone);
    weighting = poll.getWeighting().name();
    secret = poll.isSecret();
    visibility = poll.getVisibility().name();
    notify = poll.isNotify();
    for (Question q : poll.getQuestions()) {
      slots.add(QuestionSlot.of(q));
    }
    if (slots.isEmpty()) {
      slots.add(new QuestionSlot());
    }
  }

  private static LocalDateTime local(LocalDateTime utc, ZoneId zone) {
    return utc.atZone(ZoneOffset.UTC)
        .withZoneSameInstant(zone)
        .toLocalDateTime()
        .withSecond(0)
        .withNano(0);
  }

  /**
   * Makes the form hold as many question slots as the page sent (blank ones added, the last ones
   * left out), so that every slot the author saw is read back.
   *
   * @param sent how many slots the page held, or {@code null} on a first request
   */
  void slotsSent(String sent) {
    if (sent == null || !sent.matches("\\d{1,3}")) {
      return;
    }
    int wanted = Math.max(1, Math.min(SLOTS_MAX, Integer.parseInt(sent)));
    while (slots.size() < wanted) {
      slots.add(new QuestionSlot());
    }
    while (slots.size() > wanted) {
      slots.remove(slots.size() - 1);
    }
  }

  /**
   * A time of the form in UTC.
   *
   * @param local as the author picked it, or {@code null}
   * @param zone the author's time zone
   * @return the time, UTC, or {@code null} when none
   */
  static LocalDateTime utc(LocalDateTime local, ZoneId zone) {
    if (local == null) {
      return null;
    }
    return local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }

  /**
   * @return the questions written in the slots, blank slots left out
   */
  List<PollDraft.QuestionDraft> questions() {
    List<PollDraft.QuestionDraft> questions = new ArrayList<>();
    for (QuestionSlot s : slots) {
      if (!s.isBlank()) {
        questions.add(s.draft());
      }
    }
    return questions;
  }

  /**
   * The form as a draft.
   *
   * @param slug the poll's address, or {@code null} for a new one
   * @param opens the opening, UTC
   * @param closes the closing, UTC
   * @param questions the questions written
   * @return the draft
   * @throws IllegalArgumentException when the weighting or visibility is not one there is
   */
  PollDraft draft(
      String slug,
      LocalDateTime opens,
      LocalDateTime closes,
      List<PollDraft.QuestionDraft> questions) {
    return new PollDraft(
        chapterId,
        title,
        slug,
        description,
        language,
        opens,
        closes,
        Tally.Weighting.valueOf(weighting),
        secret,
        Poll.Visibility.valueOf(visibility),
        questions,
        notify);
  }

  /**
   * @return the question slots
   */
  public List<QuestionSlot> getSlots() {
    return slots;
  }

  /**
   * @return the chapter
   */
  public Long getChapterId() {
    return chapterId;
  }

  /**
   * @param chapterId the chapter
   */
  public void setChapterId(Long chapterId) {
    this.chapterId = chapterId;
  }

  /**
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * @param title the title
   */
  public void setTitle(String title) {
    this.title = title;
  }

  /**
   * @return the description
   */
  public String getDescription() {
    return description;
  }

  /**
   * @param description the description
   */
  public void setDescription(String description) {
    this.description = description;
  }

  /**
   * @return the language
   */
  public String getLanguage() {
    return language;
  }

  /**
   * @param language the language
   */
  public void setLanguage(String language) {
    this.language = language;
  }

  /**
   * @return the opening, local
   */
  public LocalDateTime getOpensAt() {
    return opensAt;
  }

  /**
   * @param opensAt the opening, local
   */
  public void setOpensAt(LocalDateTime opensAt) {
    this.opensAt = opensAt;
  }

  /**
   * @return the closing, local
   */
  public LocalDateTime getClosesAt() {
    return closesAt;
  }

  /**
   * @param closesAt the closing, local
   */
  public void setClosesAt(LocalDateTime closesAt) {
    this.closesAt = closesAt;
  }

  /**
   * @return the weighting
   */
  public String getWeighting() {
    return weighting;
  }

  /**
   * @param weighting the weighting
   */
  public void setWeighting(String weighting) {
    this.weighting = weighting;
  }

  /**
   * @return true for a secret ballot
   */
  public boolean isSecret() {
    return secret;
  }

  /**
   * @param secret true for a secret ballot
   */
  public void setSecret(boolean secret) {
    this.secret = secret;
  }

  /**
   * @return true to mail the eligible members
   */
  public boolean isNotify() {
    return notify;
  }

  /**
   * @param notify true to mail the eligible members
   */
  public void setNotify(boolean notify) {
    this.notify = notify;
  }

  /**
   * @return when results show
   */
  public String getVisibility() {
    return visibility;
  }

  /**
   * @param visibility when results show
   */
  public void setVisibility(String visibility) {
    this.visibility = visibility;
  }
}
