package org.plenum.projects.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plenum.api.CurrentReader;
import org.plenum.api.Denied;
import org.plenum.api.FormMessages;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.PageGuards;
import org.plenum.api.Rejected;
import org.plenum.api.Texts;
import org.plenum.api.rest.ProblemException;
import org.plenum.projects.Need;
import org.plenum.projects.Needs;
import org.plenum.projects.Offer;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectAccess;
import org.plenum.projects.ProjectQueries;
import org.plenum.projects.ProjectStatus;

/**
 * "We need" on a project's page: what it needs people for; members offer to help with a word for
 * the leads, and withdraw; the leads accept or decline the offers, and — on the plan's page — say
 * what the project needs and close what is no longer needed.
 */
@Named("needsView")
@RequestScoped
public class NeedsView {

  /** A need with the offers the reader may see. */
  public static final class Row {
    private final Need need;
    private final List<OfferRow> offers;
    private final boolean offered;

    Row(Need need, List<OfferRow> offers, boolean offered) {
      this.need = need;
      this.offers = offers;
      this.offered = offered;
    }

    /**
     * @return the need
     */
    public Need getNeed() {
      return need;
    }

    /**
     * @return the offers: all for the leads, the reader's own otherwise
     */
    public List<OfferRow> getOffers() {
      return offers;
    }

    /**
     * @return true when the reader offered already
     */
    public boolean isOffered() {
      return offered;
    }
  }

  /** An offer with its member's name. */
  public static final class OfferRow {
    private final Offer offer;
    private final Member member;

    OfferRow(Offer offer, Member member) {
      this.offer = offer;
      this.member = member;
    }

    /**
     * @return the member's name
     */
    public String getName() {
      return member.displayName();
    }

    /**
     * @return the member's profile address
     */
    public String getSlug() {
      return member.slug();
    }

    /**
     * @return their word, or {@code null}
     */
    public String getMessage() {
      return offer.getMessage();
    }

    /**
     * @return true while it waits for a lead
     */
    public boolean isWaiting() {
      return offer.getState() == Offer.State.OFFERED;
    }
  }

  @Inject ProjectQueries projects;

  @Inject ProjectAccess access;

  @Inject Needs needs;

  @Inject Members members;

  @Inject CurrentReader current;

  @Inject Texts msg;

  private Project project;
  private Boolean mayOffer;
  private final List<Row> rows = new ArrayList<>();
  private boolean lead;
  private Member reader;
  private String message;
  private String title;
  private String details;
  private Integer places = 1;

  @PostConstruct
  void prepare() {
    project =
        projects
            .bySlug(current.param("project"))
            .filter(p -> access.canSee(p, current.getCaller()))
            .orElse(null);
    if (project == null) {
      return;
    }
    reader = access.member(current.getCaller()).orElse(null);
    lead = reader != null && access.canLead(project, current.getCaller());
    List<Need> all = needs.of(project.getId());
    List<Offer> offers = needs.offers(all.stream().map(Need::getId).toList());
    Map<Long, Member> people =
        members.byIds(offers.stream().map(Offer::getAccountId).distinct().toList());
    for (Need n : all) {
      List<OfferRow> shown = new ArrayList<>();
      boolean mine = false;
      for (Offer o : offers) {
        if (o.getNeedId() != n.getId() || people.get(o.getAccountId()) == null) {
          continue;
        }
        boolean own = reader != null && o.getAccountId() == reader.id();
        mine |= own;
        if (lead || own) {
          shown.add(new OfferRow(o, people.get(o.getAccountId())));
        }
      }
      rows.add(new Row(n, shown, mine));
    }
  }

  /**
   * @return the needs, the open ones first
   */
  public List<Row> getRows() {
    return rows;
  }

  /**
   * @return the open needs only, for visitors and members
   */
  public List<Row> getOpen() {
    return rows.stream().filter(r -> r.getNeed().isOpen()).toList();
  }

