package org.plenum.projects.web;

import org.plenum.api.Member;
import org.plenum.projects.TeamMember;

/** A member's place in a project's team, as its page shows it. */
public final class TeamPlace {
  private final Member member;
  private final TeamMember place;

  TeamPlace(Member member, TeamMember place) {
    this.member = member;
    this.place = place;
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
   * @return {@code lead} or {@code member}
   */
  public String getRole() {
    return place.getRole().key();
  }

  /**
   * @return true while they asked to join and wait for a lead
   */
  public boolean isAsked() {
    return place.getState() == TeamMember.State.ASKED;
  }

  /**
   * @return true while they are invited and have not said yes
   */
  public boolean isInvited() {
    return place.getState() == TeamMember.State.INVITED;
  }
}
