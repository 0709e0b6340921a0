package org.plenum.projects.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenum.api.CurrentReader;
import org.plenum.projects.Updates;

/**
 * The page a mail's "stop these mails" link opens: one button, and the mail stops — no log-in
 * needed, the key in the link says whose. A key used already says so.
 */
@Named("unfollow")
@RequestScoped
public class Unfollow {

  @Inject Updates updates;

  @Inject CurrentReader current;

  private Boolean stopped;

  /**
   * Stops the mail.
   *
   * @return {@code null}
   */
  public String stop() {
    stopped = updates.unsubscribe(current.query("key")).isPresent();
    return null;
  }

  /**
   * @return null before the button was pressed; then true when the mail stopped, false when the
   *     link was used already
   */
  public Boolean getStopped() {
    return stopped;
  }

  /**
   * @return the key of the link
   */
  public String getKey() {
    return current.query("key");
  }
}
