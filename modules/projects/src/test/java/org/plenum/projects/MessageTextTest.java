package org.plenum.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenum.api.Rejected;

class MessageTextTest {

  @Test
  void mentionsAreProfileAddressesAfterAnAtNotInsideAMailAddress() {
    assertEquals(
        List.of("ana-lima", "jo"),
        MessageText.mentions("Ask @ana-lima and @jo, not ana@example.org or @@x."));
  }

  @Test
  void aQuoteKeepsEveryLineBehindItsMark() {
    assertEquals("> one\n> \n> two", MessageText.quoted("one\n\ntwo"));
  }

  @Test
  void anEmptyMessageIsRefused() {
    assertThrows(Rejected.class, () -> MessageText.checked("  "));
    assertEquals("hi", MessageText.checked(" hi "));
  }
}
