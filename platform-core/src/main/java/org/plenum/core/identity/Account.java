package org.plenum.core.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.plenum.api.members.MemberStatus;

/** A person who can log in. Membership details come with the members module. */
@Entity
@Table(name = "plenum_account")
public class Account {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String username;
  private String email;

  /** The user name in lower case, for finding it ignoring case. */
  @Column(name = "username_key")
  private String usernameKey;

  /** The address in lower case, for finding it ignoring case. */
  @Column(name = "email_key")
  private String emailKey;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "must_change_password")
  private boolean mustChangePassword;

  private boolean suspended;

  @Column(name = "preferred_language")
  private String preferredLanguage;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Enumerated(EnumType.STRING)
  private MemberStatus status = MemberStatus.MEMBER;

  @Column(name = "verified_at")
  private LocalDateTime verifiedAt;

  private String country;
  private String region;
  private String city;

  private String bio;

  @Column(name = "time_zone")
  private String timeZone;

  private String slug;
  private String avatar;

  @Column(name = "show_bio")
  private boolean showBio = true;

  @Column(name = "show_chapters")
  private boolean showChapters = true;

  @Column(name = "show_email")
  private boolean showEmail;

  @Version private long version;

  /** The hash of an account that has no password yet: nothing matches it. */
  static final String NO_PASSWORD = "!";

  protected Account() {}

  Account(String username, String displayName, String passwordHash, boolean mustChangePassword) {
    this.username = username;
    this.usernameKey = key(username);
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.mustChangePassword = mustChangePassword;
    this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    // accounts made by the site or an administrator need no address check; joining does
    this.verifiedAt = createdAt;
  }

  /**
   * @return the database id
   */
  public Long id() {
    return id;
  }

  /**
   * @return the log-in name
   */
  public String username() {
    return username;
  }

  /**
   * @return the name shown to others
   */
  public String displayName() {
    return displayName;
  }

  /**
   * @return member (votes) or supporter (takes part, does not vote)
   */
  public MemberStatus status() {
    return status;
  }

  /**
   * @return true until the member replaces a one-time password
   */
  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  /**
   * @return true when the account may not log in
   */
  public boolean suspended() {
    return suspended;
  }

  /**
   * @return the preferred language tag, or {@code null}
   */
  public String preferredLanguage() {
    return preferredLanguage;
  }

  void joined(String email, String language, String country, String region, String city) {
    this.email = email;
    this.emailKey = key(email);
    this.preferredLanguage = language;
    this.country = country;
    this.region = region;
    this.city = city;
    this.verifiedAt = null;
  }

  void address(String email) {
    this.email = email;
    this.emailKey = key(email);
    this.verifiedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  /**
   * The form under which a user name or address is found, whatever its case.
   *
   * @param text a user name or address, or {@code null}
   * @return it trimmed and in lower case
   */
  public static String key(String text) {
    return text == null ? null : text.strip().toLowerCase(Locale.ROOT);
  }

  void verified() {
    this.verifiedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  /**
   * @return true once the holder followed the link mailed to them
   */
  public boolean isVerified() {
    return verifiedAt != null;
  }

  /**
   * @return the ISO code of the country the member lives in, or {@code null}
   */
  public String country() {
    return country;
  }

  /**
   * @return the region the member lives in, or {@code null}
   */
  public String region() {
    return region;
  }

  /**
   * @return the city the member lives in, or {@code null}
   */
  public String city() {
    return city;
  }

  /**
   * @return the e-mail address, or {@code null}
   */
  public String email() {
    return email;
  }

  void profile(String displayName, String bio, String language, String timeZone) {
    this.displayName = displayName;
    this.bio = bio;
    this.preferredLanguage = language;
    this.timeZone = timeZone;
  }

  /**
   * @return the short biography, or {@code null}
   */
  public String bio() {
    return bio;
  }

  /**
   * @return the time zone id, or {@code null} for the site's
   */
  public String timeZone() {
    return timeZone;
  }

  /**
   * @return the member's address on the site ({@code /members/<slug>}), never the log-in name
   */
  public String slug() {
    return slug;
  }

  void slug(String slug) {
    this.slug = slug;
  }

  /**
   * @return the stored avatar's file name, or {@code null}
   */
  public String avatar() {
    return avatar;
  }

  void avatar(String avatar) {
    this.avatar = avatar;
  }

  /**
   * @return true when other members see the biography
   */
  public boolean showBio() {
    return showBio;
  }

  /**
   * @return true when other members see the chapters the member belongs to
   */
  public boolean showChapters() {
    return showChapters;
  }

  /**
   * @return true when other members see the e-mail address
   */
  public boolean showEmail() {
    return showEmail;
  }

  void shown(boolean bio, boolean chapters, boolean email) {
    this.showBio = bio;
    this.showChapters = chapters;
    this.showEmail = email;
  }

  /**
   * @return when the account was made, in UTC
   */
  public LocalDateTime createdAt() {
    return createdAt;
  }

  void suspended(boolean value) {
    this.suspended = value;
  }

  void status(MemberStatus status) {
    this.status = status;
  }

  /**
   * What an import brings besides the name: when the member joined the organisation and the
   * language they read.
   *
   * @param joined the joining, or null for now
   * @param language a language of the site, or null for the site's
   */
  void imported(LocalDateTime joined, String language) {
    if (joined != null) {
      this.createdAt = joined;
    }
    this.preferredLanguage = language;
  }

  String passwordHash() {
    return passwordHash;
  }

  void replacePassword(String hash) {
    this.passwordHash = hash;
    this.mustChangePassword = false;
  }
}
