package org.plenum.core.modules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** An administrator's choice to run a module or not; survives restarts. */
@Entity
@Table(name = "plenum_module_state")
public class ModuleState {
  @Id
  @Column(name = "module_id")
  private String moduleId;

  private boolean enabled;

  @Column(name = "changed_at")
  private LocalDateTime changedAt;

  @Column(name = "changed_by")
  private String changedBy;

  protected ModuleState() {}

  ModuleState(String moduleId, boolean enabled, String changedBy) {
    this.moduleId = moduleId;
    change(enabled, changedBy);
  }

  void change(boolean enabled, String changedBy) {
    this.enabled = enabled;
    this.changedBy = changedBy;
    this.changedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  /**
   * Whether the administrator wants the module on.
   *
   * @return the choice
   */
  public boolean enabled() {
    return enabled;
  }

  /**
   * The module.
   *
   * @return its id
   */
  public String moduleId() {
    return moduleId;
  }
}
