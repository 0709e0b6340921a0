package org.plenum.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.plenum.core.config.PlenumConfig;
import org.plenum.spi.Roles;

/**
 * Makes the first administrator of an empty site. There is no default password: the one-time
 * password comes from {@code PLENUM_ADMIN_PASSWORD} or is drawn at random and printed once to the
 * log; either way it must be replaced at the first log-in.
 */
@ApplicationScoped
public class FirstAdministrator {

  /** The first administrator's user name. */
  public static final String USERNAME = "admin";

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
  private static final String ALPHABET =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @Inject Accounts accounts;

  @Inject PlenumConfig config;

  /** Creates the administrator when no account exists yet. */
  public void ensure() {
    if (accounts.any()) {
      return;
    }
    String password = config.initialAdminPassword().orElse(null);
    boolean chosen = password != null;
    if (chosen && password.length() < PasswordPolicy.MIN_LENGTH) {
      LOG.warning(
          "PLENUM_ADMIN_PASSWORD is shorter than "
              + PasswordPolicy.MIN_LENGTH
              + " characters; a random one-time password is used instead");
      chosen = false;
    }
    if (!chosen) {
      password = random(20);
    }
    accounts.create(USERNAME, "Administrator", password, Set.of(Roles.ADMINISTRATOR), true);
    if (chosen) {
      LOG.info(
          "Created the administrator account '"
              + USERNAME
              + "' with the one-time password from PLENUM_ADMIN_PASSWORD; it must be changed at"
              + " first log-in");
    } else {
      LOG.info(
          String.join(
              System.lineSeparator(),
              List.of(
                  "",
                  "==================================================================",
                  " First start: created the administrator account.",
                  "   user name:          " + USERNAME,
                  "   one-time password:  " + password,
                  " Log in at " + config.baseUrl() + "/en/login and choose a new password.",
                  " This password is shown only once.",
                  "==================================================================")));
    }
  }

  private static String random(int length) {
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
