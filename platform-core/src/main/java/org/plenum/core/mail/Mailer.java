package org.plenum.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.plenum.core.config.PlenumConfig;

/**
 * Sends mail. With {@code PLENUM_SMTP_HOST} set, through that SMTP server (port, user, password,
 * STARTTLS and sender configurable); without it, as {@code .eml} files in the data folder's {@code
 * outbox/}, with the links they carry written to the log, so that a site run with nothing installed
 * can still be joined.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Inject Config config;

  @Inject PlenumConfig plenum;

  /**
   * A mail to send.
   *
   * @param to the recipient's address
   * @param subject the subject
   * @param body the plain-text body
   * @param link the link the mail carries, logged when mail goes to the outbox
   */
  public record Mail(String to, String subject, String body, String link) {}

  /**
   * Sends a mail, or puts it in the outbox. Failures are logged, not thrown: the reader's request
   * must not fail because a mail server is down, and the answer must not differ.
   *
   * @param mail the mail
   * @return true when the mail left (or reached the outbox)
   */
  public boolean send(Mail mail) {
    try {
      MimeMessage message = new MimeMessage(session());
      message.setFrom(
          new InternetAddress(string("plenum.mail.from", "Plenum <noreply@localhost>")));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
      message.setSubject(mail.subject(), "UTF-8");
      message.setText(mail.body(), "UTF-8");
      message.setSentDate(Date.from(Instant.now()));
      if (host() == null) {
        Path outbox = plenum.dataFolder().resolve("outbox");
        Files.createDirectories(outbox);
        Path file =
            outbox.resolve(
                Instant.now().toEpochMilli()
                    + "-"
                    + UUID.randomUUID().toString().substring(0, 8)
                    + ".eml");
        try (OutputStream out = Files.newOutputStream(file)) {
          message.writeTo(out);
        }
        LOG.info(
            () ->
                "No SMTP server configured: mail \""
                    + mail.subject()
                    + "\" to "
                    + mail.to()
                    + " written to "
                    + file
                    + (mail.link() == null ? "" : "; its link: " + mail.link()));
      } else {
        Transport.send(message);
      }
      return true;
    } catch (MessagingException | IOException e) {
      LOG.log(Level.WARNING, "Cannot send mail \"" + mail.subject() + "\" to " + mail.to(), e);
      return false;
    }
  }

  private Session session() {
    Properties p = new Properties();
    String host = host();
    if (host != null) {
      p.put("mail.smtp.host", host);
      p.put("mail.smtp.port", string("plenum.smtp.port", "25"));
      p.put("mail.smtp.connectiontimeout", "10000");
      p.put("mail.smtp.timeout", "20000");
      boolean startTls = Boolean.parseBoolean(string("plenum.smtp.starttls", "false"));
      p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
      p.put("mail.smtp.starttls.required", String.valueOf(startTls));
      String user = string("plenum.smtp.user", null);
      if (user != null) {
        p.put("mail.smtp.auth", "true");
        String password = string("plenum.smtp.password", "");
        return Session.getInstance(
            p,
            new Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
              }
            });
      }
    }
    return Session.getInstance(p);
  }

  private String host() {
    return string("plenum.smtp.host", null);
  }

  private String string(String key, String fallback) {
    return config.getOptionalValue(key, String.class).filter(s -> !s.isBlank()).orElse(fallback);
  }
}
