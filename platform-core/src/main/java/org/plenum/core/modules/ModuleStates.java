package org.plenum.core.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;

/** Stores which modules an administrator turned off. */
@ApplicationScoped
public class ModuleStates {

  @PersistenceContext EntityManager em;

  /**
   * The stored choices.
   *
   * @return enabled flag by module id; a module never switched is absent
   */
  @Transactional
  public Map<String, Boolean> load() {
    Map<String, Boolean> states = new HashMap<>();
    for (ModuleState s :
        em.createQuery("select s from ModuleState s", ModuleState.class).getResultList()) {
      states.put(s.moduleId(), s.enabled());
    }
    return states;
  }

  /**
   * Records a choice.
   *
   * @param moduleId the module
   * @param enabled on or off
   * @param by the administrator's user name
   */
  @Transactional
  public void save(String moduleId, boolean enabled, String by) {
    ModuleState state = em.find(ModuleState.class, moduleId);
    if (state == null) {
      em.persist(new ModuleState(moduleId, enabled, by));
    } else {
      state.change(enabled, by);
    }
  }
}
