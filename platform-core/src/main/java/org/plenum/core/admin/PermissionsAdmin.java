package org.plenum.core.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenum.core.CoreModule;
import org.plenum.core.audit.AuditLog;
import org.plenum.core.identity.PermissionMatrix;
import org.plenum.core.permissions.Authorizer;
import org.plenum.core.web.CurrentRequest;
import org.plenum.core.web.Messages;

/** The role → permission matrix, which administrators change in the admin. */
@Named("permissionsAdmin")
@RequestScoped
public class PermissionsAdmin {

  @Inject PermissionMatrix matrix;

  @Inject Authorizer authorizer;

  @Inject AuditLog audit;

  @Inject CurrentRequest current;

  @Inject Messages msg;

  private Map<String, Set<String>> cells;

  /**
   * @return the permissions, by name
   */
  public List<String> getPermissions() {
    return List.copyOf(cells().keySet());
  }

  /**
   * @return the roles shown as columns
   */
  public List<String> getRoles() {
    return PermissionMatrix.ROLES;
  }

  /**
   * Tells whether a role holds a permission now.
   *
   * @param permission the permission
   * @param role the role
   * @return true when it does
   */
  public boolean holds(String permission, String role) {
    return cells().getOrDefault(permission, Set.of()).contains(role);
  }

  /**
   * Saves the matrix from the checkboxes posted.
   *
   * @return {@code null}
   */
  public String save() {
    authorizer.require(current.getCaller(), CoreModule.ADMIN);
    String[] posted =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .getOrDefault("cell", new String[0]);
    Set<String> granted =
        Arrays.stream(posted)
            .filter(v -> v.matches("[a-z]+\\|[a-z0-9.-]+"))
            .collect(Collectors.toSet());
    matrix.save(granted, current.getCaller().username());
    cells = null;
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO, msg.get("core.admin.permissions.saved"), null));
    return null;
  }

  private Map<String, Set<String>> cells() {
    if (cells == null) {
      cells = matrix.matrix();
    }
    return cells;
  }
}
