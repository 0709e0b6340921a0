package org.plenum.core.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.plenum.api.Mails;
import org.plenum.core.mail.Mailer;

/** Mail from modules, through the core's mailer. */
@ApplicationScoped
public class CoreMails implements Mails {

  @Inject Mailer mailer;

  @Override
  public boolean send(Message message) {
    return mailer.send(
        new Mailer.Mail(message.to(), message.subject(), message.body(), message.link()));
  }
}
