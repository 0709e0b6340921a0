package org.plenum.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.api.members.MemberStatus;

/**
 * The site's members, read-only but for one case: creating members who have no password yet
 * (imported authors, demo content), who get in through a mailed reset link.
 */
public interface Members {

  /**
   * A member by log-in name (case does not matter).
   *
   * @param username the log-in name
   * @return the member, if any
   */
  Optional<Member> byUsername(String username);

  /**
   * A member by id.
   *
   * @param id the id
   * @return the member, if any
   */
  Optional<Member> byId(long id);

  /**
   * A member by profile address.
   *
   * @param slug the address
   * @return the member, if any
   */
  Optional<Member> bySlug(String slug);

  /**
   * The member a caller is: the one making the current request, given {@link
   * CurrentReader#getCaller()}.
   *
   * @param caller the caller, or {@code null} for an anonymous visitor
   * @return the member; empty for an anonymous visitor
   */
  default Optional<Member> of(Caller caller) {
    return caller == null ? Optional.empty() : byUsername(caller.username());
  }

  /**
   * Members who are not suspended whose name, log-in name or profile address contain a text (case
   * does not matter), by name: what a picker proposes as a writer types (co-authors, invitees).
   * Only what a member's profile shows anyway is matched; e-mail addresses are not.
   *
   * @param text what was typed; blank finds nothing
   * @param max at most this many (no more than 50)
   * @return the members found
   */
  List<Member> find(String text, int max);

  /**
   * Members by id, in one query.
   *
   * @param ids the ids
   * @return the members found, by id
   */
  Map<Long, Member> byIds(Collection<Long> ids);

  /**
   * Members who are not suspended, oldest first, a page at a time.
   *
   * @param first how many to skip
   * @param max the most to return
   * @return the members
   */
  List<Member> active(int first, int max);

  /**
   * The members who hold one of some roles site-wide, such as the editors a post waits for.
   *
   * @param roles role names
   * @return members, at most 200, oldest first
   */
  List<Member> withSiteRoles(Set<String> roles);

  /**
   * Creates a member without a password. They get in by asking for a reset link.
   *
   * @param username the log-in name
   * @param displayName the name shown
   * @param status member or supporter
   * @return the member
   * @throws Rejected when the name is taken or not allowed
   */
  Member createWithoutPassword(String username, String displayName, MemberStatus status);

  /**
   * Issues an API token for a member, as they could in their profile, for tools that act for them
   * on an administrator's request (imports, benchmarks). The member sees it among their tokens and
   * can revoke it.
   *
   * @param memberId the member
   * @param name the token's name, shown to the member
   * @return the token, shown once
   * @throws IllegalArgumentException when the name is not 1 to 100 characters or the member holds
   *     too many tokens
   */
  String issueToken(long memberId, String name);
}
