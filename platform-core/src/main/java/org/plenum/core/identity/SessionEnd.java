package org.plenum.core.identity;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When the server ends a session (it expired, or it was invalidated), its record goes too, so that
 * a member's list of sessions shows only those that still stand.
 */
@WebListener
public class SessionEnd implements HttpSessionListener {

  private static final Logger LOG = Logger.getLogger(SessionEnd.class.getName());

  @Inject Sessions sessions;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    Object key;
    try {
      key = event.getSession().getAttribute(Sessions.KEY_ATTRIBUTE);
    } catch (IllegalStateException alreadyGone) {
      return;
    }
    if (key instanceof String k) {
      try {
        sessions.end(k);
      } catch (RuntimeException e) {
        // the server may be stopping; an unremoved record is pruned at the member's next log-in
        LOG.log(Level.WARNING, "Could not remove an ended session's record", e);
      }
    }
  }
}
