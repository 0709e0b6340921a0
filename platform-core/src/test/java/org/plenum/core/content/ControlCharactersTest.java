package org.plenum.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 16, item 11: control characters are neither stored nor given back. */
class ControlCharactersTest {

  @Test
  @DisplayName("16.11: NUL, BEL, ESC, DEL and C1 controls are stripped; tabs and lines stay")
  void stripsControlsButKeepsLayout() {
    assertEquals("Title", ControlCharacters.strip("Ti\u0000t\u0007le\u001b"));
    assertEquals("a\tb\nc\r\nd", ControlCharacters.strip("a\tb\nc\r\nd\u007f\u0085"));
    String clean = "Événements à Melbourne";
    assertSame(clean, ControlCharacters.strip(clean));
  }

  @Test
  @DisplayName("16.11: a JSON body with an escaped control character is recognised")
  void findsEscapedControlsInJson() {
    assertTrue(ControlCharacters.inJson("{\"title\":\"bell\\u0007\"}"));
    assertTrue(ControlCharacters.inJson("{\"title\":\"nul\\u0000\"}"));
    assertTrue(ControlCharacters.inJson("{\"title\":\"esc\\u001B[31m\"}"));
    assertTrue(ControlCharacters.inJson("{\"title\":\"back\\bspace\"}"));
    assertFalse(ControlCharacters.inJson("{\"title\":\"line\\nbreak\\ttab \\u00e9\"}"));
    assertFalse(ControlCharacters.inJson("{\"title\":\"a backslash then u0007: \\\\u0007\"}"));
  }
}
