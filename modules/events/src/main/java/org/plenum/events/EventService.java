package org.plenum.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.model.Recur;
import org.plenum.api.Chapters;
import org.plenum.api.Markdown;
import org.plenum.api.Rejected;
import org.plenum.api.Slugs;
import org.plenum.api.Texts;
import org.plenum.api.Settings;
import org.plenum.events.Schedule.Occurrence;
import org.plenum.spi.ContentChanged;
import org.plenum.spi.SearchChanged;

/**
 * Events, their occurrences and the members' answers. Every change is checked whole before
 * anything is written; a refusal ({@link Rejected}) leaves everything as it was. Answers for
 * one event are taken one at a time (the event's row is locked), so a capacity is never
 * exceeded and the waiting list moves up in the order members answered.
 */
@ApplicationScoped
public class EventService {

  static final int TITLE_MAX = 200;
  static final int TEXT_MAX = 20_000;
  static final int PLACE_MAX = 200;
  static final int CAPACITY_MAX = 100_000;

  /** The longest one occurrence may last. */
  static final Duration LENGTH_MAX = Duration.ofDays(31);

  /** The widest range of occurrences asked for at once. */
  public static final Duration RANGE_MAX = Duration.ofDays(366);

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
  Settings settings;

  @Inject
  jakarta.enterprise.event.Event<ContentChanged> changed;

  @Inject
  jakarta.enterprise.event.Event<SearchChanged> searchChanged;

  @Inject
  jakarta.enterprise.event.Event<EventNotice> notices;

  /**
   * An event that does not exist (deleted meanwhile, say): a 404 with its message in the API;
   * pages answer 404 too.
   */
  public static class EventNotFound extends org.plenum.api.rest.ProblemException {
    private static final long serialVersionUID = 1L;

    /** @param what the event asked for */
    public EventNotFound(Object what) {
      super(404, "events.error.notFound");
    }
  }

