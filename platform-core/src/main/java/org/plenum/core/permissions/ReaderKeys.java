package org.plenum.core.permissions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenum.api.AccessKeys;
import org.plenum.api.Caller;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.chapters.ChapterTree;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.Accounts;
import org.plenum.core.identity.Grants;
import org.plenum.core.identity.PermissionMatrix;
import org.plenum.spi.Roles;
import org.plenum.spi.SearchDocument;

/**
 * The keys a reader holds, to be matched against the readers an item lists ({@link
 * SearchDocument#readers()}): everyone holds {@link SearchDocument#ANYONE}; a signed-in reader also
 * {@link SearchDocument#SIGNED_IN}, their account's key, and the key of each permission they hold —
 * site-wide, and within each chapter where they hold it (a site-wide holder holds it in every
 * chapter). The permissions are those of the permission matrix as the administrators left it, so a
 * change there applies at the next search.
 */
@ApplicationScoped
public class ReaderKeys implements AccessKeys {

  @Inject Grants grants;

  @Inject ChapterTree tree;

  @Inject ChapterService chapters;

  @Inject PermissionMatrix matrix;

  @Inject Accounts accounts;

  /**
   * The keys of a reader.
   *
   * @param caller the reader, or {@code null} for a visitor
   * @return the keys
   */
  public Set<String> of(Caller caller) {
    Set<String> keys = new HashSet<>();
    keys.add(SearchDocument.ANYONE);
    if (caller == null || caller.mustChangePassword()) {
      return keys;
    }
    Account account = accounts.byUsername(caller.username()).orElse(null);
    if (account == null || account.suspended()) {
      return keys;
    }
    keys.add(SearchDocument.SIGNED_IN);
    keys.add(SearchDocument.account(account.id()));
    List<Grants.Held> held = grants.of(caller.username());
    if (held.isEmpty()) {
      return keys;
    }
    List<Long> all = new ArrayList<>();
    chapters.tree().forEach(n -> all.add(n.chapter().getId()));
    for (Map.Entry<String, Set<String>> p : matrix.matrix().entrySet()) {
      for (Grants.Held h : held) {
        boolean administrator = Roles.ADMINISTRATOR.equals(h.role()) && h.chapterId() == null;
        if (!administrator && !p.getValue().contains(h.role())) {
          continue;
        }
        if (h.chapterId() == null) {
          keys.add(SearchDocument.permission(p.getKey()));
        }
        for (Long c : all) {
          if (h.chapterId() == null || tree.within(c, h.chapterId())) {
            keys.add(SearchDocument.permission(p.getKey(), c));
          }
        }
      }
    }
    return keys;
  }
}
