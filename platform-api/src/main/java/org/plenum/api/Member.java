package org.plenum.api;

import org.plenum.api.members.MemberStatus;

/**
 * A member as modules see them: a read-only copy, never the account itself.
 *
 * @param id the account's id
 * @param username the log-in name
 * @param displayName the name shown
 * @param slug the profile's address ({@code members/{slug}})
 * @param avatar the picture's file name under {@code media/avatars}, or {@code null}
 * @param email the e-mail address, for mail the member asked for; never shown to others unless they
 *     chose so
 * @param preferredLanguage the language they read in, or {@code null} for the site's
 * @param timeZone their time zone id, or {@code null} for the site's
 * @param status member or supporter
 * @param suspended true while an administrator has suspended them
 */
public record Member(
    long id,
    String username,
    String displayName,
    String slug,
    String avatar,
    String email,
    String preferredLanguage,
    String timeZone,
    MemberStatus status,
    boolean suspended) {

  /**
   * @return the id, for pages
   */
  public long getId() {
    return id;
  }

  /**
   * @return the name shown, for pages
   */
  public String getDisplayName() {
    return displayName;
  }

  /**
   * @return the profile's address, for pages
   */
  public String getSlug() {
    return slug;
  }

  /**
   * @return the picture's file name, for pages
   */
  public String getAvatar() {
    return avatar;
  }
}
