package org.plenum.core.modules;

/** Where a module stands. */
public enum ModuleStatus {
  /** Running: routes, menu entries, blocks and API answer. */
  ENABLED,
  /** Turned off by an administrator; its data stays. */
  DISABLED,
  /** Could not be started; the reason says why. */
  FAILED
}
