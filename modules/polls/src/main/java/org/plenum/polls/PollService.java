package org.plenum.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenum.api.Chapters;
import org.plenum.api.Markdown;
import org.plenum.api.Rejected;
import org.plenum.api.Slugs;
import org.plenum.api.Texts;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.spi.ContentChanged;
import org.plenum.spi.SearchChanged;

/**
 * The rules of polls: who may vote (members, not supporters, of the poll's chapter and of
 * every chapter beneath it), when (between opening and closing), how often (one ballot per
 * member per poll, a database constraint), what (options of the poll's own questions, no
 * more than a question allows); how a poll opens (the sub-chapters' sizes are taken) and
 * closes (the tally is computed once and frozen). A refused ballot changes nothing.
 */
@ApplicationScoped
public class PollService {

  static final int TITLE_MAX = 200;
  static final int TEXT_MAX = 1000;
  static final int OPTION_MAX = 500;
  static final int OPTIONS_MAX = 30;
  static final int QUESTIONS_MAX = 30;

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext
  EntityManager em;

  @Inject
  Chapters chapters;

  @Inject
  Markdown markdown;

  @Inject
  Texts catalog;

  @Inject
  Event<ContentChanged> changed;

  @Inject
  Event<SearchChanged> searchChanged;

  /** A poll that does not exist. */
  public static class PollNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param what the poll asked for */
    public PollNotFound(Object what) {
      super("no poll " + what);
    }
  }

  /**
   * A poll by address, with its questions.
   *
   * @param slug the address
   * @return the poll, if any
   */
  @Transactional
  public Optional<Poll> bySlug(String slug) {
    if (!Slugs.valid(slug)) {
      return Optional.empty();
    }
    Optional<Poll> poll = em.createQuery("select p from Poll p where p.slug = :s", Poll.class)
        .setParameter("s", slug).getResultStream().findFirst();
    poll.ifPresent(PollService::load);
    return poll;
  }

  /**
   * A poll's id by its address, without reading the poll.
   *
   * @param slug the address
   * @return the id, if there is such a poll
   */
  @Transactional
  public Optional<Long> idOf(String slug) {
    if (!Slugs.valid(slug)) {
      return Optional.empty();
    }
    return em.createQuery("select p.id from Poll p where p.slug = :s", Long.class)
        .setParameter("s", slug).getResultStream().findFirst();
  }

  /**
   * A poll by id, with its questions.
   *
   * @param id the id
   * @return the poll, if any
   */
  @Transactional
  public Optional<Poll> byId(long id) {
    Poll p = em.find(Poll.class, id);
    if (p != null) {
      load(p);
    }
    return Optional.ofNullable(p);
  }

  private static void load(Poll p) {
    p.getQuestions().forEach(q -> q.getChoices().size());
    p.getGroupSizes();
  }

  /** Which polls a list shows. */
  public enum Show {
    /** Every poll. */
    ALL,
    /** Polls taking ballots now. */
    OPEN,
    /** Polls closed and counted. */
    CLOSED
  }

  /**
   * Polls, the newest closing first.
   *
   * @param show which
   * @param chapterId only this chapter's (not its sub-chapters'), or {@code null}
   * @param max how many
   * @return polls
   */
  @Transactional
  public List<Poll> list(Show show, Long chapterId, int max) {
    String where = switch (show) {
      case ALL -> "1 = 1";
      case OPEN -> "p.closedAt is null and p.opensAt <= :now and p.closesAt > :now";
      case CLOSED -> "p.closedAt is not null";
    };
    var q = em.createQuery("select p from Poll p where " + where
        + (chapterId == null ? "" : " and p.chapterId = :c") + " order by p.closesAt desc",
        Poll.class).setMaxResults(max);
    if (show == Show.OPEN) {
      q.setParameter("now", Poll.now());
    }
    if (chapterId != null) {
      q.setParameter("c", chapterId);
    }
    return q.getResultList();
  }

  /**
   * Creates a poll.
   *
   * @param draft what was written
   * @param by who
   * @return the poll
   * @throws Rejected when a rule is broken; nothing is written
   */
  @Transactional
  public Poll create(PollDraft draft, String by) {
    Checked c = check(draft);
    if (bySlug(c.slug()).isPresent()) {
      throw new Rejected(List.of(Rejected.problem("slug", "polls.error.slugTaken", c.slug())),
          true);
    }
    Poll poll = new Poll(draft.chapterId(), draft.language(), UUID.randomUUID().toString(), by);
    describe(poll, draft, c);
    em.persist(poll);
    em.flush();
    searchChanged.fire(new SearchChanged(PollSearch.TYPE, String.valueOf(poll.getId())));
    changed.fire(ContentChanged.of(PollClock.TAG));
    return poll;
  }

  /**
   * Changes a poll before it opens: everything may change, its questions are replaced.
   *
   * @param pollId the poll
   * @param version the version the author started from
   * @param draft what was written
   * @return the poll
   * @throws Rejected when a rule is broken, the poll has opened, or someone else changed it
   *     meanwhile; nothing is written
   */
  @Transactional
  public Poll update(long pollId, long version, PollDraft draft) {
    Poll poll = byId(pollId).orElseThrow(() -> new PollNotFound(pollId));
    if (!poll.editableAt(Poll.now())) {
      throw new Rejected(List.of(Rejected.problem("opensAt", "polls.error.started")), true);
    }
    if (poll.getVersion() != version) {
      throw new Rejected(List.of(Rejected.problem("version", "polls.error.version")), true);
    }
    Checked c = check(draft);
    // a change of questions alone must count as a change of the poll
    em.lock(poll, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    if (!c.slug().equals(poll.getSlug()) && bySlug(c.slug()).isPresent()) {
      throw new Rejected(List.of(Rejected.problem("slug", "polls.error.slugTaken", c.slug())),
          true);
    }
    poll.moveTo(draft.chapterId(), draft.language());
    // the old questions go first: their positions are unique within the poll
    poll.replaceQuestions(List.of());
    em.flush();
    describe(poll, draft, c);
    em.flush();
    searchChanged.fire(new SearchChanged(PollSearch.TYPE, String.valueOf(poll.getId())));
    changed.fire(ContentChanged.of(PollClock.TAG, tag(poll)));
    return poll;
  }

  /**
   * Deletes a poll that has not opened (no ballot can exist).
   *
   * @param pollId the poll
   * @throws Rejected when it has opened
   */
  @Transactional
  public void delete(long pollId) {
    Poll poll = byId(pollId).orElseThrow(() -> new PollNotFound(pollId));
    if (!poll.editableAt(Poll.now())) {
      throw new Rejected(List.of(Rejected.problem("opensAt", "polls.error.started")), true);
    }
    em.remove(poll);
    em.flush();
    searchChanged.fire(new SearchChanged(PollSearch.TYPE, String.valueOf(poll.getId())));
    changed.fire(ContentChanged.of(PollClock.TAG, tag(poll)));
  }

  /**
   * Ends an open poll's voting now and freezes its tally, as its closing time would.
   *
   * @param pollId the poll
   * @return the poll, closed
   * @throws Rejected when it is not open
   */
  @Transactional
  public Poll closeNow(long pollId) {
    LocalDateTime now = Poll.now();
    Poll poll = byId(pollId).orElseThrow(() -> new PollNotFound(pollId));
    if (poll.isClosed() || now.isBefore(poll.getOpensAt())) {
      throw new Rejected(List.of(Rejected.problem("closesAt", poll.isClosed()
          ? "polls.error.closed" : "polls.error.notOpen")), true);
    }
    em.createQuery("update Poll p set p.closesAt = :now, p.version = p.version + 1"
        + " where p.id = :id and p.closedAt is null and p.closesAt > :now")
        .setParameter("now", now).setParameter("id", pollId).executeUpdate();
    if (poll.isOpened()) {
      closeDue(now);
    } else {
      openDue(now);
      closeDue(now);
    }
    // the frozen tally is written before the poll is read again
    em.flush();
    em.refresh(poll);
    load(poll);
    searchChanged.fire(new SearchChanged(PollSearch.TYPE, String.valueOf(poll.getId())));
    changed.fire(ContentChanged.of(PollClock.TAG, tag(poll)));
    return poll;
  }

  /**
   * The page-cache tag of one poll's pages.
   *
   * @param poll the poll
   * @return its tag
   */
  public static String tag(Poll poll) {
    return PollClock.TAG + ".poll:" + poll.getId();
  }

  /** A draft found good: its questions and address. */
  private record Checked(List<Question> questions, String slug, String title,
      String description) {}

  private Checked check(PollDraft draft) {
    List<Rejected.Problem> problems = new ArrayList<>();
    String title = draft.title() == null ? "" : draft.title().strip();
    if (title.isEmpty() || title.length() > TITLE_MAX) {
      problems.add(Rejected.problem("title", "polls.error.title", TITLE_MAX));
    }
    if (draft.chapterId() == null || chapters.byId(draft.chapterId()).isEmpty()) {
      problems.add(Rejected.problem("chapter", "polls.error.chapter"));
    }
    if (draft.language() == null || !catalog.offers(draft.language())) {
      problems.add(Rejected.problem("language", "polls.error.language"));
    }
    if (draft.opensAt() == null || draft.closesAt() == null) {
      problems.add(Rejected.problem("closesAt", "polls.error.times"));
    } else if (!draft.closesAt().isAfter(draft.opensAt())) {
      problems.add(Rejected.problem("closesAt", "polls.error.closesBeforeOpens"));
    }
    String description = draft.description() == null ? "" : draft.description().strip();
    if (description.length() > 20_000) {
      problems.add(Rejected.problem("description", "polls.error.description", 20_000));
    }
    List<Question> questions = questions(draft, problems);
    String slug = draft.slug() == null || draft.slug().isBlank() ? Slugs.from(title)
        : draft.slug().strip();
    if (!Slugs.valid(slug)) {
      problems.add(Rejected.problem("slug", "polls.error.slug"));
    }
    if (!problems.isEmpty()) {
      throw new Rejected(problems, false);
    }
    return new Checked(questions, slug, title, description);
  }

  private void describe(Poll poll, PollDraft draft, Checked c) {
    poll.describe(c.slug(), c.title(), c.description().isEmpty() ? null : c.description(),
        c.description().isEmpty() ? null : markdown.render(c.description()), draft.opensAt(),
        draft.closesAt(), draft.weighting() == null ? Tally.Weighting.ONE_MEMBER_ONE_VOTE
            : draft.weighting(), draft.secret(),
        draft.visibility() == null ? Poll.Visibility.AFTER_CLOSE : draft.visibility(),
        draft.mailMembers());
    poll.replaceQuestions(c.questions());
  }

  private List<Question> questions(PollDraft draft, List<Rejected.Problem> problems) {
    List<Question> list = new ArrayList<>();
    List<PollDraft.QuestionDraft> drafts = draft.questions() == null ? List.of()
        : draft.questions();
    if (drafts.isEmpty()) {
      problems.add(Rejected.problem("questions", "polls.error.noQuestion"));
    } else if (drafts.size() > QUESTIONS_MAX) {
      problems.add(Rejected.problem("questions", "polls.error.questionsMany", QUESTIONS_MAX));
    }
    String lang = draft.language() != null && catalog.offers(draft.language())
        ? draft.language() : "en";
    int position = 0;
    for (PollDraft.QuestionDraft d : drafts) {
      int n = position + 1;
      String text = d.text() == null ? "" : d.text().strip();
      if (text.isEmpty() || text.length() > TEXT_MAX) {
        problems.add(Rejected.problem("questions", "polls.error.questionText", n, TEXT_MAX));
      }
      Question.Kind kind = d.kind() == null ? Question.Kind.SINGLE : d.kind();
      List<String> labels;
      if (kind == Question.Kind.MOTION) {
        labels = List.of(catalog.text(lang, "polls.motion.for"),
            catalog.text(lang, "polls.motion.against"), catalog.text(lang, "polls.motion.abstain"));
        if (d.quorumPercent() < 0 || d.quorumPercent() > 100) {
          problems.add(Rejected.problem("questions", "polls.error.quorum", n));
        }
      } else {
        labels = d.options() == null ? List.of() : d.options().stream().map(String::strip)
            .filter(s -> !s.isEmpty()).toList();
        if (labels.size() < 2) {
          problems.add(Rejected.problem("questions", "polls.error.fewOptions", n));
        } else if (labels.size() > OPTIONS_MAX) {
          problems.add(Rejected.problem("questions", "polls.error.manyOptions", n, OPTIONS_MAX));
        }
        if (labels.stream().anyMatch(s -> s.length() > OPTION_MAX)) {
          problems.add(Rejected.problem("questions", "polls.error.optionLong", n, OPTION_MAX));
        }
        if (labels.stream().distinct().count() != labels.size()) {
          problems.add(Rejected.problem("questions", "polls.error.sameOption", n));
        }
        if (kind == Question.Kind.MULTIPLE
            && (d.maxChoices() < 1 || d.maxChoices() > Math.max(1, labels.size()))) {
          problems.add(Rejected.problem("questions", "polls.error.maxChoices", n));
        }
      }
      list.add(new Question(position++, text, kind, d.maxChoices(),
          d.rule() == null ? Tally.Rule.MAJORITY : d.rule(), d.quorumPercent(), labels));
    }
    return list;
  }

  /**
   * Where a member votes in a poll: their place in its chapter's subtree.
   *
   * @param poll the poll
   * @param accountId the member
   * @return their enrolment, empty when they may not vote
   */
  @Transactional
  public Optional<Chapters.Enrolment> eligibility(Poll poll, long accountId) {
    return chapters.enrolmentWithin(poll.getChapterId(), accountId);
  }

  /**
   * The group a member votes through: the direct sub-chapter of the poll's chapter their
   * chapter lies in, or the poll's chapter itself.
   *
   * @param pollChapterPath the poll's chapter's tree path
   * @param enrolment the member's place
   * @param pollChapterId the poll's chapter
   * @return the group's chapter id
   */
  static long group(String pollChapterPath, Chapters.Enrolment enrolment,
      long pollChapterId) {
    String rest = enrolment.treePath().substring(pollChapterPath.length());
    int slash = rest.indexOf('/');
    return slash <= 0 ? pollChapterId : Long.parseLong(rest.substring(0, slash));
  }

  /**
   * Whether a member has voted, and their ballot in an open poll.
   *
   * @param poll the poll
   * @param accountId the member
   * @return true when they took part
   */
  @Transactional
  public boolean hasVoted(Poll poll, long accountId) {
    return em.find(Participation.class, new Participation.Key(poll.getId(), accountId)) != null;
  }

  /**
   * A member's ballot in an open poll, or a ballot found by its receipt in a secret one.
   *
   * @param poll the poll
   * @param accountId the member
   * @param receipt the receipt, for a secret poll
   * @return the ballot, if any
   */
  @Transactional
  public Optional<Ballot> ballot(Poll poll, long accountId, String receipt) {
    return ballot(poll.getId(), poll.isSecret(), accountId, receipt, LockModeType.NONE);
  }

  private static Ballot touch(Ballot b) {
    b.getChosen();
    return b;
  }

  /**
   * Saves a member's answers: the first ballot, or a change to it.
   *
   * @param pollId the poll
   * @param accountId the member
   * @param answers the options chosen, by question; questions left out stay unanswered
   * @param receipt for changing a secret ballot, the receipt given when it was cast
   * @return the receipt: a new one for a first ballot, the same one after a change
   * @throws Rejected when the member may not vote, the poll is not open, or an answer is
   *     not allowed; nothing changes
   */
  @Transactional
  public String vote(long pollId, long accountId, Map<Long, Set<Long>> answers, String receipt) {
    // the poll's state is read afresh; its questions, fixed once it opens, from memory
    Object[] state = em.createQuery("select p.version, p.opensAt, p.closesAt, p.closedAt"
        + " from Poll p where p.id = :id", Object[].class).setParameter("id", pollId)
        .getResultStream().findFirst().orElseThrow(() -> new PollNotFound(pollId));
    LocalDateTime now = Poll.now();
    if (state[3] != null || !now.isBefore((LocalDateTime) state[2])) {
      throw refuse("polls.error.closed", true);
    }
    if (now.isBefore((LocalDateTime) state[1])) {
      throw refuse("polls.error.notOpen", true);
    }
    Shape shape = shape(pollId, (Long) state[0]);
    Chapters.Enrolment enrolment = chapters.enrolmentWithin(shape.chapterId(), accountId)
        .orElseThrow(() -> refuse("polls.error.notEligible", false));
    shape.check(answers);
    long group = group(shape.chapterPath(), enrolment, shape.chapterId());
    // a member's ballots sent at once take their turns, so that none meets another in the
    // database (which would refuse it, and log the refusal with its stack trace): first
    // ballots wait for the poll's row, changes for their ballot's; the later one finds the
    // earlier's ballot and changes it
    Participation.Key key = new Participation.Key(pollId, accountId);
    boolean voted = em.find(Participation.class, key) != null;
    if (!voted) {
      em.find(Poll.class, pollId, LockModeType.PESSIMISTIC_WRITE);
      voted = em.find(Participation.class, key) != null;
    }
    if (voted) {
      Ballot b = ballot(pollId, shape.secret(), accountId, receipt,
          LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> refuse("polls.error.receipt", true));
      b.answer(answers);
      em.flush();
      return receipt;
    }
    em.persist(new Participation(pollId, accountId));
    String code = newReceipt();
    Ballot b = new Ballot(pollId, shape.secret() ? null : accountId, hash(code), group);
    b.answer(answers);
    em.persist(b);
    em.flush();
    return code;
  }

  /**
   * What a ballot is checked against: the poll's chapter, kind and questions, which do not
   * change once it opens (a change before bumps the version, and the shape is read again).
   */
  private record Shape(long version, long chapterId, String chapterPath, boolean secret,
      Map<Long, Question.Shape> questions) {

    void check(Map<Long, Set<Long>> answers) {
      for (Map.Entry<Long, Set<Long>> a : answers.entrySet()) {
        Question.Shape q = questions.get(a.getKey());
        if (q == null) {
          throw refuse("polls.error.foreignQuestion", false);
        }
        if (!q.choices().containsAll(a.getValue())) {
          throw refuse("polls.error.foreignOption", false);
        }
        if (a.getValue().size() > q.maxChoices()) {
          throw new Rejected(List.of(Rejected.problem("answers", "polls.error.tooMany",
              q.position() + 1, q.maxChoices())), false);
        }
      }
    }
  }

  private final Map<Long, Shape> shapes = new java.util.concurrent.ConcurrentHashMap<>();

  private Shape shape(long pollId, long version) {
    Shape known = shapes.get(pollId);
    if (known != null && known.version() == version) {
      return known;
    }
    Poll poll = byId(pollId).orElseThrow(() -> new PollNotFound(pollId));
    Map<Long, Question.Shape> questions = new HashMap<>();
    poll.getQuestions().forEach(q -> questions.put(q.getId(), q.shape()));
    Shape shape = new Shape(poll.getVersion(), poll.getChapterId(),
        chapters.byId(poll.getChapterId()).orElseThrow().getTreePath(), poll.isSecret(),
        Map.copyOf(questions));
    if (shapes.size() > 1000) {
      shapes.clear();
    }
    shapes.put(pollId, shape);
    return shape;
  }

  private Optional<Ballot> ballot(long pollId, boolean secret, long accountId,
      String receipt, LockModeType lock) {
    if (!secret) {
      return em.createQuery("select b from Ballot b where b.pollId = :p and b.accountId = :a",
          Ballot.class).setParameter("p", pollId).setParameter("a", accountId)
          .setLockMode(lock).getResultStream().findFirst().map(PollService::touch);
    }
    if (receipt == null || receipt.isBlank() || receipt.length() > 64) {
      return Optional.empty();
    }
    return em.createQuery("select b from Ballot b where b.pollId = :p and b.receiptHash = :h",
        Ballot.class).setParameter("p", pollId).setParameter("h", hash(receipt))
        .setLockMode(lock).getResultStream().findFirst().map(PollService::touch);
  }

  /**
   * Stores a ballot as it was cast elsewhere (an import, the demo's historical poll), whatever
   * the poll's times; the voter must be eligible and must not have voted.
   *
   * @param poll the poll
   * @param accountId the voter
   * @param answers the options chosen, by question
   */
  @Transactional
  void record(Poll poll, long accountId, Map<Long, Set<Long>> answers) {
    Chapters.Enrolment enrolment = eligibility(poll, accountId)
        .orElseThrow(() -> refuse("polls.error.notEligible", false));
    shape(poll.getId(), poll.getVersion()).check(answers);
    em.persist(new Participation(poll.getId(), accountId));
    Ballot b = new Ballot(poll.getId(), poll.isSecret() ? null : accountId, hash(newReceipt()),
        groupOf(poll, enrolment));
    b.answer(answers);
    em.persist(b);
  }

  private long groupOf(Poll poll, Chapters.Enrolment enrolment) {
    String path = chapters.byId(poll.getChapterId()).orElseThrow().getTreePath();
    return group(path, enrolment, poll.getChapterId());
  }

  /**
   * The results: frozen at the close, counted from the ballots before.
   *
   * @param poll the poll
   * @return the tally
   */
  @Transactional
  public Counted results(Poll poll) {
    if (poll.getTally() != null) {
      return Counted.fromJson(poll.getTally());
    }
    return count(poll);
  }

  /**
   * Counts a poll's ballots as they are now.
   *
   * @param poll the poll
   * @return the tally
   */
  @Transactional
  public Counted count(Poll poll) {
    // one query for the ballots with their answers, not one more per ballot
    List<Ballot> ballots = em.createQuery("select distinct b from Ballot b"
        + " left join fetch b.answers where b.pollId = :p", Ballot.class)
        .setParameter("p", poll.getId()).getResultList();
    List<Tally.Ballot> counted = new ArrayList<>();
    for (Ballot b : ballots) {
      counted.add(new Tally.Ballot(b.getGroupId(), b.getChosen()));
    }
    long eligible = poll.getEligible() != null ? poll.getEligible()
        : chapters.membersWithin(poll.getChapterId()).size();
    return Counted.of(Tally.count(questions(poll), counted, poll.getWeighting(),
        poll.getGroupSizes(), eligible), eligible, ballots.size());
  }

  /**
   * A poll's questions as the tally takes them.
   *
   * @param poll the poll
   * @return the questions
   */
  static List<Tally.Question> questions(Poll poll) {
    List<Tally.Question> list = new ArrayList<>();
    for (Question q : poll.getQuestions()) {
      list.add(new Tally.Question(q.getId(), q.getChoices().stream().map(Choice::getId)
          .toList(), q.isMotion(), q.getRule(), q.getQuorumPercent()));
    }
    return list;
  }

  /**
   * Records the opening of the polls whose time has come: the members of each direct
   * sub-chapter are counted for proportional weighting. One conditional update per poll, so
   * that with several instances each poll is opened once.
   *
   * @param now the moment, UTC
   * @return the polls opened by this call
   */
  @Transactional
  public List<Long> openDue(LocalDateTime now) {
    List<Long> done = new ArrayList<>();
    for (Poll p : em.createQuery("select p from Poll p where p.opened = false"
        + " and p.opensAt <= :now", Poll.class).setParameter("now", now).setMaxResults(100)
        .getResultList()) {
      int n = em.createQuery("update Poll p set p.opened = true, p.version = p.version + 1"
          + " where p.id = :id and p.opened = false").setParameter("id", p.getId())
          .executeUpdate();
      if (n == 1) {
        em.refresh(p);
        String path = chapters.byId(p.getChapterId()).orElseThrow().getTreePath();
        Map<Long, Long> sizes = new LinkedHashMap<>();
        for (Chapters.Enrolment e : chapters.membersWithin(p.getChapterId())) {
          sizes.merge(group(path, e, p.getChapterId()), 1L, Long::sum);
        }
        p.open(sizes);
        done.add(p.getId());
      }
    }
    return done;
  }

  /**
   * Closes the polls whose time has come and freezes their tally. One conditional update per
   * poll claims it, so that with several instances each poll is counted once.
   *
   * @param now the moment, UTC
   * @return the polls closed by this call
   */
  @Transactional
  public List<Long> closeDue(LocalDateTime now) {
    List<Long> done = new ArrayList<>();
    for (Long id : em.createQuery("select p.id from Poll p where p.closedAt is null"
        + " and p.closesAt <= :now", Long.class).setParameter("now", now).setMaxResults(100)
        .getResultList()) {
      int n = em.createQuery("update Poll p set p.closedAt = :now, p.version = p.version + 1"
          + " where p.id = :id and p.closedAt is null").setParameter("now", now)
          .setParameter("id", id).executeUpdate();
      if (n == 1) {
        Poll p = em.find(Poll.class, id);
        em.refresh(p);
        load(p);
        int eligible = chapters.membersWithin(p.getChapterId()).size();
        p.freeze(null, eligible, 0, now);
        Counted c = count(p);
        p.freeze(c.toJson(), eligible, (int) c.voters(), now);
        done.add(id);
      }
    }
    return done;
  }

  /**
   * A poll's texts in a language other than its own.
   *
   * @param poll the poll
   * @param lang the language
   * @return the translation, if any
   */
  @Transactional
  public Optional<PollTranslation> translation(Poll poll, String lang) {
    if (lang == null || lang.equals(poll.getLanguage())) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(PollTranslation.class,
        new PollTranslation.Key(poll.getId(), lang)));
  }

  /**
   * The languages a poll is translated into.
   *
   * @param poll the poll
   * @return language tags, sorted
   */
  @Transactional
  public List<String> translations(Poll poll) {
    return em.createQuery("select t.language from PollTranslation t where t.pollId = :p"
        + " order by t.language", String.class).setParameter("p", poll.getId())
        .getResultList();
  }

  /**
   * The titles of polls in a language, where they are translated into it.
   *
   * @param lang the language
   * @return titles by poll id; polls not translated are left out
   */
  @Transactional
  public Map<Long, String> titles(String lang) {
    Map<Long, String> map = new HashMap<>();
    for (Object[] row : em.createQuery("select t.pollId, t.title from PollTranslation t"
        + " where t.language = :l", Object[].class).setParameter("l", lang).getResultList()) {
      map.put((Long) row[0], (String) row[1]);
    }
    return map;
  }

  /**
   * Writes or rewrites a poll's texts in another language. Questions and options left blank
   * are read in the poll's own language; a motion's options are always the site's words for
   * For, Against and Abstain in the reader's language.
   *
   * @param pollId the poll
   * @param lang the language, one the site offers other than the poll's
   * @param title the title
   * @param description the description (Markdown), or blank
   * @param questions question texts by question id
   * @param options option texts by option id
   * @param by who
   * @return the translation
   * @throws Rejected when a text is too long, an id is not the poll's, or the language is
   *     wrong; nothing is written
   */
  @Transactional
  public PollTranslation translate(long pollId, String lang, String title, String description,
      Map<Long, String> questions, Map<Long, String> options, String by) {
    Poll poll = byId(pollId).orElseThrow(() -> new PollNotFound(pollId));
    List<Rejected.Problem> problems = new ArrayList<>();
    if (lang == null || !catalog.offers(lang) || lang.equals(poll.getLanguage())) {
      problems.add(Rejected.problem("language", "polls.error.translationLanguage"));
    }
    String t = title == null ? "" : title.strip();
    if (t.isEmpty() || t.length() > TITLE_MAX) {
      problems.add(Rejected.problem("title", "polls.error.title", TITLE_MAX));
    }
    String d = description == null ? "" : description.strip();
    if (d.length() > 20_000) {
      problems.add(Rejected.problem("description", "polls.error.description", 20_000));
    }
    Map<Long, String> q = new LinkedHashMap<>();
    Map<Long, String> c = new LinkedHashMap<>();
    Map<Long, Question> mine = new HashMap<>();
    Map<Long, Question> choiceOf = new HashMap<>();
    for (Question question : poll.getQuestions()) {
      mine.put(question.getId(), question);
      question.getChoices().forEach(x -> choiceOf.put(x.getId(), question));
    }
    questions.forEach((id, text) -> {
      String v = text == null ? "" : text.strip();
      if (!mine.containsKey(id)) {
        problems.add(Rejected.problem("questions", "polls.error.foreignQuestion"));
      } else if (v.length() > TEXT_MAX) {
        problems.add(Rejected.problem("questions", "polls.error.questionText",
            mine.get(id).getPosition() + 1, TEXT_MAX));
      } else if (!v.isEmpty()) {
        q.put(id, v);
      }
    });
    options.forEach((id, text) -> {
      String v = text == null ? "" : text.strip();
      if (!choiceOf.containsKey(id)) {
        problems.add(Rejected.problem("options", "polls.error.foreignOption"));
      } else if (v.length() > OPTION_MAX) {
        problems.add(Rejected.problem("options", "polls.error.optionLong",
            choiceOf.get(id).getPosition() + 1, OPTION_MAX));
      } else if (!v.isEmpty() && !choiceOf.get(id).isMotion()) {
        c.put(id, v);
      }
    });
    if (!problems.isEmpty()) {
      throw new Rejected(problems.stream().distinct().toList(), false);
    }
    PollTranslation tr = translation(poll, lang).orElse(null);
    if (tr == null) {
      tr = new PollTranslation(poll.getId(), lang);
      em.persist(tr);
    }
    tr.write(t, d.isEmpty() ? null : d, d.isEmpty() ? null : markdown.render(d), q, c, by);
    em.flush();
    changed.fire(ContentChanged.of(PollClock.TAG, tag(poll)));
    return tr;
  }

  /**
   * Removes a poll's translation.
   *
   * @param pollId the poll
   * @param lang the language
   * @return true when there was one
   */
  @Transactional
  public boolean removeTranslation(long pollId, String lang) {
    Poll poll = byId(pollId).orElseThrow(() -> new PollNotFound(pollId));
    Optional<PollTranslation> tr = translation(poll, lang);
    tr.ifPresent(em::remove);
    if (tr.isPresent()) {
      changed.fire(ContentChanged.of(PollClock.TAG, tag(poll)));
    }
    return tr.isPresent();
  }

  /** What a poll's mail tells: the opening, or the close coming within a day. */
  public enum Notice {
    /** The poll has opened. */
    OPENING,
    /** The poll closes within a day. */
    REMINDER
  }

  /**
   * Claims the mails that are due: the opening of polls that opened and mail their members,
   * and the reminder of those closing within a day (only for polls open longer than a day:
   * for shorter ones the opening's mail says it all). One conditional update claims each, so
   * that with several instances each mail goes once.
   *
   * @param notice which mail
   * @param now the moment, UTC
   * @return the polls whose mail this call claimed
   */
  @Transactional
  public List<Long> claimMail(Notice notice, LocalDateTime now) {
    String flag = notice == Notice.OPENING ? "openingMailed" : "reminderMailed";
    String when = notice == Notice.OPENING ? "p.opened = true"
        : "p.opened = true and p.closesAt <= :soon";
    var q = em.createQuery("select p from Poll p where p.notify = true and p." + flag
        + " = false and p.closedAt is null and p.closesAt > :now and " + when, Poll.class)
        .setParameter("now", now).setMaxResults(100);
    if (notice == Notice.REMINDER) {
      q.setParameter("soon", now.plusDays(1));
    }
    List<Long> claimed = new ArrayList<>();
    for (Poll p : q.getResultList()) {
      int n = em.createQuery("update Poll p set p." + flag + " = true, p.version = p.version + 1"
          + " where p.id = :id and p." + flag + " = false").setParameter("id", p.getId())
          .executeUpdate();
      boolean longEnough = notice == Notice.OPENING
          || p.getOpensAt().plusDays(1).isBefore(p.getClosesAt());
      if (n == 1 && longEnough) {
        claimed.add(p.getId());
      }
    }
    return claimed;
  }

  /**
   * The members a poll's mail goes to: every eligible member, or for the reminder those who
   * have not voted.
   *
   * @param poll the poll
   * @param notice which mail
   * @return their account ids
   */
  @Transactional
  public List<Long> recipients(Poll poll, Notice notice) {
    Set<Long> voted = notice == Notice.OPENING ? Set.of()
        : new java.util.HashSet<>(em.createQuery("select p.accountId from Participation p"
            + " where p.pollId = :p", Long.class).setParameter("p", poll.getId())
            .getResultList());
    return chapters.membersWithin(poll.getChapterId()).stream()
        .map(Chapters.Enrolment::memberId).filter(id -> !voted.contains(id)).toList();
  }

  /**
   * The digest of a closed poll, from which anyone can recount: for a secret poll each
   * ballot's receipt hash with its answers, for an open poll each voter's account with theirs.
   *
   * @param poll a closed poll
   * @return the ballots, in the order of their receipt hashes
   */
  @Transactional
  public List<Ballot> digest(Poll poll) {
    if (!poll.isClosed()) {
      return List.of();
    }
    List<Ballot> list = em.createQuery("select distinct b from Ballot b"
        + " left join fetch b.answers where b.pollId = :p order by b.receiptHash", Ballot.class)
        .setParameter("p", poll.getId()).getResultList();
    list.forEach(Ballot::getChosen);
    return list;
  }

  /**
   * The hash under which a receipt is kept.
   *
   * @param receipt the receipt as the voter holds it
   * @return SHA-256, hex
   */
  public static String hash(String receipt) {
    try {
      String normal = receipt.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "");
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** @return a new receipt: 20 characters of base 32, in groups of four */
  static String newReceipt() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      if (i > 0 && i % 4 == 0) {
        b.append('-');
      }
      b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static Rejected refuse(String key, boolean conflict) {
    return new Rejected(List.of(Rejected.problem("answers", key)), conflict);
  }

  /**
   * A counted poll.
   *
   * @param results per question
   * @param eligible members who could vote
   * @param voters ballots cast
   */
  public record Counted(List<Tally.Result> results, long eligible, long voters) {

    static Counted of(List<Tally.Result> results, long eligible, long voters) {
      return new Counted(results, eligible, voters);
    }

    /**
     * The result of a question.
     *
     * @param questionId the question
     * @return its result, if counted
     */
    public Optional<Tally.Result> of(long questionId) {
      return results.stream().filter(r -> r.question() == questionId).findFirst();
    }

    /** @return voters over eligible, 0 to 1 */
    public BigDecimal turnout() {
      return eligible == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(voters)
          .divide(BigDecimal.valueOf(eligible), java.math.MathContext.DECIMAL64);
    }

    /** @return the tally as frozen */
    String toJson() {
      JsonArrayBuilder qs = JsonBuilders.array();
      for (Tally.Result r : results) {
        JsonObjectBuilder counts = JsonBuilders.object();
        r.counts().forEach((k, v) -> counts.add(String.valueOf(k), v));
        JsonObjectBuilder shares = JsonBuilders.object();
        r.shares().forEach((k, v) -> shares.add(String.valueOf(k), v));
        JsonObjectBuilder q = JsonBuilders.object().add("question", r.question())
            .add("counts", counts).add("shares", shares).add("answered", r.answered())
            .add("turnout", r.turnout());
        if (r.outcome() != null) {
          q.add("outcome", r.outcome().name());
        }
        qs.add(q);
      }
      return JsonBuilders.object().add("eligible", eligible).add("voters", voters)
          .add("questions", qs).build().toString();
    }

    static Counted fromJson(String json) {
      JsonObject o = Json.createReader(new StringReader(json)).readObject();
      List<Tally.Result> results = new ArrayList<>();
      for (JsonValue v : o.getJsonArray("questions")) {
        JsonObject q = v.asJsonObject();
        Map<Long, Long> counts = new LinkedHashMap<>();
        q.getJsonObject("counts").forEach((k, n) -> counts.put(Long.valueOf(k),
            ((jakarta.json.JsonNumber) n).longValue()));
        Map<Long, BigDecimal> shares = new LinkedHashMap<>();
        q.getJsonObject("shares").forEach((k, n) -> shares.put(Long.valueOf(k),
            ((jakarta.json.JsonNumber) n).bigDecimalValue()));
        results.add(new Tally.Result(q.getJsonNumber("question").longValue(), counts, shares,
            q.getJsonNumber("answered").longValue(), q.getJsonNumber("turnout")
                .bigDecimalValue(), q.containsKey("outcome")
                    ? Tally.Reason.valueOf(q.getString("outcome")) : null));
      }
      return new Counted(results, o.getJsonNumber("eligible").longValue(),
          o.getJsonNumber("voters").longValue());
    }
  }
}
