package org.plenum.core.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/** A person who can log in. Membership details come with the members module. */
@Entity
@Table(name = "plenum_account")
public class Account {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String username;
  private String email;

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

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plenum_account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role")
  private Set<String> roles = new HashSet<>();

  @Version
  private long version;

  protected Account() {}

  Account(String username, String displayName, String passwordHash, Set<String> roles,
      boolean mustChangePassword) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = new HashSet<>(roles);
    this.mustChangePassword = mustChangePassword;
    this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  /** @return the database id */
  public Long id() {
    return id;
  }

  /** @return the log-in name */
  public String username() {
    return username;
  }

  /** @return the name shown to others */
  public String displayName() {
    return displayName;
  }

  /** @return the roles held site-wide */
  public Set<String> roles() {
    return Set.copyOf(roles);
  }

  /** @return true until the member replaces a one-time password */
  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  /** @return true when the account may not log in */
  public boolean suspended() {
    return suspended;
  }

  /** @return the preferred language tag, or {@code null} */
  public String preferredLanguage() {
    return preferredLanguage;
  }

  String passwordHash() {
    return passwordHash;
  }

  void replacePassword(String hash) {
    this.passwordHash = hash;
    this.mustChangePassword = false;
  }
}
