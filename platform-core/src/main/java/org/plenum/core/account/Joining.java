package org.plenum.core.account;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.ChapterPlaces;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.chapters.Memberships;
import org.plenum.core.config.PlenumConfig;
import org.plenum.core.i18n.MessageCatalog;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.Accounts;
import org.plenum.core.identity.LoginThrottle;
import org.plenum.core.identity.PasswordPolicy;
import org.plenum.core.identity.Passwords;
import org.plenum.core.identity.Tokens;
import org.plenum.core.mail.Mailer;
import org.plenum.core.settings.SiteSettings;

/**
 * Joining, confirming one's address, and resetting a forgotten password. Every answer is the same
 * whether or not an address is known: joining with a known address mails its owner instead of
 * saying so, and both paths spend the time of one password hash.
 */
@ApplicationScoped
public class Joining {

  private static final Logger LOG = Logger.getLogger(Joining.class.getName());
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** How long a verification link stays valid. */
  static final Duration VERIFY_LIFETIME = Duration.ofHours(48);

  /** How long a password-reset link stays valid. */
  static final Duration RESET_LIFETIME = Duration.ofHours(1);

  @Inject Accounts accounts;

  @Inject Passwords passwords;

  @Inject Tokens tokens;

  @Inject ChapterService chapters;

  @Inject ChapterPlaces chapterPlaces;

  @Inject Memberships memberships;

  @Inject Mailer mailer;

  @Inject MessageCatalog catalog;

  @Inject PlenumConfig config;

  @Inject SiteSettings settings;

  /** Where work runs after the response: the server's managed executor. */
  @Resource ManagedExecutorService afterResponse;

  /** Counts reset requests apart from failed log-ins, with the same limits. */
  final LoginThrottle throttle =
      new LoginThrottle(Ticker.systemTicker(), LoginThrottle.PER_ADDRESS);

  /** This bean through its proxy, so that the mailing runs in its own transaction. */
  @Inject Joining resetMails;

  /**
   * What someone joining fills in.
   *
   * @param name display name
   * @param email e-mail address
   * @param password password
   * @param language preferred language
   * @param country ISO country code, may be blank
   * @param region region, may be blank
   * @param city city, may be blank
   */
  public record Form(
      String name,
      String email,
      String password,
      String language,
      String country,
      String region,
      String city) {}

  /**
   * A problem with a form field.
   *
   * @param field the field
   * @param key message key
   */
  public record Problem(String field, String key) {}

  /** A form that cannot be accepted. */
  public static class Refused extends RuntimeException {
    private final transient List<Problem> problems;

    Refused(List<Problem> problems) {
      super(problems.toString());
      this.problems = List.copyOf(problems);
    }

    /**
     * @return the problems
     */
    public List<Problem> problems() {
      return problems;
    }
  }

  /**
   * Someone joins: an unverified account placed in the chapter of their place, and a mail with a
   * single-use link; or, for a known address, a mail to its owner.
   *
   * @param f the form
   * @throws Refused when a field is invalid
   */
  @Transactional
  public void join(Form f) {
    List<Problem> problems = new ArrayList<>();
    String name = f.name() == null ? "" : f.name().strip();
    if (name.isEmpty() || name.length() > 120) {
      problems.add(new Problem("name", "core.join.error.name"));
    }
    String email = f.email() == null ? "" : f.email().strip();
    if (!validEmail(email)) {
      problems.add(new Problem("email", "core.join.error.email"));
    }
    PasswordPolicy.problem(f.password(), List.of(name, email))
        .ifPresent(k -> problems.add(new Problem("password", k)));
    if (f.language() == null || !catalog.offers(f.language())) {
      problems.add(new Problem("language", "core.join.error.language"));
    }
    String country = blankToNull(f.country());
    if (country != null && !COUNTRIES.contains(country.toUpperCase(Locale.ROOT))) {
      problems.add(new Problem("country", "core.join.error.country"));
    }
    if (length(f.region()) > 120 || length(f.city()) > 120) {
      problems.add(new Problem("city", "core.join.error.place"));
    }
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
    Optional<Account> known = accounts.byEmail(email);
    if (known.isPresent()) {
      passwords.burn(f.password());
      String lang =
          known.get().preferredLanguage() == null ? f.language() : known.get().preferredLanguage();
      String link = config.baseUrl() + "/" + lang + "/password/forgot";
      mailer.send(
          new Mailer.Mail(
              email,
              catalog.format(lang, "core.mail.known.subject", siteName()),
              catalog.format(
                  lang, "core.mail.known.body", known.get().displayName(), siteName(), link),
              link));
      return;
    }
    Account a =
        accounts.join(
            email,
            name,
            f.password(),
            f.language(),
            country == null ? null : country.toUpperCase(Locale.ROOT),
            blankToNull(f.region()),
            blankToNull(f.city()));
    chapterPlaces
        .placeFor(country, f.region(), f.city())
        .ifPresent(c -> memberships.join(c.getId(), a.id()));
    String token = tokens.issue(a.id(), Tokens.VERIFY, VERIFY_LIFETIME);
    String link = config.baseUrl() + "/" + f.language() + "/join/verify?token=" + token;
    mailer.send(
        new Mailer.Mail(
            email,
            catalog.format(f.language(), "core.mail.verify.subject", siteName()),
            catalog.format(
                f.language(),
                "core.mail.verify.body",
                name,
                siteName(),
                link,
                VERIFY_LIFETIME.toHours()),
            link));
    LOG.info(() -> "Account '" + a.username() + "' joined; waiting for address verification");
  }

