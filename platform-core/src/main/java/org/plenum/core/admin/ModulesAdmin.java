package org.plenum.core.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.plenum.core.audit.AuditLog;
import org.plenum.core.i18n.MessageCatalog;
import org.plenum.core.modules.InstalledModule;
import org.plenum.core.modules.ModuleChangeRefused;
import org.plenum.core.modules.ModuleRegistry;
import org.plenum.core.permissions.Authorizer;
import org.plenum.core.web.CurrentRequest;

/** The modules page: every installed module, its state, why it is off, and the switch. */
@Named("modulesAdmin")
@RequestScoped
public class ModulesAdmin {

  @Inject ModuleRegistry registry;

  @Inject Authorizer authorizer;

  @Inject AuditLog audit;

  @Inject CurrentRequest current;

  @Inject MessageCatalog catalog;

  /**
   * @return installed modules, in start-up order
   */
  public List<InstalledModule> getModules() {
    return registry.all();
  }

  /**
   * A module's display name in the reader's language.
   *
   * @param m a module
   * @return its name, or its id when it has none
   */
  public String name(InstalledModule m) {
    if (m.descriptor() == null || !catalog.has(m.descriptor().nameKey())) {
      return m.id();
    }
    return catalog.get(current.getLang(), m.descriptor().nameKey());
  }

  /**
   * Why a module is off, in the reader's language.
   *
   * @param m a module
   * @return the reason, or an empty string
   */
  public String reason(InstalledModule m) {
    if (m.reason() == null) {
      return "";
    }
    return catalog.format(current.getLang(), m.reason().key(), m.reason().args().toArray());
  }

  /**
   * The requirements of a module, for display.
   *
   * @param m a module
   * @return such as {@code pages >= 1.0.0}
   */
  public String requirements(InstalledModule m) {
    return m.requires().stream().map(Object::toString).collect(Collectors.joining(", "));
  }

  /**
   * Turns a module on or off.
   *
   * @param id the module id
   * @param on the wanted state
   * @return {@code null}, to show the page again
   */
  public String toggle(String id, boolean on) {
    authorizer.require(current.getCaller(), "core.admin");
    FacesContext faces = FacesContext.getCurrentInstance();
    String who = current.getCaller().username();
    try {
      registry.setEnabled(id, on, who);
      audit.record(who, on ? "module.enable" : "module.disable", id, null, current.getAddress());
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              catalog.format(
                  current.getLang(),
                  on ? "core.admin.modules.enabled" : "core.admin.modules.disabled",
                  id),
              null));
    } catch (ModuleChangeRefused e) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              catalog.format(current.getLang(), e.reason().key(), e.reason().args().toArray()),
              null));
    }
    return null;
  }
}
