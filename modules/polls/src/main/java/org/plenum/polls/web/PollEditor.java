package org.plenum.polls.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plenum.api.Audit;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.Rejected;
import org.plenum.api.Permissions;
import org.plenum.api.CurrentReader;
import org.plenum.api.ReaderDates;
import org.plenum.api.Texts;
import org.plenum.polls.Poll;
import org.plenum.polls.PollDraft;
import org.plenum.polls.PollQueries;
import org.plenum.polls.PollWriter;
import org.plenum.polls.PollsModule;
import org.plenum.polls.Question;
import org.plenum.polls.Tally;

/**
 * Creating a poll, or changing one before it opens: its chapter (those the author may create
 * polls in), title, description, times in the author's time zone, how it counts, and up to
 * {@value #SLOTS} questions, each with its options one per line. Empty question slots are
 * left out. A poll that has opened no longer changes: its ballots were cast on its questions.
 */
@Named("pollEditor")
@RequestScoped
public class PollEditor {

  /** How many question slots the form offers. */
  static final int SLOTS = 6;

  @Inject
  PollQueries polls;

  @Inject
  PollWriter writer;

  @Inject
  Chapters chapters;

  @Inject
  Permissions authorizer;

  @Inject
  CurrentReader current;

  @Inject
  ReaderDates dates;

  @Inject
  Texts languages;

  @Inject
  Texts msg;

  @Inject
  Audit audit;

  @Inject
  jakarta.servlet.http.HttpServletRequest request;

  /** One question of the form. */
  public static class Slot {
    private String text;
    private String kind = "SINGLE";
    private Integer maxChoices = 2;
    private String rule = "MAJORITY";
    private Integer quorum = 0;
    private String options;

    /** @return the question */
    public String getText() {
      return text;
    }

    /** @param text the question */
    public void setText(String text) {
      this.text = text;
    }

    /** @return SINGLE, MULTIPLE or MOTION */
    public String getKind() {
      return kind;
    }

    /** @param kind SINGLE, MULTIPLE or MOTION */
    public void setKind(String kind) {
      this.kind = kind;
    }

    /** @return how many options at most */
    public Integer getMaxChoices() {
      return maxChoices;
    }

    /** @param maxChoices how many options at most */
    public void setMaxChoices(Integer maxChoices) {
      this.maxChoices = maxChoices;
    }

    /** @return MAJORITY or TWO_THIRDS */
    public String getRule() {
      return rule;
    }

    /** @param rule MAJORITY or TWO_THIRDS */
    public void setRule(String rule) {
      this.rule = rule;
    }

    /** @return the quorum, percent */
    public Integer getQuorum() {
      return quorum;
    }

    /** @param quorum the quorum, percent */
    public void setQuorum(Integer quorum) {
      this.quorum = quorum;
    }

    /** @return the options, one per line */
    public String getOptions() {
      return options;
    }

    /** @param options the options, one per line */
    public void setOptions(String options) {
      this.options = options;
    }
  }

  private final List<Slot> slots = new ArrayList<>();
  private List<Chapter> allowed;
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
  private Poll poll;
  private boolean missing;

  /** Prepares the empty slots and the defaults, or the poll being changed. */
  @jakarta.annotation.PostConstruct
  void prepare() {
    String slug = current.param("poll");
    if (slug != null) {
      poll = polls.bySlug(slug).orElse(null);
      missing = poll == null;
    }
    if (poll == null) {
      for (int i = 0; i < SLOTS; i++) {
        slots.add(new Slot());
      }
      language = current.getLang();
      LocalDateTime now = LocalDateTime.now(dates.getZone()).withSecond(0).withNano(0);
      opensAt = now.toString();
      closesAt = now.plusDays(14).toString();
      return;
    }
    chapterId = poll.getChapterId();
    title = poll.getTitle();
    description = poll.getDescriptionSource();
    language = poll.getLanguage();
    opensAt = local(poll.getOpensAt());
    closesAt = local(poll.getClosesAt());
    weighting = poll.getWeighting().name();
    secret = poll.isSecret();
    visibility = poll.getVisibility().name();
    notify = poll.isNotify();
    for (Question q : poll.getQuestions()) {
      Slot s = new Slot();
      s.text = q.getText();
      s.kind = q.getKind().name();
      s.maxChoices = q.getMaxChoices();
      s.rule = q.getRule() == null ? "MAJORITY" : q.getRule().name();
      s.quorum = q.getQuorumPercent();
      s.options = q.isMotion() ? "" : String.join("\n", q.getChoices().stream()
          .map(org.plenum.polls.Choice::getLabel).toList());
      slots.add(s);
    }
    while (slots.size() < Math.max(SLOTS, poll.getQuestions().size() + 2)) {
      slots.add(new Slot());
    }
  }

  private String local(LocalDateTime utc) {
    return utc.atZone(ZoneOffset.UTC).withZoneSameInstant(dates.getZone()).toLocalDateTime()
        .withSecond(0).withNano(0).toString();
  }

