package org.plenum.polls;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A ballot's receipt: given to the voter once, kept only as its hash, under which the digest lists
 * the ballot and a secret ballot is found again to be changed.
 */
public final class Receipts {

  private static final SecureRandom RANDOM = new SecureRandom();

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private Receipts() {}

  /**
   * The hash under which a receipt is kept.
   *
   * @param receipt the receipt as the voter holds it
   * @return SHA-256, hex
   */
  public static String hash(String receipt) {
    try {
      String normal = receipt.strip().toUpperCase(Locale.ROOT).replace("-", "");
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * @return a new receipt: 20 characters of base 32, in groups of four
   */
  static String newReceipt() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      if (i > 0 && i % 4 == 0) {
        b.append('-');
      }
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}
