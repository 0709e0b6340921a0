package org.plenum.core.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenum.core.audit.AuditEvent;
import org.plenum.core.audit.AuditLog;
import org.plenum.core.web.Dates;

/**
 * The audit log page: every administrative action, in a table the database pages, sorts and
 * filters; what is shown can be exported as CSV.
 */
@Named("auditAdmin")
@RequestScoped
public class AuditAdmin {

  @Inject AuditLog log;

  @Inject Dates dates;

  private AuditTable table;

  /**
   * @return the log, a page at a time
   */
  public AuditTable getTable() {
    if (table == null) {
      table = new AuditTable(log);
    }
    return table;
  }

  /**
   * When an event happened, for the reader.
   *
   * @param e an event
   * @return the date and time in the reader's language
   */
  public String when(AuditEvent e) {
    return dates.dateTime(e.getOccurredAt());
  }
}
