package org.plenum.core.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.plenum.core.modules.ModuleRegistry;
import org.plenum.core.web.CurrentRequest;
import org.plenum.spi.AdminPage;

/** The enabled modules' admin pages that the reader may open. */
@Named("adminPages")
@RequestScoped
public class AdminPages {

  @Inject Instance<AdminPage> pages;

  @Inject ModuleRegistry registry;

  @Inject CurrentRequest current;

  /**
   * @return admin pages of enabled modules, for the reader
   */
  public List<AdminPage> getPages() {
    List<AdminPage> list = new ArrayList<>();
    for (AdminPage p : pages) {
      if (registry.isEnabled(p.moduleId()) && current.can(p.permission())) {
        list.add(p);
      }
    }
    return list;
  }
}
