package org.plenum.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.plenum.core.audit.AuditLog;
import org.plenum.core.modules.InstalledModule;
import org.plenum.core.modules.ModuleRegistry;
import org.plenum.spi.Permission;
import org.plenum.spi.Roles;

/**
 * Which roles hold which permission: what the enabled modules declare, changed by what
 * administrators set in the admin. Administrators hold every permission whatever the matrix says,
 * so that nobody can lock the site's administration out.
 */
@ApplicationScoped
public class PermissionMatrix {

  /** The roles the matrix shows, administrator aside. */
  public static final List<String> ROLES =
      List.of(Roles.EDITOR, Roles.TRANSLATOR, Roles.COORDINATOR, Roles.MEMBER, Roles.SUPPORTER);

  @PersistenceContext EntityManager em;

  @Inject ModuleRegistry registry;

  @Inject AuditLog audit;

  private volatile Map<String, Boolean> overrides;

  /**
   * The roles that hold a permission.
   *
   * @param permission a permission name
   * @return role names
   */
  public Set<String> holders(String permission) {
    Set<String> roles = new HashSet<>();
    boolean declared = false;
    for (InstalledModule m : registry.enabled()) {
      for (Permission p : m.module().permissions()) {
        if (p.name().equals(permission)) {
          roles.addAll(p.defaultRoles());
          declared = true;
        }
      }
    }
    if (!declared) {
      return Set.of();
    }
    overrides()
        .forEach(
            (key, granted) -> {
              int bar = key.indexOf('|');
              if (key.substring(bar + 1).equals(permission)) {
                if (granted) {
                  roles.add(key.substring(0, bar));
                } else {
                  roles.remove(key.substring(0, bar));
                }
              }
            });
    return roles;
  }

  /**
   * Every permission of the enabled modules with the roles holding it now.
   *
   * @return role sets by permission name, sorted by name
   */
  public Map<String, Set<String>> matrix() {
    Map<String, Set<String>> m = new TreeMap<>();
    for (InstalledModule module : registry.enabled()) {
      for (Permission p : module.module().permissions()) {
        m.put(p.name(), holders(p.name()));
      }
    }
    return m;
  }

  /**
   * Sets every cell of the matrix at once; a cell equal to the module's default stores no override,
   * so that a module's later defaults still apply to it.
   *
   * @param granted the cells that are on, as {@code role|permission}
   * @param by the administrator
   */
  @Transactional
  public void save(Set<String> granted, String by) {
    Map<String, Boolean> wanted = new HashMap<>();
    for (InstalledModule module : registry.enabled()) {
      for (Permission p : module.module().permissions()) {
        for (String role : ROLES) {
          boolean on = granted.contains(role + "|" + p.name());
          if (on != p.defaultRoles().contains(role)) {
            wanted.put(role + "|" + p.name(), on);
          }
        }
      }
    }
    em.createNativeQuery("DELETE FROM plenum_role_permission").executeUpdate();
    audit.recordChange(
        "permissions.update", "matrix", String.join(", ", granted.stream().sorted().toList()));
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    wanted.forEach(
        (key, on) ->
            em.createNativeQuery(
                    "INSERT INTO plenum_role_permission"
                        + " (role, permission, granted, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, key.substring(0, key.indexOf('|')))
                .setParameter(2, key.substring(key.indexOf('|') + 1))
                .setParameter(3, on)
                .setParameter(4, now)
                .setParameter(5, by)
                .executeUpdate());
    overrides = null;
  }

  private Map<String, Boolean> overrides() {
    Map<String, Boolean> o = overrides;
    if (o == null) {
      o = load();
      overrides = o;
    }
    return o;
  }

  @Transactional
  Map<String, Boolean> load() {
    Map<String, Boolean> map = new HashMap<>();
    for (Object row :
        em.createNativeQuery("SELECT role, permission, granted FROM plenum_role_permission")
            .getResultList()) {
      Object[] r = (Object[]) row;
      map.put(r[0] + "|" + r[1], Boolean.TRUE.equals(r[2]));
    }
    return Map.copyOf(map);
  }
}
