package org.plenum.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.plenum.api.Slugs;
import org.plenum.api.members.MemberStatus;
import org.plenum.core.audit.AuditLog;
import org.plenum.spi.ContentChanged;

/** Creates accounts, checks credentials and changes passwords. */
@ApplicationScoped
public class Accounts {

  /** What a user name may be: 3 to 64 lower-case letters, digits, dots, hyphens or underscores. */
  public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

  @PersistenceContext EntityManager em;

  @Inject Sessions sessions;

  @Inject AuditLog audit;

  @Inject LoginThrottle throttle;

  @Inject Event<ContentChanged> contentChanged;

  @Inject PasswordHasher hasher;

  @Inject Grants grants;

  @Inject ActiveAccounts active;

  /**
   * Finds an account by user name, ignoring case.
   *
   * @param username the log-in name
   * @return the account, if any
   */
  @Transactional
  public Optional<Account> byUsername(String username) {
    if (username != null && username.contains("@")) {
      return byEmail(username);
    }
    if (username == null || username.isBlank() || username.length() > 64) {
      return Optional.empty();
    }
    return em.createQuery("select a from Account a where a.usernameKey = :u", Account.class)
        .setParameter("u", username.trim().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /**
   * Finds an account by e-mail address, ignoring case.
   *
   * @param email the address
   * @return the account, if any
   */
  @Transactional
  public Optional<Account> byEmail(String email) {
    if (email == null || email.isBlank() || email.length() > 254) {
      return Optional.empty();
    }
    return em.createQuery("select a from Account a where a.emailKey = :e", Account.class)
        .setParameter("e", email.trim().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /**
   * Creates the account of someone joining: it works only once the address is verified.
   *
   * @param email the address, also how the member logs in
   * @param displayName the name shown
   * @param password the password, already checked against the policy
   * @param language the preferred language
   * @param country ISO country code, or {@code null}
   * @param region region, or {@code null}
   * @param city city, or {@code null}
   * @return the account
   */
  @Transactional
  public Account join(
      String email,
      String displayName,
      String password,
      String language,
      String country,
      String region,
      String city) {
    String base = Slugs.from(email.substring(0, email.indexOf('@'))).replace('-', '.');
    if (base.length() < 3) {
      base = "member";
    }
    base = base.length() > 50 ? base.substring(0, 50) : base;
    String username = base;
    SecureRandom random = new SecureRandom();
    while (byUsername(username).isPresent()) {
      username = base + "." + (1000 + random.nextInt(9000));
    }
    Account account = new Account(username, displayName, hasher.hash(password), false);
    account.joined(email.trim().toLowerCase(Locale.ROOT), language, country, region, city);
    persistNew(account);
    return account;
  }

  private void persistNew(Account account) {
    account.slug(freeSlug(account.displayName(), null));
    em.persist(account);
    em.flush();
  }

  /**
   * A member address made from a name that no other account uses: "jane-johnson", else
   * "jane-johnson-2" and so on.
   */
  private String freeSlug(String name, Long except) {
    return freeSlug(name, except, Set.of());
  }

  /**
   * A member address made from a name that neither another account nor one of the given addresses
   * uses (addresses given to accounts not yet saved).
   */
  String freeSlug(String name, Long except, Set<String> alsoTaken) {
    String base = Slugs.from(name);
    if (base.isEmpty()) {
      base = "member";
    }
    base = base.length() > 100 ? base.substring(0, 100).replaceAll("-+$", "") : base;
    Set<String> taken = new HashSet<>();
    for (Object[] row :
        em.createQuery(
                "select a.id, a.slug from Account a" + " where a.slug = :b or a.slug like :p",
                Object[].class)
            .setParameter("b", base)
            .setParameter("p", base + "-%")
            .getResultList()) {
      if (!row[0].equals(except)) {
        taken.add((String) row[1]);
      }
    }
    String slug = base;
    for (int n = 2; taken.contains(slug) || alsoTaken.contains(slug); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  /**
   * Gives an address to every account made before members had one.
   *
   * @return how many accounts got one
   */
  @Transactional
  public int assignMissingSlugs() {
    List<Account> without =
        em.createQuery(
                "select a from Account a where a.slug is null" + " order by a.id", Account.class)
            .getResultList();
    for (Account a : without) {
      a.slug(freeSlug(a.displayName(), a.id()));
      em.flush();
    }
    return without.size();
  }

  /**
   * The active accounts that hold one of some roles site-wide: who to tell about work that waits
   * for a role (a post to review).
   *
   * @param roles role names
   * @return accounts, at most 200, oldest first
   */
  @Transactional
  public List<Account> withSiteRoles(Set<String> roles) {
    if (roles.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select distinct a from Account a, RoleGrant g where g.accountId = a.id"
                + " and g.chapterId is null and g.role in :r and a.suspended = false order by a.id",
            Account.class)
        .setParameter("r", List.copyOf(roles))
        .setMaxResults(200)
        .getResultList();
  }

  /**
   * An account by id.
   *
   * @param id the id
   * @return the account, if any
   */
  @Transactional
  public Optional<Account> byId(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  /**
   * An account by its member address.
   *
   * @param slug the address
   * @return the account, if any
   */
  @Transactional
  public Optional<Account> bySlug(String slug) {
    if (slug == null || slug.length() > 120) {
      return Optional.empty();
    }
    return em.createQuery("select a from Account a where a.slug = :s", Account.class)
        .setParameter("s", slug)
        .getResultStream()
        .findFirst();
  }

  /**
   * Chooses what other members see of a profile.
   *
   * @param username the account
   * @param bio show the biography
   * @param chapters show the chapters
   * @param email show the e-mail address
   */
  @Transactional
  public void choosePublicFields(String username, boolean bio, boolean chapters, boolean email) {
    em.find(Account.class, byUsername(username).orElseThrow().id()).shown(bio, chapters, email);
  }

  /**
   * Records a new avatar.
   *
   * @param username the account
   * @param avatar the stored file's name, or {@code null} to remove it
   * @return the file name it replaces, or {@code null}
   */
  @Transactional
  public String replaceAvatar(String username, String avatar) {
    Account a = em.find(Account.class, byUsername(username).orElseThrow().id());
    String old = a.avatar();
    a.avatar(avatar);
    contentChanged.fire(ContentChanged.of(ContentChanged.PEOPLE));
    return old;
  }

  /**
   * Marks an account's address as verified.
   *
   * @param accountId the account
   * @return the account
   */
  @Transactional
  public Account markVerified(long accountId) {
    Account a = em.find(Account.class, accountId);
    a.verified();
    active.changed(a.username());
    return a;
  }

  /**
   * Tells whether any account exists.
   *
   * @return true once the first administrator was made
   */
  @Transactional
  public boolean any() {
    return !em.createQuery("select a.id from Account a", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * Creates an account.
   *
   * @param username log-in name
   * @param displayName shown name
   * @param password initial password
   * @param roles site-wide roles
   * @param oneTime true when the password must be replaced at first log-in
   * @return the account
   */
  @Transactional
  public Account create(
      String username, String displayName, String password, Set<String> roles, boolean oneTime) {
    Account account = new Account(username, displayName, hasher.hash(password), oneTime);
    persistNew(account);
    for (String role : roles) {
      grants.grant(account.id(), username, role, null, "system");
    }
    return account;
  }

  /**
   * Creates a member's account with a password and an e-mail address given by an administrator, who
   * vouches for the address: it counts as verified.
   *
   * @param username log-in name
   * @param displayName shown name
   * @param password the password, already checked against the policy
   * @param status member or supporter
   * @param email the address, already checked and free, or {@code null}
   * @return the account
   */
  @Transactional
  public Account createMember(
      String username, String displayName, String password, MemberStatus status, String email) {
    Account account = new Account(username, displayName, hasher.hash(password), false);
    account.status(status);
    if (email != null) {
      account.address(email);
    }
    persistNew(account);
    audit.recordChange("member.create", username, null);
    return account;
  }

  /**
   * Creates an account that cannot log in until its holder sets a password (demo members, imported
   * members).
   *
   * @param username log-in name
   * @param displayName shown name
   * @param status member or supporter
   * @return the account
   */
  @Transactional
  public Account createWithoutPassword(String username, String displayName, MemberStatus status) {
    Account account = new Account(username, displayName, Account.NO_PASSWORD, false);
    account.status(status);
    persistNew(account);
    return account;
  }

  /**
   * Changes what a member says about themselves.
   *
   * @param username the account
   * @param displayName the name shown
   * @param bio a short biography, may be blank
   * @param language preferred language
   * @param timeZone a time zone id, may be blank for the site's
   * @return the account
   */
  @Transactional
  public Account updateProfile(
      String username, String displayName, String bio, String language, String timeZone) {
    Account a = em.find(Account.class, byUsername(username).orElseThrow().id());
    a.profile(
        displayName,
        bio == null || bio.isBlank() ? null : bio.strip(),
        language,
        timeZone == null || timeZone.isBlank() ? null : timeZone);
    contentChanged.fire(ContentChanged.of(ContentChanged.PEOPLE));
    return a;
  }
}
