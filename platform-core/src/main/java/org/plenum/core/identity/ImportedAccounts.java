package org.plenum.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plenum.api.members.MemberStatus;
import org.plenum.spi.ContentChanged;

/** The accounts of members brought in by an import: made together, without passwords. */
@ApplicationScoped
public class ImportedAccounts {

  @PersistenceContext EntityManager em;

  @Inject Accounts accounts;

  @Inject Event<ContentChanged> contentChanged;

  /**
   * A member brought in by an import, checked.
   *
   * @param username the log-in name, in lower case
   * @param name the name shown
   * @param email the address, or null
   * @param status member or supporter
   * @param joined when they joined, UTC, or null for now
   * @param language the language they read, or null for the site's
   */
  public record Imported(
      String username,
      String name,
      String email,
      MemberStatus status,
      LocalDateTime joined,
      String language) {}

  /**
   * Makes the accounts of an import, without passwords, in the caller's transaction: their profile
   * addresses are chosen first, so that the new accounts are written once, together.
   *
   * @param rows the members, checked
   * @return the accounts made, in the same order, with their ids
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Account> importAll(List<Imported> rows) {
    // addresses first: a query made after the first new account would write it out early
    Set<String> slugs = new HashSet<>();
    List<String> given = new ArrayList<>(rows.size());
    for (Imported row : rows) {
      String slug = accounts.freeSlug(row.name(), null, slugs);
      slugs.add(slug);
      given.add(slug);
    }
    List<Account> made = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Imported row = rows.get(i);
      Account a = new Account(row.username(), row.name(), Account.NO_PASSWORD, false);
      a.status(row.status());
      if (row.email() != null) {
        a.address(row.email());
      }
      a.imported(row.joined(), row.language());
      a.slug(given.get(i));
      em.persist(a);
      made.add(a);
    }
    em.flush();
    contentChanged.fire(ContentChanged.of(ContentChanged.PEOPLE));
    return made;
  }

  /**
   * The user names and addresses (in their lower-case form) that accounts already hold, among those
   * given.
   *
   * @param keys lower-case user names or addresses
   * @param emails true for addresses, false for user names
   * @return those taken
   */
  public List<String> taken(Collection<String> keys, boolean emails) {
    if (keys.isEmpty()) {
      return List.of();
    }
    String column = emails ? "emailKey" : "usernameKey";
    return em.createQuery(
            "select a." + column + " from Account a where a." + column + " in :keys", String.class)
        .setParameter("keys", keys)
        .getResultList();
  }
}