  /** The moment now, UTC. */
  static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }

  /**
   * An event.
   *
   * @param id its id
   * @return the event
   */
  @Transactional
  public Optional<Event> byId(long id) {
    return Optional.ofNullable(em.find(Event.class, id));
  }

  /**
   * An event by its address.
   *
   * @param slug the address
   * @return the event
   */
  @Transactional
  public Optional<Event> bySlug(String slug) {
    return em.createQuery("select e from Event e where e.slug = :s",
        Event.class).setParameter("s", slug).getResultStream().findFirst();
  }

  /**
   * Events, newest first.
   *
   * @param chapterIds only these chapters' events, or {@code null} for all
   * @param max the most
   * @return the events
   */
  @Transactional
  public List<Event> list(Collection<Long> chapterIds, int max) {
    if (chapterIds != null && chapterIds.isEmpty()) {
      return List.of();
    }
    jakarta.persistence.TypedQuery<Event> q = em.createQuery("select e from Event e"
        + (chapterIds == null ? "" : " where e.chapterId in :c") + " order by e.id desc",
        Event.class);
    if (chapterIds != null) {
      q.setParameter("c", chapterIds);
    }
    return q.setMaxResults(max).getResultList();
  }

  /**
   * The ids of a chapter and those below it, to narrow lists to it.
   *
   * @param chapter the chapter, or {@code null} for all
   * @return the ids, or {@code null} for all
   */
  public List<Long> within(org.plenum.api.Chapter chapter) {
    if (chapter == null) {
      return null;
    }
    List<Long> ids = new ArrayList<>();
    for (Chapters.Node n : chapters.tree()) {
      if (n.chapter().getTreePath().startsWith(chapter.getTreePath())) {
        ids.add(n.chapter().getId());
      }
    }
    return ids;
  }

  /**
   * An event's cancelled and moved occurrences.
   *
   * @param eventId the event
   * @return them, by original start
   */
  @Transactional
  public List<EventException> exceptions(long eventId) {
    return em.createQuery("select x from EventException x where x.eventId = :e"
        + " order by x.originalLocal", EventException.class).setParameter("e", eventId)
        .getResultList();
  }

  /**
   * The occurrences of the events that overlap a range, by start.
   *
   * @param from the range's start
   * @param to its end (exclusive); at most {@link #RANGE_MAX} after the start
   * @param chapterIds only these chapters' events, or {@code null} for all
   * @param max the most occurrences
   * @return the occurrences, cancelled ones marked
   */
  @Transactional
  public List<Occurrence> occurrences(Instant from, Instant to, Collection<Long> chapterIds,
      int max) {
    List<Event> events = overlapping(from, to, chapterIds);
    // the moved occurrences may leave their event's span: those are found by their own times
    Map<Long, List<EventException>> exceptions = exceptionsOf(events);
    List<Occurrence> all = new ArrayList<>();
    for (Event e : events) {
      all.addAll(Schedule.expand(e, exceptions.getOrDefault(e.getId(), List.of()), from, to,
          max));
    }
    return soonest(all, max);
  }

  /**
   * The events that have occurrences in a range, each once: a single event at its occurrence,
   * a repeating one at its next occurrence not cancelled (or its next one, when all in the
   * range are), by start.
   *
   * @param from the range's start
   * @param to its end (exclusive); at most {@link #RANGE_MAX} after the start
   * @param chapterIds only these chapters' events, or {@code null} for all
   * @param max the most occurrences
   * @return the occurrences
   */
  @Transactional
  public List<Occurrence> eachOnce(Instant from, Instant to, Collection<Long> chapterIds,
      int max) {
    List<Event> events = overlapping(from, to, chapterIds);
    Map<Long, List<EventException>> exceptions = exceptionsOf(events);
    List<Occurrence> all = new ArrayList<>();
    for (Event e : events) {
      List<EventException> changed = exceptions.getOrDefault(e.getId(), List.of());
      if (!e.isRecurring()) {
        all.addAll(Schedule.expand(e, changed, from, to, max));
        continue;
      }
      // each exception cancels one occurrence at most: one more holds one that takes place
      List<Occurrence> next = Schedule.expand(e, changed, from, to, changed.size() + 1);
      next.stream().filter(o -> !o.cancelled()).findFirst()
          .or(() -> next.stream().findFirst()).ifPresent(all::add);
    }
    return soonest(all, max);
  }

  private List<Event> overlapping(Instant from, Instant to, Collection<Long> chapterIds) {
    if (Duration.between(from, to).compareTo(RANGE_MAX) > 0 || !to.isAfter(from)) {
      throw new Rejected(List.of(Rejected.problem("to", "events.error.range",
          RANGE_MAX.toDays())), false);
    }
    if (chapterIds != null && chapterIds.isEmpty()) {
      return List.of();
    }
    LocalDateTime f = LocalDateTime.ofInstant(from, ZoneOffset.UTC);
    LocalDateTime t = LocalDateTime.ofInstant(to, ZoneOffset.UTC);
    jakarta.persistence.TypedQuery<Event> q = em.createQuery("select e from Event e"
        + " where e.firstStartUtc < :t and (e.lastEndUtc is null or e.lastEndUtc > :f)"
        + (chapterIds == null ? "" : " and e.chapterId in :c"), Event.class)
        .setParameter("t", t).setParameter("f", f);
    if (chapterIds != null) {
      q.setParameter("c", chapterIds);
    }
    return q.getResultList();
  }

  private static List<Occurrence> soonest(List<Occurrence> all, int max) {
    all.sort(Comparator.comparing(Occurrence::startInstant)
        .thenComparing(o -> o.event().getTitle()));
    return all.size() > max ? List.copyOf(all.subList(0, max)) : all;
  }

  private Map<Long, List<EventException>> exceptionsOf(List<Event> events) {
    Map<Long, List<EventException>> map = new HashMap<>();
    if (events.isEmpty()) {
      return map;
    }
    List<Long> ids = events.stream().map(Event::getId).toList();
    for (int i = 0; i < ids.size(); i += 500) {
      for (EventException x : em.createQuery("select x from EventException x"
          + " where x.eventId in :ids", EventException.class)
          .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500))).getResultList()) {
        map.computeIfAbsent(x.getEventId(), k -> new ArrayList<>()).add(x);
      }
    }
    return map;
  }

  /**
   * The next moment a list of coming events changes by itself: an occurrence of the next two
   * days begins or ends, or the day turns in the site's time zone. In one transaction with the
   * reading of the site's settings, which may come from the database.
   *
   * @param now the moment
   * @return the next change, after it
   */
  @Transactional
  public Instant nextListChange(Instant now) {
    ZoneId zone = org.plenum.api.Zones.parse(settings.get(Settings.TIME_ZONE));
    zone = zone == null ? ZoneOffset.UTC : zone;
    Instant next = java.time.LocalDate.now(zone).plusDays(1).atStartOfDay(zone).toInstant();
    for (Occurrence o : occurrences(now, now.plus(Duration.ofDays(2)), null, 500)) {
      for (Instant at : new Instant[] {o.startInstant(), o.endInstant()}) {
        if (at.isAfter(now) && at.isBefore(next)) {
          next = at;
        }
      }
    }
    return next;
  }

  /**
   * One occurrence of an event, by its original local start.
   *
   * @param event the event
   * @param original the original local start
   * @return the occurrence, cancelled or moved as it is
   */
  @Transactional
  public Optional<Occurrence> occurrence(Event event, LocalDateTime original) {
    List<EventException> xs = exceptions(event.getId());
    EventException x = xs.stream().filter(e -> e.getOriginalLocal().equals(original))
        .findFirst().orElse(null);
    if (!Schedule.hasOccurrence(event, original)) {
      return Optional.empty();
    }
    ZoneId zone = event.zone();
    if (x != null && !x.isCancelled() && x.getStartsLocal() != null) {
      return Optional.of(new Occurrence(event, original, x.getStartsLocal().atZone(zone),
          x.getEndsLocal().atZone(zone), false, true, x.getNote()));
    }
    return Optional.of(new Occurrence(event, original, original.atZone(zone),
        original.plus(event.length()).atZone(zone), x != null, false,
        x == null ? null : x.getNote()));
  }

  /**
   * The next occurrences of an event from a moment.
   *
   * @param event the event
   * @param from the moment
   * @param max the most
   * @return the occurrences, cancelled ones marked
   */
  @Transactional
  public List<Occurrence> next(Event event, Instant from, int max) {
    return Schedule.expand(event, exceptions(event.getId()), from,
        from.plus(RANGE_MAX), max);
  }

  /**
   * The latest occurrences of an event before a moment, within a year.
   *
   * @param event the event
   * @param to the moment
   * @param max the most
   * @return the occurrences, latest first
   */
  @Transactional
  public List<Occurrence> previous(Event event, Instant to, int max) {
    List<Occurrence> list = new ArrayList<>(Schedule.expand(event, exceptions(event.getId()),
        to.minus(RANGE_MAX), to, Schedule.MAX_OCCURRENCES));
    list.removeIf(o -> o.endInstant().isAfter(to));
    java.util.Collections.reverse(list);
    return list.size() > max ? List.copyOf(list.subList(0, max)) : list;
  }

  /**
   * Creates an event.
   *
   * @param draft what the organiser wrote
   * @param by the organiser's user name
   * @return the event
   * @throws Rejected when a rule is broken; nothing is written
   */
  @Transactional
  public Event create(EventDraft draft, String by) {
    EventDraft.Checked c = check(draft);
    if (bySlug(c.slug()).isPresent()) {
      throw new Rejected(List.of(Rejected.problem("slug", "events.error.slugTaken", c.slug())),
          true);
    }
    Event event = new Event(c.chapterId(),
        UUID.randomUUID().toString(), by);
    event.describe(c, c.description() == null ? null : markdown.render(c.description()));
    LocalDateTime[] span = Schedule.span(event, List.of());
    event.span(span[0], span[1]);
    em.persist(event);
    em.flush();
    announce(event);
    return event;
  }

  /**
   * Changes an event. Answers already given stay with their occurrences; a capacity may not
   * fall below the members already going to a coming occurrence; a capacity raised lets the
   * waiting lists move up.
   *
   * @param id the event
   * @param version the version the organiser started from
   * @param draft what they wrote
   * @return the event
   * @throws Rejected when a rule is broken or someone else changed it meanwhile
   */
  @Transactional
  public Event update(long id, long version, EventDraft draft) {
    Event event = em.find(Event.class, id,
        LockModeType.PESSIMISTIC_WRITE);
    if (event == null) {
      throw new EventNotFound(id);
    }
    if (event.getVersion() != version) {
      throw new Rejected(List.of(Rejected.problem("version", "events.error.version")), true);
    }
    EventDraft.Checked c = check(draft);
    if (!c.slug().equals(event.getSlug()) && bySlug(c.slug()).isPresent()) {
      throw new Rejected(List.of(Rejected.problem("slug", "events.error.slugTaken", c.slug())),
          true);
    }
    if (c.capacity() != null) {
      int going = mostGoing(event.getId());
      if (going > c.capacity()) {
        throw new Rejected(List.of(Rejected.problem("capacity",
            "events.error.capacityBelowGoing", going)), true);
      }
    }
    event.describe(c, c.description() == null ? null : markdown.render(c.description()));
    LocalDateTime[] span = Schedule.span(event, exceptions(event.getId()));
    event.span(span[0], span[1]);
    em.flush();
    promoteAll(event);
    announce(event);
    return event;
  }

  /**
   * Deletes an event, its occurrences' changes and answers.
   *
   * @param id the event
   */
  @Transactional
  public void delete(long id) {
    Event event = em.find(Event.class, id);
    if (event == null) {
      throw new EventNotFound(id);
    }
    em.createQuery("delete from Rsvp r where r.eventId = :e").setParameter("e", id)
        .executeUpdate();
    em.createQuery("delete from EventException x where x.eventId = :e").setParameter("e", id)
        .executeUpdate();
    em.createQuery("delete from EventTranslation t where t.eventId = :e")
        .setParameter("e", id).executeUpdate();
    em.remove(event);
    em.flush();
    announce(event);
  }

  /**
   * Cancels one occurrence; those going are told by mail.
   *
   * @param id the event
   * @param original the occurrence's original local start
   * @param note a word for the members, or {@code null}
   * @return the event
   * @throws Rejected when there is no such occurrence or it is over
   */
  @Transactional
  public Event cancel(long id, LocalDateTime original, String note) {
    Event event = locked(id);
    Occurrence o = comingOccurrence(event, original, "original");
    EventException x = exception(event, original);
    x.cancel(clean(note, 500));
    event.touched();
    em.flush();
    LocalDateTime[] span = Schedule.span(event, exceptions(event.getId()));
    event.span(span[0], span[1]);
    notices.fire(new EventNotice(EventNotice.Kind.CANCELLED, event.getId(), original,
        going(event.getId(), original), o.start().toInstant()));
    announce(event);
    return event;
  }

  /**
   * Moves one occurrence to other local times (in the event's zone).
   *
   * @param id the event
   * @param original the occurrence's original local start
   * @param starts the new start, local
   * @param ends the new end, local
   * @param note a word for the members, or {@code null}
   * @return the event
   * @throws Rejected when there is no such occurrence, it is over, or the times are wrong
   */
  @Transactional
  public Event move(long id, LocalDateTime original, LocalDateTime starts,
      LocalDateTime ends, String note) {
    Event event = locked(id);
    comingOccurrence(event, original, "original");
    if (starts == null || ends == null) {
      throw new Rejected(List.of(Rejected.problem("starts", "events.error.times")), false);
    }
    if (!ends.isAfter(starts)) {
      throw new Rejected(List.of(Rejected.problem("ends", "events.error.endBeforeStart")),
          false);
    }
    if (Duration.between(starts, ends).compareTo(LENGTH_MAX) > 0) {
      throw new Rejected(List.of(Rejected.problem("ends", "events.error.tooLong",
          LENGTH_MAX.toDays())), false);
    }
    EventException x = exception(event, original);
    x.move(starts, ends, clean(note, 500));
    event.touched();
    em.flush();
    LocalDateTime[] span = Schedule.span(event, exceptions(event.getId()));
    event.span(span[0], span[1]);
    notices.fire(new EventNotice(EventNotice.Kind.MOVED, event.getId(), original,
        going(event.getId(), original), starts.atZone(event.zone()).toInstant()));
    announce(event);
    return event;
  }

  /**
   * Takes back a cancellation or a move: the occurrence happens as its rule says.
   *
   * @param id the event
   * @param original the occurrence's original local start
   * @return the event
   */
  @Transactional
  public Event restore(long id, LocalDateTime original) {
    Event event = locked(id);
    em.createQuery("delete from EventException x where x.eventId = :e"
        + " and x.originalLocal = :o").setParameter("e", id).setParameter("o", original)
        .executeUpdate();
    event.touched();
    em.flush();
    LocalDateTime[] span = Schedule.span(event, exceptions(event.getId()));
    event.span(span[0], span[1]);
    announce(event);
    return event;
  }

  private EventException exception(Event event, LocalDateTime original) {
    return em.createQuery("select x from EventException x where x.eventId = :e"
        + " and x.originalLocal = :o", EventException.class).setParameter("e", event.getId())
        .setParameter("o", original).getResultStream().findFirst().orElseGet(() -> {
          EventException x = new EventException(event.getId(), original);
          em.persist(x);
          return x;
        });
  }

  private Event locked(long id) {
    Event event = em.find(Event.class, id,
        LockModeType.PESSIMISTIC_WRITE);
    if (event == null) {
      throw new EventNotFound(id);
    }
    return event;
  }

  /** An occurrence that exists and has not begun. */
  private Occurrence comingOccurrence(Event event, LocalDateTime original,
      String field) {
    Occurrence o = occurrence(event, original).orElseThrow(() -> new Rejected(
        List.of(Rejected.problem(field, "events.error.noOccurrence")), false));
    if (!o.start().toInstant().isAfter(Instant.now())) {
      throw new Rejected(List.of(Rejected.problem(field, "events.error.past")), true);
    }
    return o;
  }

  // --- answers

  /**
   * What a member's answer came to.
   *
   * @param answer the answer kept
   * @param waiting true when going but on the waiting list
   * @param position their place on the waiting list, from 1, or 0
   */
  public record Answered(Rsvp.Answer answer, boolean waiting, int position) {}

  /**
   * A member answers for one occurrence. Going beyond the capacity puts them on the waiting
   * list; leaving a place lets the first waiting member move up, who is told by mail.
   *
   * @param id the event
   * @param original the occurrence's original local start
   * @param accountId the member
   * @param answer the answer
   * @return what it came to
   * @throws Rejected when there is no such occurrence, it is cancelled, or it has begun
   */
  @Transactional
  public Answered answer(long id, LocalDateTime original, long accountId, Rsvp.Answer answer) {
    Event event = locked(id);
    Occurrence o = comingOccurrence(event, original, "occurrence");
    if (o.cancelled()) {
      throw new Rejected(List.of(Rejected.problem("occurrence", "events.error.cancelled")),
          true);
    }
    Rsvp rsvp = rsvp(id, original, accountId).orElse(null);
    boolean hadPlace = rsvp != null && rsvp.getAnswer() == Rsvp.Answer.GOING
        && !rsvp.isWaiting();
    // counted before this answer is written
    boolean full = answer == Rsvp.Answer.GOING && !hadPlace && event.getCapacity() != null
        && goingCount(id, original) >= event.getCapacity();
    if (rsvp == null) {
      rsvp = new Rsvp(id, original, accountId);
      rsvp.answer(answer, full);
      em.persist(rsvp);
    } else if (!(answer == Rsvp.Answer.GOING && hadPlace)) {
      rsvp.answer(answer, full);
    }
    em.flush();
    if (hadPlace && answer != Rsvp.Answer.GOING) {
      promote(event, original);
    }
    changed.fire(ContentChanged.of(EventsClock.TAG));
    return new Answered(rsvp.getAnswer(), rsvp.isWaiting(),
        rsvp.isWaiting() ? position(rsvp) : 0);
  }

  /**
   * A member takes back their answer; a place they held goes to the first waiting member.
   *
   * @param id the event
   * @param original the occurrence's original local start
   * @param accountId the member
   * @return true when there was an answer
   */
  @Transactional
  public boolean withdraw(long id, LocalDateTime original, long accountId) {
    Event event = locked(id);
    Optional<Rsvp> rsvp = rsvp(id, original, accountId);
    if (rsvp.isEmpty()) {
      return false;
    }
    boolean hadPlace = rsvp.get().getAnswer() == Rsvp.Answer.GOING && !rsvp.get().isWaiting();
    em.remove(rsvp.get());
    em.flush();
    Optional<Occurrence> o = occurrence(event, original);
    if (hadPlace && o.isPresent() && o.get().start().toInstant().isAfter(Instant.now())) {
      promote(event, original);
    }
    changed.fire(ContentChanged.of(EventsClock.TAG));
    return true;
  }

  private void promote(Event event, LocalDateTime original) {
    int free = event.getCapacity() == null ? Integer.MAX_VALUE
        : event.getCapacity() - goingCount(event.getId(), original);
    if (free <= 0) {
      return;
    }
    List<Rsvp> waiting = em.createQuery("select r from Rsvp r where r.eventId = :e"
        + " and r.occurrenceLocal = :o and r.waiting = true order by r.answeredAt, r.id",
        Rsvp.class).setParameter("e", event.getId()).setParameter("o", original)
        .setMaxResults(Math.min(free, 10_000)).getResultList();
    List<Long> promoted = new ArrayList<>();
    for (Rsvp r : waiting) {
      r.promote();
      promoted.add(r.getAccountId());
    }
    if (!promoted.isEmpty()) {
      em.flush();
      notices.fire(new EventNotice(EventNotice.Kind.PROMOTED, event.getId(), original,
          promoted, original.atZone(event.zone()).toInstant()));
    }
  }

  /** After a capacity is raised or removed, every coming occurrence's list moves up. */
  private void promoteAll(Event event) {
    List<LocalDateTime> originals = em.createQuery("select distinct r.occurrenceLocal from Rsvp r"
        + " where r.eventId = :e and r.waiting = true", LocalDateTime.class)
        .setParameter("e", event.getId()).getResultList();
    for (LocalDateTime o : originals) {
      if (o.atZone(event.zone()).toInstant().isAfter(Instant.now())) {
        promote(event, o);
      }
    }
  }

  private int position(Rsvp rsvp) {
    return em.createQuery("select count(r) from Rsvp r where r.eventId = :e"
        + " and r.occurrenceLocal = :o and r.waiting = true and (r.answeredAt < :at"
        + " or (r.answeredAt = :at and r.id <= :id))", Long.class)
        .setParameter("e", rsvp.getEventId()).setParameter("o", rsvp.getOccurrenceLocal())
        .setParameter("at", rsvp.getAnsweredAt()).setParameter("id", rsvp.getId())
        .getSingleResult().intValue();
  }

  /**
   * A member's answer for an occurrence.
   *
   * @param id the event
   * @param original the occurrence
   * @param accountId the member
   * @return the answer
   */
  @Transactional
  public Optional<Rsvp> rsvp(long id, LocalDateTime original, long accountId) {
    return em.createQuery("select r from Rsvp r where r.eventId = :e and r.occurrenceLocal = :o"
        + " and r.accountId = :a", Rsvp.class).setParameter("e", id)
        .setParameter("o", original).setParameter("a", accountId).getResultStream()
        .findFirst();
  }

  /**
   * A waiting member's place on the list.
   *
   * @param rsvp their answer
   * @return the place, from 1; 0 when not waiting
   */
  @Transactional
  public int waitingPosition(Rsvp rsvp) {
    return rsvp.isWaiting() ? position(rsvp) : 0;
  }

  /**
   * The answers for an occurrence: going in the order they answered, then waiting, then maybe,
   * then not going.
   *
   * @param id the event
   * @param original the occurrence
   * @return the answers
   */
  @Transactional
  public List<Rsvp> answers(long id, LocalDateTime original) {
    List<Rsvp> list = new ArrayList<>(em.createQuery("select r from Rsvp r where r.eventId = :e"
        + " and r.occurrenceLocal = :o order by r.answeredAt, r.id", Rsvp.class)
        .setParameter("e", id).setParameter("o", original).getResultList());
    list.sort(Comparator.comparingInt(EventService::rank));
    return list;
  }

  private static int rank(Rsvp r) {
    return switch (r.getAnswer()) {
      case GOING -> r.isWaiting() ? 1 : 0;
      case MAYBE -> 2;
      case NOT_GOING -> 3;
    };
  }

  /**
   * How many answered what, for an occurrence.
   *
   * @param going with a place
   * @param waiting on the waiting list
   * @param maybe perhaps
   */
  public record Counts(int going, int waiting, int maybe) {}

  /**
   * The answers counted for an occurrence.
   *
   * @param id the event
   * @param original the occurrence
   * @return the counts
   */
  @Transactional
  public Counts counts(long id, LocalDateTime original) {
    int going = 0;
    int waiting = 0;
    int maybe = 0;
    for (Object[] row : em.createQuery("select r.answer, r.waiting, count(r) from Rsvp r"
        + " where r.eventId = :e and r.occurrenceLocal = :o group by r.answer, r.waiting",
        Object[].class).setParameter("e", id).setParameter("o", original).getResultList()) {
      int n = ((Number) row[2]).intValue();
      if (row[0] == Rsvp.Answer.GOING) {
        if (Boolean.TRUE.equals(row[1])) {
          waiting += n;
        } else {
          going += n;
        }
      } else if (row[0] == Rsvp.Answer.MAYBE) {
        maybe += n;
      }
    }
    return new Counts(going, waiting, maybe);
  }

  private int goingCount(long id, LocalDateTime original) {
    return em.createQuery("select count(r) from Rsvp r where r.eventId = :e"
        + " and r.occurrenceLocal = :o and r.answer = :g and r.waiting = false", Long.class)
        .setParameter("e", id).setParameter("o", original)
        .setParameter("g", Rsvp.Answer.GOING).getSingleResult().intValue();
  }

  private List<Long> going(long id, LocalDateTime original) {
    return em.createQuery("select r.accountId from Rsvp r where r.eventId = :e"
        + " and r.occurrenceLocal = :o and r.answer = :g and r.waiting = false", Long.class)
        .setParameter("e", id).setParameter("o", original)
        .setParameter("g", Rsvp.Answer.GOING).getResultList();
  }

  /** The most members going to any coming occurrence of an event. */
  private int mostGoing(long id) {
    int most = 0;
    Event event = em.find(Event.class, id);
    for (Object[] row : em.createQuery("select r.occurrenceLocal, count(r) from Rsvp r"
        + " where r.eventId = :e and r.answer = :g and r.waiting = false"
        + " group by r.occurrenceLocal", Object[].class).setParameter("e", id)
        .setParameter("g", Rsvp.Answer.GOING).getResultList()) {
      LocalDateTime original = (LocalDateTime) row[0];
      if (original.atZone(event.zone()).toInstant().isAfter(Instant.now())) {
        most = Math.max(most, ((Number) row[1]).intValue());
      }
    }
    return most;
  }

  /**
   * The coming occurrences a member goes to (or waits for), soonest first.
   *
   * @param accountId the member
   * @return their answers, with their events' occurrences
   */
  @Transactional
  public List<Rsvp> goingOf(long accountId) {
    return em.createQuery("select r from Rsvp r where r.accountId = :a and r.answer = :g"
        + " order by r.occurrenceLocal", Rsvp.class).setParameter("a", accountId)
        .setParameter("g", Rsvp.Answer.GOING).getResultList();
  }

  // --- translations

  /**
   * An event's translation into a language.
   *
   * @param event the event
   * @param lang the language
   * @return the translation, if any
   */
  @Transactional
  public Optional<EventTranslation> translation(Event event, String lang) {
    if (lang == null || lang.equals(event.getLanguage())) {
      return Optional.empty();
    }
    return em.createQuery("select t from EventTranslation t where t.eventId = :e"
        + " and t.language = :l", EventTranslation.class).setParameter("e", event.getId())
        .setParameter("l", lang).getResultStream().findFirst();
  }

  /**
   * The languages an event is translated into.
   *
   * @param event the event
   * @return their tags, sorted
   */
  @Transactional
  public List<String> translations(Event event) {
    return em.createQuery("select t.language from EventTranslation t where t.eventId = :e"
        + " order by t.language", String.class).setParameter("e", event.getId())
        .getResultList();
  }

  /**
   * The translated titles of every event in a language, for lists.
   *
   * @param lang the language
   * @return titles by event id
   */
  @Transactional
  public Map<Long, String> titlesIn(String lang) {
    Map<Long, String> titles = new HashMap<>();
    for (Object[] row : em.createQuery("select t.eventId, t.title from EventTranslation t"
        + " where t.language = :l", Object[].class).setParameter("l", lang).getResultList()) {
      titles.put((Long) row[0], (String) row[1]);
    }
    return titles;
  }

  /**
   * Writes an event's title and description in another of the site's languages.
   *
   * @param id the event
   * @param lang the language
   * @param title the title
   * @param description the description (Markdown), or {@code null}
   * @param by who translated
   * @return the translation
   * @throws Rejected when the language or a text is not right
   */
  @Transactional
  public EventTranslation translate(long id, String lang, String title, String description,
      String by) {
    Event event = byId(id).orElseThrow(() -> new EventNotFound(id));
    List<Rejected.Problem> problems = new ArrayList<>();
    if (lang == null || !catalog.offers(lang) || lang.equals(event.getLanguage())) {
      problems.add(Rejected.problem("language", "events.error.translationLanguage"));
    }
    String t = clean(title, Integer.MAX_VALUE);
    if (t == null || t.length() > TITLE_MAX) {
      problems.add(Rejected.problem("title", "events.error.title", TITLE_MAX));
    }
    String d = clean(description, Integer.MAX_VALUE);
    if (d != null && d.length() > TEXT_MAX) {
      problems.add(Rejected.problem("description", "events.error.description", TEXT_MAX));
    }
    if (!problems.isEmpty()) {
      throw new Rejected(problems, false);
    }
    EventTranslation tr = translation(event, lang).orElseGet(() -> {
      EventTranslation fresh = new EventTranslation(event.getId(), lang);
      em.persist(fresh);
      return fresh;
    });
    tr.write(t, d, d == null ? null : markdown.render(d), by);
    em.flush();
    announce(event);
    return tr;
  }

  /**
   * Removes an event's translation.
   *
   * @param id the event
   * @param lang the language
   * @return true when there was one
   */
  @Transactional
  public boolean removeTranslation(long id, String lang) {
    Event event = byId(id).orElseThrow(() -> new EventNotFound(id));
    Optional<EventTranslation> tr = translation(event, lang);
    tr.ifPresent(em::remove);
    em.flush();
    announce(event);
    return tr.isPresent();
  }

  // --- a member's choices

  /**
   * A member's choices for events, made with a new feed key the first time.
   *
   * @param accountId the member
   * @return the choices
   */
  @Transactional
  public EventMember member(long accountId) {
    EventMember m = em.find(EventMember.class, accountId);
    if (m == null) {
      m = new EventMember(accountId, newKey());
      em.persist(m);
      em.flush();
    }
    return m;
  }

  /**
   * Gives a member's calendar feed a new address; the old one stops working.
   *
   * @param accountId the member
   * @return the choices, with the new key
   */
  @Transactional
  public EventMember newFeedKey(long accountId) {
    EventMember m = member(accountId);
    m.newKey(newKey());
    return m;
  }

  /**
   * Whether a member is reminded the day before.
   *
   * @param accountId the member
   * @param reminders true to be reminded
   */
  @Transactional
  public void reminders(long accountId, boolean reminders) {
    member(accountId).reminders(reminders);
  }

  /**
   * The member whose calendar feed has this key.
   *
   * @param key the key
   * @return the member's id
   */
  @Transactional
  public Optional<Long> memberByFeedKey(String key) {
    if (key == null || !key.matches("[0-9a-f]{32}")) {
      return Optional.empty();
    }
    return em.createQuery("select m.accountId from EventMember m where m.feedKey = :k",
        Long.class).setParameter("k", key).getResultStream().findFirst();
  }

  private static String newKey() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  // --- reminders

  /**
   * Claims the reminders due: answers "going" for occurrences starting within the next day,
   * of members who want reminders, not reminded yet. Each is claimed by one conditional
   * update, so one instance sends it.
   *
   * @param now the moment
   * @return the answers claimed
   */
  @Transactional
  public List<Rsvp> claimReminders(Instant now) {
    List<Rsvp> due = new ArrayList<>();
    // local times lie within a day of UTC: two days each side hold every date due
    LocalDateTime from = LocalDateTime.ofInstant(now.minus(Duration.ofDays(2)), ZoneOffset.UTC);
    LocalDateTime to = LocalDateTime.ofInstant(now.plus(Duration.ofDays(2)), ZoneOffset.UTC);
    List<Rsvp> candidates = em.createQuery("select r from Rsvp r where r.answer = :g"
        + " and r.waiting = false and r.reminded = false and r.occurrenceLocal > :f"
        + " and r.occurrenceLocal < :t and not exists (select m from EventMember m"
        + " where m.accountId = r.accountId and m.reminders = false)", Rsvp.class)
        .setParameter("g", Rsvp.Answer.GOING).setParameter("f", from).setParameter("t", to)
        .setMaxResults(5000).getResultList();
    Map<Long, Event> events = new HashMap<>();
    for (Rsvp r : candidates) {
      Event e = events.computeIfAbsent(r.getEventId(),
          k -> em.find(Event.class, k));
      if (e == null) {
        continue;
      }
      Optional<Occurrence> o = occurrence(e, r.getOccurrenceLocal());
      if (o.isEmpty() || o.get().cancelled()) {
        continue;
      }
      Instant start = o.get().start().toInstant();
      if (start.isAfter(now) && !start.isAfter(now.plus(Duration.ofDays(1)))
          && em.createQuery("update Rsvp r set r.reminded = true where r.id = :id"
              + " and r.reminded = false").setParameter("id", r.getId()).executeUpdate() == 1) {
        due.add(r);
      }
    }
    return due;
  }

  // --- checks

  EventDraft.Checked check(EventDraft d) {
    List<Rejected.Problem> problems = new ArrayList<>();
    String title = clean(d.title(), Integer.MAX_VALUE);
    if (title == null || title.length() > TITLE_MAX) {
      problems.add(Rejected.problem("title", "events.error.title", TITLE_MAX));
    }
    if (d.chapterId() == null || chapters.byId(d.chapterId()).isEmpty()) {
      problems.add(Rejected.problem("chapter", "events.error.chapter"));
    }
    if (d.language() == null || !catalog.offers(d.language())) {
      problems.add(Rejected.problem("language", "events.error.language"));
    }
    ZoneId zone = org.plenum.api.Zones.parse(d.zone());
    if (zone == null) {
      problems.add(Rejected.problem("zone", "events.error.zone", String.valueOf(d.zone())));
    }
    LocalDateTime starts = d.starts();
    LocalDateTime ends = d.ends();
    if (d.allDay() && starts != null && ends != null) {
      starts = starts.toLocalDate().atStartOfDay();
      // the last day is included: the end is the midnight after it
      ends = ends.toLocalDate().plusDays(1).atStartOfDay();
    }
    if (starts == null || ends == null) {
      problems.add(Rejected.problem("starts", "events.error.times"));
    } else if (!ends.isAfter(starts)) {
      problems.add(Rejected.problem("ends", "events.error.endBeforeStart"));
    } else if (Duration.between(starts, ends).compareTo(LENGTH_MAX) > 0) {
      problems.add(Rejected.problem("ends", "events.error.tooLong", LENGTH_MAX.toDays()));
    }
    String rrule = clean(d.rrule(), 500);
    if (rrule != null) {
      rrule = rrule.toUpperCase(Locale.ROOT);
      if (rrule.startsWith("RRULE:")) {
        rrule = rrule.substring("RRULE:".length());
      }
      checkRule(rrule, starts, zone, problems);
    }
    String description = clean(d.description(), Integer.MAX_VALUE);
    if (description != null && description.length() > TEXT_MAX) {
      problems.add(Rejected.problem("description", "events.error.description", TEXT_MAX));
    }
    String venueName = place(d.venueName(), "venueName", problems);
    String venueStreet = place(d.venueStreet(), "venueStreet", problems);
    String venueCity = place(d.venueCity(), "venueCity", problems);
    String venueCountry = place(d.venueCountry(), "venueCountry", problems);
    String online = clean(d.onlineUrl(), Integer.MAX_VALUE);
    if (online != null && !webAddress(online)) {
      problems.add(Rejected.problem("onlineUrl", "events.error.onlineUrl"));
    }
    if (online == null && venueName == null && venueStreet == null && venueCity == null) {
      problems.add(Rejected.problem("venueName", "events.error.where"));
    }
    if (d.capacity() != null && (d.capacity() < 1 || d.capacity() > CAPACITY_MAX)) {
      problems.add(Rejected.problem("capacity", "events.error.capacity", CAPACITY_MAX));
    }
    String slug = d.slug() == null || d.slug().isBlank()
        ? Slugs.from(title == null ? "" : title) : d.slug().strip();
    if (!Slugs.valid(slug)) {
      problems.add(Rejected.problem("slug", "events.error.slug"));
    }
    if (!problems.isEmpty()) {
      throw new Rejected(problems, false);
    }
    return new EventDraft.Checked(d.chapterId(), slug, title, description, d.language(), zone,
        d.allDay(), starts, ends, rrule, venueName, venueStreet, venueCity, venueCountry,
        online, d.capacity());
  }

  private static void checkRule(String rrule, LocalDateTime starts, ZoneId zone,
      List<Rejected.Problem> problems) {
    Recur<ZonedDateTime> recur;
    try {
      recur = Schedule.recur(rrule);
    } catch (IllegalArgumentException e) {
      problems.add(Rejected.problem("rrule", "events.error.rrule", rrule));
      return;
    }
    if (!Schedule.usableFrequency(recur)) {
      problems.add(Rejected.problem("rrule", "events.error.rruleFrequency"));
      return;
    }
    if (recur.getCount() > Schedule.MAX_COUNT) {
      problems.add(Rejected.problem("rrule", "events.error.rruleCount", Schedule.MAX_COUNT));
      return;
    }
    if (starts == null || zone == null) {
      return;
    }
    ZonedDateTime seed = starts.atZone(zone);
    try {
      Optional<ZonedDateTime> first = Schedule.first(recur, seed);
      if (first.isEmpty()) {
        problems.add(Rejected.problem("rrule", "events.error.rruleNone"));
      } else if (!first.get().toLocalDateTime().equals(starts)) {
        problems.add(Rejected.problem("rrule", "events.error.rruleStart",
            first.get().toLocalDateTime().toString().replace('T', ' ')));
      }
    } catch (RuntimeException e) {
      problems.add(Rejected.problem("rrule", "events.error.rrule", rrule));
    }
  }

  private static String place(String value, String field, List<Rejected.Problem> problems) {
    String v = clean(value, Integer.MAX_VALUE);
    if (v != null && v.length() > PLACE_MAX) {
      problems.add(Rejected.problem(field, "events.error.place", PLACE_MAX));
    }
    return v;
  }

  private static boolean webAddress(String url) {
    if (url.length() > 500) {
      return false;
    }
    try {
      URI uri = new URI(url);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(
          uri.getScheme())) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  static String clean(String s, int max) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.strip();
    return v.length() > max ? v.substring(0, max) : v;
  }

  private void announce(Event event) {
    searchChanged.fire(new SearchChanged(EventSearch.TYPE, String.valueOf(event.getId())));
    changed.fire(ContentChanged.of(EventsClock.TAG));
  }
}
