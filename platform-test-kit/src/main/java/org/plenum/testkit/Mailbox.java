package org.plenum.testkit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * A real SMTP server in the test JVM (GreenMail) that the site under test sends its mail to ({@code
 * PLENUM_SMTP_HOST}/{@code PLENUM_SMTP_PORT} in the server's environment).
 */
public final class Mailbox {

  private static GreenMail server;

  private Mailbox() {}

  /** Starts the server once for the whole run. */
  public static synchronized void start() {
    if (server == null) {
      int port = Integer.parseInt(System.getProperty("plenum.it.smtp.port"));
      server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
  }

  /**
   * The mails received for an address so far.
   *
   * @param address the recipient
   * @return the mails, oldest first
   */
  public static List<MimeMessage> to(String address) {
    start();
    return Arrays.stream(server.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().contains(address));
              } catch (MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  /**
   * Waits for the n-th mail to an address.
   *
   * @param address the recipient
   * @param count how many mails must have arrived
   * @return the latest mail
   */
  public static MimeMessage await(String address, int count) {
    Awaitility.await("mail to " + address)
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> to(address).size() >= count);
    List<MimeMessage> mails = to(address);
    return mails.get(mails.size() - 1);
  }

  /**
   * The text of a mail.
   *
   * @param m a mail
   * @return its body
   */
  public static String body(MimeMessage m) {
    try {
      return String.valueOf(m.getContent());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The site link a mail carries, as a path and query to open on the site under test.
   *
   * @param m a mail
   * @return such as {@code /fr/join/verify?token=…}
   */
  public static String link(MimeMessage m) {
    Matcher matcher = Pattern.compile("https?://[^/\\s]+(/[^\\s]+)").matcher(body(m));
    if (!matcher.find()) {
      throw new IllegalStateException("no link in: " + body(m));
    }
    return matcher.group(1);
  }
}
