package org.plenum.core.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.plenum.core.audit.AuditEvent;
import org.plenum.core.audit.AuditLog;
import org.plenum.core.web.CurrentRequest;
import org.plenum.core.web.Dates;

/** The audit log page: the latest administrative actions. */
@Named("auditAdmin")
@RequestScoped
public class AuditAdmin {

  @Inject AuditLog log;

  @Inject CurrentRequest current;

  @Inject Dates dates;

  private List<AuditEvent> events;

  /**
   * @return the latest 200 events
   */
  public List<AuditEvent> getEvents() {
    if (events == null) {
      events = log.latest(0, 200);
    }
    return events;
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
