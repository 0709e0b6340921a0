package org.plenum.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void aQuoteLeavesOutWhatItsMessageQuotedAndCutsALongText() {
    assertEquals("> mine", MessageText.quoted("> theirs\n> more\n\nmine"));
    assertEquals("", MessageText.quoted("> only theirs"));
    String longText = "word ".repeat(400);
    String q = MessageText.quoted(longText);
    assertTrue(q.endsWith(" …"), q);
    assertTrue(q.length() <= MessageText.QUOTE_MAX + 4, () -> "length " + q.length());
    assertTrue(q.length() > MessageText.QUOTE_MAX / 2, () -> "length " + q.length());
  }

  @Test
  void aQuoteOfManyShortLinesAndALongReplyAreRefusedTogetherNotStored() {
    String quote = MessageText.quoted("a\n".repeat(500));
    assertTrue(quote.length() > MessageText.QUOTE_MAX, "the marks make it longer");
    assertThrows(Rejected.class, () -> MessageText.withQuote(quote, "x".repeat(10_000)));
    assertEquals("> q\n\nhi", MessageText.withQuote("> q", "hi"));
    assertEquals("hi", MessageText.withQuote("", "hi"));
  }
}
