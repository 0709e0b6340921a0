package org.plenum.core.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.Denied;
import org.plenum.api.members.MemberStatus;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.core.CoreModule;
import org.plenum.core.account.Joining;
import org.plenum.core.audit.AuditLog;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.chapters.Memberships;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.AccountStanding;
import org.plenum.core.identity.Accounts;
import org.plenum.core.identity.Grants;
import org.plenum.core.identity.MemberSearch;
import org.plenum.core.identity.PasswordPolicy;
import org.plenum.core.permissions.Authorizer;
import org.plenum.spi.Roles;

/**
 * Accounts and their roles, for administrators: create an account, list them, grant and revoke
 * roles site-wide or within a chapter.
 */
@Path("v1/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
@SecurityRequirement(name = "basic")
public class MembersResource {

  private static final Set<String> ROLES =
      Set.of(
          Roles.ADMINISTRATOR,
          Roles.EDITOR,
          Roles.TRANSLATOR,
          Roles.COORDINATOR,
          Roles.MEMBER,
          Roles.SUPPORTER);

  @Inject Accounts accounts;

  @Inject AccountStanding standing;

  @Inject MemberSearch memberSearch;

  @Inject Grants grants;

  @Inject ChapterService chapters;

  @Inject Memberships memberships;

  @Inject Authorizer authorizer;

  @Inject CallerContext caller;

  @Inject AuditLog audit;

  /**
   * Creates an account: {@code {username, displayName, password, status?, chapter?, email?}}. The
   * password must meet the policy; the account may log in at once. An address given by the
   * administrator counts as verified.
   *
   * @param json the account
   * @return 201 with the account
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createMember", summary = "Create an account (administrators)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "MemberNew")))
  @APIResponse(
      responseCode = "201",
      description = "The account made",
      content = @Content(schema = @Schema(ref = "Member")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response create(JsonValue json) {
    authorizer.require(caller.caller(), CoreModule.MEMBERS_MANAGE);
    JsonObject body = Bodies.object(json);
    String username = Bodies.requiredText(body, "username").strip().toLowerCase(Locale.ROOT);
    String displayName = Bodies.requiredText(body, "displayName").strip();
    String password = Bodies.requiredText(body, "password");
    if (!Accounts.USERNAME.matcher(username).matches()) {
      throw new ProblemException(400, "core.member.error.username");
    }
    if (displayName.isEmpty() || displayName.length() > 120) {
      throw new ProblemException(400, "core.member.error.displayName");
    }
    PasswordPolicy.problem(password, List.of(username, displayName))
        .ifPresent(
            key -> {
              throw new ProblemException(
                  400, key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
            });
    MemberStatus status = MemberStatus.MEMBER;
    String s = Bodies.text(body, "status");
    if (s != null) {
      try {
        status = MemberStatus.valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ProblemException(400, "core.member.error.status");
      }
    }
    Chapter chapter = null;
    String slug = Bodies.text(body, "chapter");
    if (slug != null) {
      chapter =
          chapters
              .bySlug(slug)
              .orElseThrow(() -> new ProblemException(400, "core.chapter.error.notFound"));
    }
    String email = Bodies.text(body, "email");
    if (email != null) {
      email = email.strip();
      if (!Joining.validEmail(email)) {
        throw new ProblemException(400, "core.join.error.email");
      }
      if (accounts.byEmail(email).isPresent()) {
        throw new ProblemException(409, "core.member.error.emailTaken");
      }
    }
    if (accounts.byUsername(username).isPresent()) {
      throw new ProblemException(409, "core.member.error.taken");
    }
    Account a =
        memberships.newMember(
            username,
            displayName,
            password,
            status,
            chapter == null ? null : chapter.getId(),
            email);
    return Response.status(201).entity(json(a)).build();
  }

  /**
   * Accounts, optionally of one chapter.
   *
   * @param chapter a chapter slug, or none
   * @return accounts with status and roles
   */
  @GET
  @Operation(operationId = "listMembers", summary = "List accounts (administrators)")
  @APIResponse(
      responseCode = "200",
      description = "The accounts",
      content =
          @Content(
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = MemberBodies.Member.class)))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonValue list(@QueryParam("chapter") String chapter) {
    authorizer.require(caller.caller(), CoreModule.MEMBERS_MANAGE);
    Long chapterId =
        chapter == null
            ? null
            : chapters
                .bySlug(chapter)
                .orElseThrow(() -> new ProblemException(404, "core.chapter.error.notFound"))
                .getId();
    JsonArrayBuilder array = JsonBuilders.array();
    memberSearch.list(chapterId).forEach(a -> array.add(json(a)));
    return array.build();
  }

  /**
   * Grants a role: {@code {role, chapter?}}; without a chapter the role is site-wide.
   *
   * @param username the account
   * @param json the role and where
   * @return the account with its roles
   */
  @POST
  @Path("{username}/grants")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "grantMemberRole", summary = "Grant a role (administrators)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "MemberGrant")))
  @APIResponse(
      responseCode = "200",
      description = "The account with its roles",
      content = @Content(schema = @Schema(ref = "Member")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject grant(@PathParam("username") String username, JsonValue json) {
    authorizer.require(caller.caller(), CoreModule.MEMBERS_MANAGE);
    JsonObject body = Bodies.object(json);
    Account a = account(username);
    String role = role(Bodies.requiredText(body, "role"));
    Long chapterId = chapterOf(Bodies.text(body, "chapter"));
    grants.grant(a.id(), a.username(), role, chapterId, caller.caller().username());
    return json(a);
  }

  /**
   * Takes a role back.
   *
   * @param username the account
   * @param role the role
   * @param chapter the chapter slug, or none for site-wide
   * @return 204, or 404 when not held
   */
  @DELETE
  @Path("{username}/grants")
  @Operation(operationId = "revokeMemberRole", summary = "Revoke a role (administrators)")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response revoke(
      @PathParam("username") String username,
      @QueryParam("role") String role,
      @QueryParam("chapter") String chapter) {
    authorizer.require(caller.caller(), CoreModule.MEMBERS_MANAGE);
    Account a = account(username);
    Long chapterId = chapterOf(chapter);
    if (!grants.revoke(a.id(), a.username(), role(role), chapterId)) {
      throw new ProblemException(404, "core.member.error.notHeld");
    }
    return Response.noContent().build();
  }

  /**
   * Suspends an account or lifts its suspension: {@code {"suspended": true}}. Its open sessions end
   * at their next request.
   *
   * @param username the account
   * @param json the wanted state
   * @return the account
   */
  @PUT
  @Path("{username}/suspension")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "suspendMember",
      summary = "Suspend or reactivate an account (administrators)")
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "MemberSuspension")))
  @APIResponse(
      responseCode = "200",
      description = "The account",
      content = @Content(schema = @Schema(ref = "Member")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public JsonObject suspend(@PathParam("username") String username, JsonValue json) {
    authorizer.require(caller.caller(), CoreModule.MEMBERS_MANAGE);
    JsonObject body = Bodies.object(json);
    if (!(body.get("suspended") == JsonValue.TRUE || body.get("suspended") == JsonValue.FALSE)) {
      throw new ProblemException(400, "core.problem.missingField", "suspended");
    }
    boolean suspended = body.getBoolean("suspended");
    Account a = account(username);
    if (a.username().equalsIgnoreCase(caller.caller().username())) {
      throw new ProblemException(409, "core.member.error.self");
    }
    Account changed = standing.setSuspended(a.username(), suspended).orElseThrow();
    return json(changed);
  }

  /**
   * Makes an account a member or a supporter: {@code {"status": "supporter"}}. Allowed to
   * administrators, and to coordinators of a chapter the account belongs to (or one above it).
   *
   * @param username the account
   * @param json the new status
   * @return the account
   */
  @PUT
  @Path("{username}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateMemberStatus",
      summary = "Make an account a member or a supporter")
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "MemberStatusChange")))
  @APIResponse(
      responseCode = "200",
      description = "The account",
      content = @Content(schema = @Schema(ref = "Member")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject status(@PathParam("username") String username, JsonValue json) {
    JsonObject body = Bodies.object(json);
    Account a = accounts.byUsername(username).orElse(null);
    boolean allowed =
        authorizer.can(caller.caller(), CoreModule.MEMBER_STATUS)
            || a != null
                && memberships.chaptersOf(a.id()).stream()
                    .anyMatch(
                        c -> authorizer.can(caller.caller(), CoreModule.MEMBER_STATUS, c.getId()));
    if (!allowed) {
      // the same answer whether or not the account exists
      throw new Denied(caller.caller() == null, CoreModule.MEMBER_STATUS);
    }
    if (a == null) {
      throw new ProblemException(404, "core.member.error.notFound");
    }
    MemberStatus status;
    try {
      status = MemberStatus.valueOf(Bodies.requiredText(body, "status").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(400, "core.member.error.status");
    }
    Account changed = standing.setStatus(a.username(), status).orElseThrow();
    return json(changed);
  }

  private Account account(String username) {
    return accounts
        .byUsername(username)
        .orElseThrow(() -> new ProblemException(404, "core.member.error.notFound"));
  }

  private Long chapterOf(String slug) {
    if (slug == null || slug.isBlank()) {
      return null;
    }
    return chapters
        .bySlug(slug)
        .orElseThrow(() -> new ProblemException(400, "core.chapter.error.notFound"))
        .getId();
  }

  private static String role(String role) {
    if (role == null || !ROLES.contains(role)) {
      throw new ProblemException(400, "core.member.error.role");
    }
    return role;
  }

  private JsonObject json(Account a) {
    JsonArrayBuilder roles = JsonBuilders.array();
    for (Grants.Held h : grants.of(a.username())) {
      JsonObjectBuilder g = JsonBuilders.object().add("role", h.role());
      if (h.chapterId() != null) {
        chapters.byId(h.chapterId()).ifPresent(c -> g.add("chapter", c.getSlug()));
      }
      roles.add(g);
    }
    return JsonBuilders.object()
        .add("username", a.username())
        .add("member", a.slug())
        .add("displayName", a.displayName())
        .add("status", a.status().name().toLowerCase(Locale.ROOT))
        .add("suspended", a.suspended())
        .add("roles", roles)
        .build();
  }
}
