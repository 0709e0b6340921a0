package org.plenum.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenum.spi.SearchDocument;

class PageSearchTest {

  @Test
  void aPageIsFoundByItsWordsNotItsMarkupAndByAnyone() {
    Page page = new Page("fr", "group-1");
    page.write(
        "qui-sommes-nous",
        "Qui sommes-nous",
        "Nous sommes **membres**.",
        "<p>Nous sommes <strong>membres</strong>.</p><script>x()</script><p>&amp; amis</p>",
        1,
        "editor");
    SearchDocument d = PageSearch.document(page);
    assertEquals(PageSearch.TYPE, d.type());
    assertEquals("fr", d.language());
    assertEquals("Qui sommes-nous", d.title());
    assertEquals("Nous sommes membres. & amis", d.text());
    assertEquals("qui-sommes-nous", d.path());
    assertEquals(Set.of(SearchDocument.ANYONE), d.readers());
  }
}
