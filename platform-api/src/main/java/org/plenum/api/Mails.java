package org.plenum.api;

/**
 * Mail from the site: through the configured SMTP server, or into the outbox folder when the site
 * has none. Write the mail in its reader's language ({@link Texts#formatIn}) and dates in their
 * time zone ({@link Member#timeZone()}).
 */
public interface Mails {

  /**
   * A plain-text mail.
   *
   * @param to the address
   * @param subject the subject
   * @param body the text
   * @param link the main link in it, logged when the site has no SMTP server; or {@code null}
   */
  record Message(String to, String subject, String body, String link) {}

  /**
   * Sends a mail. A failure is logged, not thrown: the reader's request goes on.
   *
   * @param message the mail
   * @return true when it was handed to the server or the outbox
   */
  boolean send(Message message);
}
