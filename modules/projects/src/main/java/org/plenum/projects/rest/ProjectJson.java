package org.plenum.projects.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.plenum.api.Caller;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.SiteConfig;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectAccess;
import org.plenum.projects.ProjectCovers;
import org.plenum.projects.Team;
import org.plenum.projects.TeamMember;

/**
 * Projects as the API shows them: in lists with their address, status and chapter; in full with
 * their description, initiator, team and the steps the caller may take.
 */
@ApplicationScoped
public class ProjectJson {

  @Inject Chapters chapters;

  @Inject Members members;

  @Inject Team team;

  @Inject ProjectAccess access;

  @Inject SiteConfig config;

  /**
   * A project as lists show it.
   *
   * @param p the project
   * @return {@code {slug, title, summary, status, language, chapter?, startsOn?, updatedAt,
   *     version, url}}
   */
  public JsonObject summary(Project p) {
    return base(p).build();
  }

  /**
   * A project in full.
   *
   * @param p the project
   * @param caller who reads, for the steps they may take
   * @return as in lists, with {@code description?, descriptionHtml?, statusReason?, initiator,
   *     team, mayLead, mayApprove}
   */
  public JsonObject full(Project p, Caller caller) {
    JsonObjectBuilder o = base(p);
    if (p.getDescriptionSource() != null) {
      o.add("description", p.getDescriptionSource());
      o.add("descriptionHtml", p.getDescriptionHtml());
    }
    if (p.getStatusReason() != null) {
      o.add("statusReason", p.getStatusReason());
    }
    boolean lead = access.canLead(p, caller);
    // who asked to join or was invited is for the leads to see
    List<TeamMember> places =
        team.of(p.getId()).stream()
            .filter(t -> lead || t.getState() == TeamMember.State.ACTIVE)
            .toList();
    Map<Long, Member> people =
        members.byIds(
            java.util.stream.Stream.concat(
                    places.stream().map(TeamMember::getAccountId),
                    java.util.stream.Stream.of(p.getInitiatorId()))
                .toList());
    Member initiator = people.get(p.getInitiatorId());
    if (initiator != null) {
      o.add("initiator", person(initiator));
    }
    JsonArrayBuilder list = JsonBuilders.array();
    for (TeamMember t : places) {
      Member m = people.get(t.getAccountId());
      if (m != null) {
        list.add(
            person(m)
                .add("role", t.getRole().key())
                .add("state", t.getState().name().toLowerCase(java.util.Locale.ROOT))
                .add("since", iso(t.getSince())));
      }
    }
    return o.add("team", list)
        .add("mayLead", lead)
        .add("mayApprove", access.canApprove(p, caller))
        .build();
  }

  /**
   * A member's place in a team.
   *
   * @param t the place
   * @return {@code {member, name, role, state, since}}
   */
  public JsonObject place(TeamMember t) {
    JsonObjectBuilder o =
        members.byId(t.getAccountId()).map(ProjectJson::person).orElseGet(JsonBuilders::object);
    return o.add("role", t.getRole().key())
        .add("state", t.getState().name().toLowerCase(java.util.Locale.ROOT))
        .add("since", iso(t.getSince()))
        .build();
  }

  private JsonObjectBuilder base(Project p) {
    JsonObjectBuilder o =
        JsonBuilders.object()
            .add("slug", p.getSlug())
            .add("title", p.getTitle())
            .add("summary", p.getSummary())
            .add("status", p.getStatus().key())
            .add("language", p.getLanguage());
    JsonArrayBuilder tags = JsonBuilders.array();
    p.getTags().forEach(tags::add);
    o.add("tags", tags);
    if (p.getCover() != null) {
      o.add("cover", "/media/" + ProjectCovers.COVER.kind() + "/" + p.getCover());
    }
    if (p.getChapterId() != null) {
      chapters.byId(p.getChapterId()).map(Chapter::getSlug).ifPresent(s -> o.add("chapter", s));
    }
    if (p.getStartsOn() != null) {
      o.add("startsOn", p.getStartsOn().toString());
    }
    return o.add("statusSince", iso(p.getStatusSince()))
        .add("updatedAt", iso(p.getUpdatedAt()))
        .add("version", p.getVersion())
        .add("url", config.baseUrl() + "/" + p.getLanguage() + "/projects/" + p.getSlug());
  }

  private static JsonObjectBuilder person(Member m) {
    return JsonBuilders.object().add("member", m.slug()).add("name", m.displayName());
  }

  private static String iso(LocalDateTime utc) {
    return utc.toInstant(ZoneOffset.UTC).toString();
  }
}
