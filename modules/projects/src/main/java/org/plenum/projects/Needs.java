package org.plenum.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.plenum.api.Audit;
import org.plenum.api.Caller;
import org.plenum.api.Member;
import org.plenum.api.Rejected;
import org.plenum.api.rest.ProblemException;
import org.plenum.spi.ContentChanged;

/**
 * What a project needs: its leads say what ("someone with a van in Melbourne") and for how many;
 * members offer to fill it with a word for the leads; a lead accepts an offer and its member joins
 * the team. A need is open until its places are filled, or its leads close it.
 */
@ApplicationScoped
public class Needs {

  /** The longest title of a need. */
  public static final int TITLE_MAX = 200;

  /** The longest details of a need. */
  public static final int DETAILS_MAX = 1_000;

  /** The longest word with an offer. */
  public static final int MESSAGE_MAX = 500;

  /** The most places one need has. */
  public static final int PLACES_MAX = 50;

  @PersistenceContext EntityManager em;

  @Inject ProjectQueries projects;

  @Inject ProjectAccess access;

  @Inject Team team;

  @Inject Audit audit;

  @Inject Event<ContentChanged> changed;

  /**
   * @param projectId a project
   * @return its needs, the open ones first
   */
  @Transactional
  public List<Need> of(long projectId) {
    return em.createQuery(
            "select n from Need n where n.projectId = :p order by n.open desc, n.id", Need.class)
        .setParameter("p", projectId)
        .getResultList();
  }