  /**
   * @return true when the reader may offer: a member, the project under way
   */
  public boolean isMayOffer() {
    if (mayOffer == null) {
      mayOffer =
          reader != null
              && (project.getStatus() == ProjectStatus.ACTIVE
                  || project.getStatus() == ProjectStatus.PAUSED)
              && access.mayTakePart(current.getCaller());
    }
    return mayOffer;
  }

  /**
   * @return true when the reader leads the project
   */
  public boolean isLead() {
    return lead;
  }

  /**
   * Offers to fill a need.
   *
   * @param needId the need
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String offer(long needId) throws IOException {
    return act(() -> needs.offer(project.getId(), needId, message, current.getCaller()), "offered");
  }

  /**
   * Withdraws the reader's offer.
   *
   * @param needId the need
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String withdraw(long needId) throws IOException {
    return act(
        () -> needs.withdraw(project.getId(), needId, reader.id(), current.getCaller()),
        "withdrawn");
  }

  /**
   * A lead accepts an offer.
   *
   * @param needId the need
   * @param slug the member's profile address
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String accept(long needId, String slug) throws IOException {
    return act(
        () -> needs.accept(project.getId(), needId, other(slug).id(), current.getCaller()),
        "accepted");
  }

  /**
   * A lead declines an offer.
   *
   * @param needId the need
   * @param slug the member's profile address
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String decline(long needId, String slug) throws IOException {
    return act(
        () -> needs.withdraw(project.getId(), needId, other(slug).id(), current.getCaller()),
        "declined");
  }

  /**
   * A lead says what the project needs (on the plan's page).
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String add() throws IOException {
    return act(
        () ->
            needs.add(
                project.getId(), title, details, places == null ? 1 : places, current.getCaller()),
        null);
  }

  /**
   * A lead closes or opens a need again (on the plan's page).
   *
   * @param n the need
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String toggle(Need n) throws IOException {
    return act(
        () ->
            needs.change(
                project.getId(),
                n.getId(),
                n.getTitle(),
                n.getDetails(),
                n.getPlaces(),
                !n.isOpen(),
                current.getCaller()),
        null);
  }

  private interface Action {
    void run();
  }

  private String act(Action action, String done) throws IOException {
    if (project == null) {
      PageGuards.notFound();
      return null;
    }
    try {
      action.run();
      PageGuards.redirect(
          done == null
              ? current.link("projects/" + project.getSlug() + "/plan") + "?done=planned"
              : current.link("projects/" + project.getSlug()) + "?done=" + done);
    } catch (Rejected e) {
      FormMessages.show(e, msg, field -> done == null && field != null ? "need:" + field : null);
    } catch (Denied e) {
      FormMessages.error(null, msg.text("projects.error.denied"));
    } catch (ProblemException e) {
      FormMessages.error(null, msg.format(e.key(), e.args()));
    }
    return null;
  }

  private Member other(String slug) {
    return members
        .bySlug(slug == null ? "" : slug)
        .orElseThrow(() -> new ProblemException(404, "projects.error.noMember"));
  }

  /**
   * @return the word written with an offer
   */
  public String getMessage() {
    return message;
  }

  /**
   * @param message the word
   */
  public void setMessage(String message) {
    this.message = message;
  }

  /**
   * @return the new need's title
   */
  public String getTitle() {
    return title;
  }

  /**
   * @param title the new need's title
   */
  public void setTitle(String title) {
    this.title = title;
  }

  /**
   * @return the new need's details
   */
  public String getDetails() {
    return details;
  }

  /**
   * @param details the new need's details
   */
  public void setDetails(String details) {
    this.details = details;
  }

  /**
   * @return for how many people
   */
  public Integer getPlaces() {
    return places;
  }

  /**
   * @param places for how many people
   */
  public void setPlaces(Integer places) {
    this.places = places;
  }
}
