package org.plenum.core.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A role held by an account, site-wide or within one chapter's subtree. */
@Entity
@Table(name = "plenum_role_grant")
public class RoleGrant {

  /** The scope key of a site-wide grant. */
  public static final String SITE_WIDE = "*";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id")
  private Long accountId;

  private String role;

  @Column(name = "chapter_id")
  private Long chapterId;

  @Column(name = "scope_key")
  private String scopeKey;

  @Column(name = "granted_at")
  private LocalDateTime grantedAt;

  @Column(name = "granted_by")
  private String grantedBy;

  protected RoleGrant() {}

  /**
   * A grant.
   *
   * @param accountId the account
   * @param role the role
   * @param chapterId the chapter whose subtree it applies to, or {@code null} for site-wide
   * @param grantedBy who granted it
   */
  public RoleGrant(long accountId, String role, Long chapterId, String grantedBy) {
    this.accountId = accountId;
    this.role = role;
    this.chapterId = chapterId;
    this.scopeKey = chapterId == null ? SITE_WIDE : chapterId.toString();
    this.grantedAt = LocalDateTime.now(ZoneOffset.UTC);
    this.grantedBy = grantedBy;
  }

  /**
   * @return the account
   */
  public Long getAccountId() {
    return accountId;
  }

  /**
   * @return the role
   */
  public String getRole() {
    return role;
  }

  /**
   * @return the chapter, or {@code null} for site-wide
   */
  public Long getChapterId() {
    return chapterId;
  }
}
