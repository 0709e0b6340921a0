package org.plenum.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void lengthBounds() {
    assertEquals(
        Optional.of("core.password.tooShort"), PasswordPolicy.problem("Xq7#pL9!", List.of()));
    assertEquals(
        Optional.of("core.password.tooLong"),
        PasswordPolicy.problem("Correct-Horse-".repeat(10), List.of()));
    assertEquals(Optional.of("core.password.tooShort"), PasswordPolicy.problem(null, List.of()));
  }

  @Test
  void commonAndGuessablePasswordsAreRefused() {
    for (String weak :
        new String[] {
          "password1234", "qwertyuiop12", "123456789012", "aaaaaaaaaaaa", "iloveyou2024"
        }) {
      assertEquals(
          Optional.of("core.password.guessable"), PasswordPolicy.problem(weak, List.of()), weak);
    }
    assertEquals(
        Optional.of("core.password.guessable"),
        PasswordPolicy.problem("janedoe12345", List.of("janedoe")));
  }

  @Test
  void aLongUnusualPassphraseIsAccepted() {
    assertTrue(
        PasswordPolicy.problem("Seven-Harbours-Know-The-Tide-2026", List.of("admin")).isEmpty());
  }
}