  /**
   * @param needIds needs
   * @return the offers made to them, oldest first
   */
  @Transactional
  public List<Offer> offers(Collection<Long> needIds) {
    if (needIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select o from Offer o where o.needId in :n order by o.createdAt, o.id", Offer.class)
        .setParameter("n", needIds)
        .getResultList();
  }

  /**
   * A lead says what the project needs.
   *
   * @param projectId the project
   * @param title what is needed
   * @param details more about it, or {@code null}
   * @param places for how many people
   * @param caller who asks
   * @return the need
   * @throws Rejected when a rule is broken
   */
  @Transactional
  public Need add(long projectId, String title, String details, int places, Caller caller) {
    Project p = projects.ledBy(projectId, caller);
    Need n = new Need(projectId);
    describe(n, title, details, places);
    em.persist(n);
    done("project.need.add", p, n.getTitle());
    return n;
  }

  /**
   * A lead changes a need, or closes or opens it.
   *
   * @param projectId the project
   * @param id the need
   * @param title what is needed
   * @param details more about it, or {@code null}
   * @param places for how many people
   * @param open whether offers are welcome
   * @param caller who asks
   * @return the need
   */
  @Transactional
  public Need change(
      long projectId,
      long id,
      String title,
      String details,
      int places,
      boolean open,
      Caller caller) {
    Project p = projects.ledBy(projectId, caller);
    Need n = need(projectId, id);
    describe(n, title, details, places);
    n.open(open && n.getFilled() < n.getPlaces());
    done("project.need.change", p, n.getTitle());
    return n;
  }

  /**
   * A lead removes a need and its offers.
   *
   * @param projectId the project
   * @param id the need
   * @param caller who asks
   */
  @Transactional
  public void remove(long projectId, long id, Caller caller) {
    Project p = projects.ledBy(projectId, caller);
    Need n = need(projectId, id);
    em.createQuery("delete from Offer o where o.needId = :n").setParameter("n", id).executeUpdate();
    em.remove(n);
    done("project.need.remove", p, n.getTitle());
  }

  /**
   * A member offers to fill a need.
   *
   * @param projectId the project
   * @param id the need
   * @param message a word for the leads, or {@code null}
   * @param caller the member
   * @return the offer
   * @throws Rejected when the need is closed, or the member offered already
   */
  @Transactional
  public Offer offer(long projectId, long id, String message, Caller caller) {
    Project p = projects.lockedFor(projectId, caller);
    Member m = access.require(caller, ProjectsModule.PROPOSE);
    Need n = need(projectId, id);
    if (!n.isOpen()
        || p.getStatus() != ProjectStatus.ACTIVE && p.getStatus() != ProjectStatus.PAUSED) {
      throw conflict("need", "projects.error.needClosed");
    }
    if (offerOf(id, m.id()).isPresent()) {
      throw conflict("need", "projects.error.offeredAlready");
    }
    String word = message == null || message.isBlank() ? null : message.strip();
    if (word != null && word.length() > MESSAGE_MAX) {
      throw new Rejected(
          List.of(Rejected.problem("message", "projects.error.message", MESSAGE_MAX)), false);
    }
    Offer o = new Offer(id, m.id(), word);
    em.persist(o);
    done("project.need.offer", p, n.getTitle());
    return o;
  }

  /**
   * A lead accepts an offer: its member joins the team, and the need has one place fewer.
   *
   * @param projectId the project
   * @param id the need
   * @param memberId the member who offered
   * @param caller the lead
   * @return the offer, accepted
   * @throws Rejected when there is no such offer waiting, or the need is filled
   */
  @Transactional
  public Offer accept(long projectId, long id, long memberId, Caller caller) {
    Project p = projects.ledBy(projectId, caller);
    Need n = need(projectId, id);
    Offer o =
        offerOf(id, memberId)
            .filter(x -> x.getState() == Offer.State.OFFERED)
            .orElseThrow(() -> conflict("member", "projects.error.noOffer"));
    if (n.getFilled() >= n.getPlaces()) {
      throw conflict("need", "projects.error.needClosed");
    }
    o.accept();
    n.fill();
    team.admit(projectId, memberId);
    done("project.need.accept", p, n.getTitle());
    return o;
  }

  /**
   * Withdraws an offer (its member), or declines it (a lead); an accepted one stays.
   *
   * @param projectId the project
   * @param id the need
   * @param memberId the member who offered
   * @param caller who asks
   */
  @Transactional
  public void withdraw(long projectId, long id, long memberId, Caller caller) {
    Project p = projects.lockedFor(projectId, caller);
    boolean self = access.member(caller).map(m -> m.id() == memberId).orElse(false);
    if (!self) {
      access.requireLead(p, caller);
    }
    Need n = need(projectId, id);
    Offer o =
        offerOf(id, memberId)
            .filter(x -> x.getState() == Offer.State.OFFERED)
            .orElseThrow(() -> conflict("member", "projects.error.noOffer"));
    em.remove(o);
    done("project.need.withdraw", p, n.getTitle());
  }

  private Optional<Offer> offerOf(long needId, long memberId) {
    return em.createQuery(
            "select o from Offer o where o.needId = :n and o.accountId = :m", Offer.class)
        .setParameter("n", needId)
        .setParameter("m", memberId)
        .getResultStream()
        .findFirst();
  }

  private static void describe(Need n, String title, String details, int places) {
    List<Rejected.Problem> problems = new ArrayList<>();
    String t = title == null ? "" : title.strip();
    if (t.isEmpty() || t.length() > TITLE_MAX) {
      problems.add(Rejected.problem("title", "projects.error.planTitle", TITLE_MAX));
    }
    String d = details == null || details.isBlank() ? null : details.strip();
    if (d != null && d.length() > DETAILS_MAX) {
      problems.add(Rejected.problem("details", "projects.error.details", DETAILS_MAX));
    }
    if (places < 1 || places > PLACES_MAX || places < n.getFilled()) {
      problems.add(
          Rejected.problem(
              "places", "projects.error.places", Math.max(1, n.getFilled()), PLACES_MAX));
    }
    if (!problems.isEmpty()) {
      throw new Rejected(problems, false);
    }
    n.describe(t, d, places);
  }

  private Need need(long projectId, long id) {
    Need n = em.find(Need.class, id);
    if (n == null || n.getProjectId() != projectId) {
      throw new ProblemException(404, "projects.error.noNeed");
    }
    return n;
  }

  private void done(String action, Project p, String what) {
    em.flush();
    audit.recordChange(action, p.getSlug(), what);
    changed.fire(ContentChanged.of(ProjectWriter.TAG));
  }

  private static Rejected conflict(String field, String key) {
    return new Rejected(List.of(Rejected.problem(field, key)), true);
  }
}
