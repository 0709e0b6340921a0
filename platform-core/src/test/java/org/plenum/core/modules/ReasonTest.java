package org.plenum.core.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReasonTest {

  @Test
  void formatsInEnglishForLogs() {
    assertEquals(
        "requires blog >= 1.0.0, but version 0.9.0 is installed",
        Reason.of(
                "core.module.reason.tooOld", "requires {0}, but version {1} is installed",
                "blog >= 1.0.0", "0.9.0")
            .inEnglish());
  }
}