  /**
   * Follows a verification link.
   *
   * @param token the token of the link
   * @return the chapters the new member belongs to, when the link was valid
   */
  @Transactional
  public Optional<List<Chapter>> verify(String token) {
    return tokens
        .spend(token, Tokens.VERIFY)
        .map(
            id -> {
              Account a = accounts.markVerified(id);
              return memberships.chaptersOf(a.id());
            });
  }

  /**
   * Asks for a reset link for an address. The answer does not wait for anything that depends on the
   * address: whether an account has it, the link and the mail are done after the response, on the
   * managed executor, so a known address and an unknown one answer alike and in the same time.
   *
   * <p>Requests are counted like failed log-ins (per address asked for and client, and per client):
   * beyond that, nothing more is queued or mailed, and the answer stays the same.
   *
   * @param email the address given
   * @param lang the language of the page
   * @param client the client's address
   */
  public void forgot(String email, String lang, String client) {
    String key = "reset:" + email;
    if (!throttle.allows(key, client)) {
      LOG.warning(() -> "Reset links refused by throttling for a request from " + client);
      return;
    }
    throttle.failed(key, client);
    try {
      afterResponse.execute(
          () -> {
            try {
              resetMails.mailReset(email, lang);
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "Could not mail a reset link", e);
            }
          });
    } catch (RejectedExecutionException e) {
      LOG.warning("The server is too busy to mail a reset link now");
    }
  }

  /**
   * Mails a reset link to the owner of an address, when there is one that may log in.
   *
   * @param email the address given
   * @param lang the language of the page
   */
  @Transactional
  public void mailReset(String email, String lang) {
    accounts
        .byEmail(email)
        .filter(a -> a.isVerified() && !a.suspended())
        .ifPresent(
            a -> {
              String l = a.preferredLanguage() == null ? lang : a.preferredLanguage();
              String token = tokens.issue(a.id(), Tokens.RESET, RESET_LIFETIME);
              String link = config.baseUrl() + "/" + l + "/password/reset?token=" + token;
              mailer.send(
                  new Mailer.Mail(
                      a.email(),
                      catalog.format(l, "core.mail.reset.subject", siteName()),
                      catalog.format(l, "core.mail.reset.body", a.displayName(), siteName(), link),
                      link));
            });
  }

  /**
   * Sets a new password through a reset link. The password is checked before the link is spent, so
   * a refused password leaves the link usable.
   *
   * @param token the link's token
   * @param password the new password
   * @return true when the link was valid and the password set
   * @throws Passwords.PasswordRejected when the password breaks the policy
   */
  @Transactional
  public boolean reset(String token, String password) {
    if (!tokens.valid(token, Tokens.RESET)) {
      return false;
    }
    if (password == null
        || password.length() < PasswordPolicy.MIN_LENGTH
        || password.length() > PasswordPolicy.MAX_LENGTH) {
      throw new Passwords.PasswordRejected(
          password == null || password.length() < PasswordPolicy.MIN_LENGTH
              ? "core.password.tooShort"
              : "core.password.tooLong");
    }
    Optional<Long> account = tokens.spend(token, Tokens.RESET);
    account.ifPresent(id -> passwords.resetPassword(id, password));
    return account.isPresent();
  }

  private String siteName() {
    return settings.get(SiteSettings.NAME);
  }

  /**
   * Tells whether text is a usable e-mail address.
   *
   * @param email the text
   * @return true when it is one address, with a domain
   */
  public static boolean validEmail(String email) {
    if (email.isEmpty() || email.length() > 254 || !email.contains("@")) {
      return false;
    }
    try {
      new InternetAddress(email, true).validate();
      return email.indexOf('@') > 0 && email.substring(email.indexOf('@') + 1).contains(".");
    } catch (AddressException e) {
      return false;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static int length(String s) {
    return s == null ? 0 : s.strip().length();
  }
}
