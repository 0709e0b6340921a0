package org.plenum.polls;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A poll of a chapter: its questions, its time, how it counts. Times are kept in UTC. Polls and
 * their ballots stay out of the shared cache: a ballot is checked against the poll as the database
 * holds it, whichever instance opened or closed it.
 */
@Entity
@Cacheable(false)
@Table(name = "polls_poll")
public class Poll {

  /** When results are shown. */
  public enum Visibility {
    /** While the poll is open too. */
    ALWAYS,
    /** To those who voted, and to everyone after the close. */
    AFTER_VOTING,
    /** Only after the close. */
    AFTER_CLOSE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "chapter_id")
  private Long chapterId;

  private String slug;
  private String title;

  @Column(name = "description_source")
  private String descriptionSource;

  @Column(name = "description_html")
  private String descriptionHtml;

  private String language;

  @Column(name = "translation_group")
  private String translationGroup;

  @Column(name = "opens_at")
  private LocalDateTime opensAt;

  @Column(name = "closes_at")
  private LocalDateTime closesAt;

  @Enumerated(EnumType.STRING)
  private Tally.Weighting weighting;

  private boolean secret;

  @Enumerated(EnumType.STRING)
  private Visibility visibility;

  private boolean opened;

  private boolean notify;

  @Column(name = "opening_mailed")
  private boolean openingMailed;

  @Column(name = "reminder_mailed")
  private boolean reminderMailed;

  private Integer eligible;

  private Integer voters;

  private String tally;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Version private long version;

  @OneToMany(mappedBy = "poll", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Question> questions = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "polls_group_size", joinColumns = @JoinColumn(name = "poll_id"))
  @MapKeyColumn(name = "group_id")
  @Column(name = "members")
  private Map<Long, Long> groupSizes = new HashMap<>();

  protected Poll() {}

  Poll(Long chapterId, String language, String translationGroup, String by) {
    this.chapterId = chapterId;
    this.language = language;
    this.translationGroup = translationGroup;
    this.createdBy = by;
    this.createdAt = now();
  }

  static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
  }

  void describe(
      String slug,
      String title,
      String source,
      String html,
      LocalDateTime opens,
      LocalDateTime closes,
      Tally.Weighting weighting,
      boolean secret,
      Visibility visibility,
      boolean notifyMembers) {
    this.slug = slug;
    this.title = title;
    this.descriptionSource = source;
    this.descriptionHtml = html;
    this.opensAt = opens;
    this.closesAt = closes;
    this.weighting = weighting;
    this.secret = secret;
    this.visibility = visibility;
    this.notify = notifyMembers;
  }

  void moveTo(Long chapter, String lang) {
    this.chapterId = chapter;
    this.language = lang;
  }

  void replaceQuestions(List<Question> replacement) {
    questions.clear();
    for (Question q : replacement) {
      q.attach(this);
      questions.add(q);
    }
  }

  void open(Map<Long, Long> sizes) {
    this.opened = true;
    this.groupSizes = new HashMap<>(sizes);
  }

  void freeze(String tallyJson, int eligibleMembers, int voterCount, LocalDateTime at) {
    this.tally = tallyJson;
    this.eligible = eligibleMembers;
    this.voters = voterCount;
    this.closedAt = at;
  }

  /**
   * @return the id
   */
  public Long getId() {
    return id;
  }

  /**
   * @return the chapter it belongs to
   */
  public Long getChapterId() {
    return chapterId;
  }

  /**
   * @return its address
   */
  public String getSlug() {
    return slug;
  }

  /**
   * @return its title
   */
  public String getTitle() {
    return title;
  }

  /**
   * @return its description as written (Markdown)
   */
  public String getDescriptionSource() {
    return descriptionSource;
  }

  /**
   * @return its description, rendered and sanitised
   */
  public String getDescriptionHtml() {
    return descriptionHtml;
  }

  /**
   * @return its language
   */
  public String getLanguage() {
    return language;
  }

  /**
   * @return the group its translations share
   */
  public String getTranslationGroup() {
    return translationGroup;
  }

  /**
   * @return when it opens, UTC
   */
  public LocalDateTime getOpensAt() {
    return opensAt;
  }

  /**
   * @return when it closes, UTC
   */
  public LocalDateTime getClosesAt() {
    return closesAt;
  }

  /**
   * @return when it opens
   */
  public Instant getOpens() {
    return opensAt.toInstant(ZoneOffset.UTC);
  }

  /**
   * @return when it closes
   */
  public Instant getCloses() {
    return closesAt.toInstant(ZoneOffset.UTC);
  }

  /**
   * @return how votes are weighted
   */
  public Tally.Weighting getWeighting() {
    return weighting;
  }

  /**
   * @return true when answers are kept apart from who voted
   */
  public boolean isSecret() {
    return secret;
  }

  /**
   * @return when results are shown
   */
  public Visibility getVisibility() {
    return visibility;
  }

  /**
   * @return true once its opening was recorded (group sizes taken)
   */
  public boolean isOpened() {
    return opened;
  }

  /**
   * @return true when eligible members are mailed at the opening and before the close
   */
  public boolean isNotify() {
    return notify;
  }

  /**
   * Tells whether the poll may still be edited at a moment: before it opens.
   *
   * @param at the moment, UTC
   * @return true before the opening
   */
  public boolean editableAt(LocalDateTime at) {
    return !opened && closedAt == null && at.isBefore(opensAt);
  }

  /**
   * @return the eligible members, counted at the close; {@code null} before
   */
  public Integer getEligible() {
    return eligible;
  }

  /**
   * @return the voters, counted at the close; {@code null} before
   */
  public Integer getVoters() {
    return voters;
  }

  /**
   * @return the frozen tally (JSON), or {@code null} before the close
   */
  public String getTally() {
    return tally;
  }

  /**
   * @return when it was closed and counted, UTC, or {@code null} before
   */
  public LocalDateTime getClosedAt() {
    return closedAt;
  }

  /**
   * @return true once closed and counted
   */
  public boolean isClosed() {
    return closedAt != null;
  }

  /**
   * Tells whether ballots are accepted at a moment.
   *
   * @param at the moment, UTC
   * @return true between opening and closing, before the count
   */
  public boolean acceptsAt(LocalDateTime at) {
    return closedAt == null && !at.isBefore(opensAt) && at.isBefore(closesAt);
  }

  /**
   * @return who made it
   */
  public String getCreatedBy() {
    return createdBy;
  }

  /**
   * @return the version, for conflicts
   */
  public long getVersion() {
    return version;
  }

  /**
   * @return the questions, in order
   */
  public List<Question> getQuestions() {
    return questions;
  }

  /**
   * @return members of each direct sub-chapter at opening
   */
  public Map<Long, Long> getGroupSizes() {
    return Map.copyOf(groupSizes);
  }
}