  /**
   * Answers 403 to those who may create a poll nowhere or may not change this one, 404 for
   * an unknown poll, 409 for one that has opened.
   *
   * @throws IOException when the error cannot be sent
   */
  public void load() throws IOException {
    int status = missing ? 404
        : getChapters().isEmpty() || poll != null && !mayManage() ? 403 : 0;
    if (status != 0) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(status, null);
      FacesContext.getCurrentInstance().responseComplete();
    } else if (isLocked()) {
      // the page says why the poll no longer changes, instead of the form
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(409);
    }
  }

  private boolean mayManage() {
    return authorizer.can(current.getCaller(), PollsModule.CREATE, poll.getChapterId());
  }

  /** @return the poll being changed, or {@code null} when creating one */
  public Poll getPoll() {
    return poll;
  }

  /** @return true when the poll being changed has opened and no longer changes */
  public boolean isLocked() {
    return poll != null && !isEditable();
  }

  /** @return true while the poll being changed has not opened */
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
    FacesContext faces = FacesContext.getCurrentInstance();
    if (poll == null || !mayManage()) {
      error(null, msg.text("polls.error.chapter"));
      return null;
    }
    try {
      writer.delete(poll.getId());
      audit.record(current.getCaller().username(), "poll.delete", poll.getSlug(), null,
          current.getAddress());
      faces.getExternalContext().redirect(current.link("polls"));
      faces.responseComplete();
    } catch (Rejected e) {
      error(null, msg.text(e.problems().get(0).key()));
    }
    return null;
  }

  /** @return the chapters the author may create polls in */
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
    FacesContext faces = FacesContext.getCurrentInstance();
    if (chapterId == null
        || !authorizer.can(current.getCaller(), PollsModule.CREATE, chapterId)) {
      error("poll:chapter", msg.text("polls.error.chapter"));
      return null;
    }
    LocalDateTime opens;
    LocalDateTime closes;
    try {
      opens = utc(opensAt);
      closes = utc(closesAt);
    } catch (DateTimeParseException e) {
      error("poll:closesAt", msg.text("polls.error.times"));
      return null;
    }
    List<PollDraft.QuestionDraft> questions = new ArrayList<>();
    for (Slot s : slots) {
      if (s.text == null || s.text.isBlank()) {
        continue;
      }
      List<String> options = s.options == null ? List.of()
          : Arrays.stream(s.options.split("\\R")).map(String::strip)
              .filter(x -> !x.isEmpty()).toList();
      questions.add(new PollDraft.QuestionDraft(s.text, Question.Kind.valueOf(s.kind),
          s.maxChoices == null ? 1 : s.maxChoices, Tally.Rule.valueOf(s.rule),
          s.quorum == null ? 0 : s.quorum, options));
    }
    try {
      PollDraft draft = new PollDraft(chapterId, title, poll == null ? null : poll.getSlug(),
          description, language, opens, closes, Tally.Weighting.valueOf(weighting), secret,
          Poll.Visibility.valueOf(visibility), questions, notify);
      Poll p;
      if (poll == null) {
        p = writer.create(draft, current.getCaller().username());
      } else {
        if (!mayManage()) {
          error("poll:chapter", msg.text("polls.error.chapter"));
          return null;
        }
        String version = request.getParameter("version");
        p = writer.update(poll.getId(), version != null && version.matches("\\d{1,18}")
            ? Long.parseLong(version) : -1, draft);
      }
      audit.record(current.getCaller().username(), poll == null ? "poll.create" : "poll.update",
          p.getSlug(), null, current.getAddress());
      faces.getExternalContext().redirect(current.link("polls/" + p.getSlug()));
      faces.responseComplete();
    } catch (Rejected e) {
      for (Rejected.Problem p : e.problems()) {
        String field = switch (p.field()) {
          case "title", "closesAt", "description", "language", "chapter" -> "poll:" + p.field();
          default -> null;
        };
        error(field, msg.format(p.key(), p.args().toArray()));
      }
      faces.validationFailed();
    } catch (IllegalArgumentException e) {
      error(null, msg.format("polls.error.value", e.getMessage()));
    }
    return null;
  }

  private LocalDateTime utc(String local) {
    if (local == null || local.isBlank()) {
      return null;
    }
    return LocalDateTime.parse(local.strip()).atZone(dates.getZone())
        .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }

  private void error(String clientId, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId,
        new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** @return the question slots */
  public List<Slot> getSlots() {
    return slots;
  }

  /** @return the time zone times are read in */
  public String getZone() {
    return dates.getZone().getId();
  }

  /** @return the languages offered */
  public List<String> getLanguages() {
    return languages.languages();
  }

  /** @return the chapter */
  public Long getChapterId() {
    return chapterId;
  }

  /** @param chapterId the chapter */
  public void setChapterId(Long chapterId) {
    this.chapterId = chapterId;
  }

  /** @return the title */
  public String getTitle() {
    return title;
  }

  /** @param title the title */
  public void setTitle(String title) {
    this.title = title;
  }

  /** @return the description */
  public String getDescription() {
    return description;
  }

  /** @param description the description */
  public void setDescription(String description) {
    this.description = description;
  }

  /** @return the language */
  public String getLanguage() {
    return language;
  }

  /** @param language the language */
  public void setLanguage(String language) {
    this.language = language;
  }

  /** @return the opening, local */
  public String getOpensAt() {
    return opensAt;
  }

  /** @param opensAt the opening, local */
  public void setOpensAt(String opensAt) {
    this.opensAt = opensAt;
  }

  /** @return the closing, local */
  public String getClosesAt() {
    return closesAt;
  }

  /** @param closesAt the closing, local */
  public void setClosesAt(String closesAt) {
    this.closesAt = closesAt;
  }

  /** @return the weighting */
  public String getWeighting() {
    return weighting;
  }

  /** @param weighting the weighting */
  public void setWeighting(String weighting) {
    this.weighting = weighting;
  }

  /** @return true for a secret ballot */
  public boolean isSecret() {
    return secret;
  }

  /** @param secret true for a secret ballot */
  public void setSecret(boolean secret) {
    this.secret = secret;
  }

  /** @return true to mail the eligible members */
  public boolean isNotify() {
    return notify;
  }

  /** @param notify true to mail the eligible members */
  public void setNotify(boolean notify) {
    this.notify = notify;
  }

  /** @return when results show */
  public String getVisibility() {
    return visibility;
  }

  /** @param visibility when results show */
  public void setVisibility(String visibility) {
    this.visibility = visibility;
  }
}
