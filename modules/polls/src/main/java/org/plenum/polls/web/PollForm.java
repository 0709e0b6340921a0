package org.plenum.polls.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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

  /** How many question slots the form offers. */
  static final int SLOTS = 6;

  private final List<QuestionSlot> slots = new ArrayList<>();
  private Long chapterId;
  private String title;
  private String description;
  private String language;
  private String opensAt;
  private String closesAt;
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
    for (int i = 0; i < SLOTS; i++) {
      slots.add(new QuestionSlot());
    }
    language = lang;
    LocalDateTime now = LocalDateTime.now(zone).withSecond(0).withNano(0);
    opensAt = now.toString();
    closesAt = now.plusDays(14).toString();
  }

  /**
   * Fills the form with a poll, and two empty slots more (at least {@value #SLOTS} in all).
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
    while (slots.size() < Math.max(SLOTS, poll.getQuestions().size() + 2)) {
      slots.add(new QuestionSlot());
    }
  }

  private static String local(LocalDateTime utc, ZoneId zone) {
    return utc.atZone(ZoneOffset.UTC)
        .withZoneSameInstant(zone)
        .toLocalDateTime()
        .withSecond(0)
        .withNano(0)
        .toString();
  }

  /**
   * A time of the form in UTC.
   *
   * @param local as the author wrote it, or blank
   * @param zone the author's time zone
   * @return the time, UTC, or {@code null} when blank
   * @throws DateTimeParseException when it is not a time
   */
  static LocalDateTime utc(String local, ZoneId zone) {
    if (local == null || local.isBlank()) {
      return null;
    }
    return LocalDateTime.parse(local.strip())
        .atZone(zone)
        .withZoneSameInstant(ZoneOffset.UTC)
        .toLocalDateTime();
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
  public String getOpensAt() {
    return opensAt;
  }

  /**
   * @param opensAt the opening, local
   */
  public void setOpensAt(String opensAt) {
    this.opensAt = opensAt;
  }

  /**
   * @return the closing, local
   */
  public String getClosesAt() {
    return closesAt;
  }

  /**
   * @param closesAt the closing, local
   */
  public void setClosesAt(String closesAt) {
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
