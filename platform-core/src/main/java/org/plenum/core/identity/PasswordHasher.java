package org.plenum.core.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.plenum.core.config.PlenumConfig;

/**
 * Hashes passwords with the container's PBKDF2 (HMAC-SHA-256, 600,000 iterations, 32-byte salt and
 * key: the figures OWASP recommends; the container's default of 2,048 iterations is far too few).
 * The parameters travel inside each hash, so raising them later keeps old hashes verifiable. Test
 * sites may configure fewer iterations ({@link PlenumConfig#passwordIterations()}).
 */
@ApplicationScoped
public class PasswordHasher {

  @Inject Pbkdf2PasswordHash pbkdf2;

  @Inject PlenumConfig config;

  private volatile String dummyHash;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(config.passwordIterations()),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  /**
   * Hashes a password.
   *
   * @param password the password
   * @return the encoded hash, with algorithm, iterations and salt
   */
  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  /**
   * Checks a password against a hash.
   *
   * @param password the password given
   * @param hash the stored hash
   * @return true when they match
   */
  public boolean matches(String password, String hash) {
    return pbkdf2.verify(password.toCharArray(), hash);
  }

  /**
   * Spends the time of one verification without an account, so that an unknown user name answers as
   * slowly as a wrong password.
   *
   * @param password the password given
   */
  public void burn(String password) {
    if (dummyHash == null) {
      dummyHash = hash("not-a-password-" + System.nanoTime());
    }
    pbkdf2.verify(password.toCharArray(), dummyHash);
  }
}
