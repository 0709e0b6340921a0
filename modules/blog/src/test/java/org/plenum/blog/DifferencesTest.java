package org.plenum.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DifferencesTest {

  @Test
  void changedWordsAreMarkedAndUnchangedLinesKept() {
    List<Differences.Line> lines =
        Differences.of("First item.\nSecond item.", "First item.\nSecond item, amended.");
    assertEquals("same", lines.get(0).kind());
    assertEquals("changed", lines.get(1).kind());
    assertTrue(lines.get(1).after().contains("<ins>"), lines.get(1).after());
  }

  @Test
  void addedAndRemovedLinesAreTold() {
    assertEquals("added", Differences.of("", "new line").get(0).kind());
    assertEquals("removed", Differences.of("old line\nkept", "kept").get(0).kind());
    assertFalse(Differences.differ("same\r\ntext", "same\ntext"), "line ends do not count");
  }

  @Test
  void markupInTheTextComesOutEscaped() {
    List<Differences.Line> lines =
        Differences.of("<b>safe</b>", "<script>alert(1)</script><img src=x onerror=alert(2)>");
    for (Differences.Line l : lines) {
      String html = (l.before() == null ? "" : l.before()) + (l.after() == null ? "" : l.after());
      assertFalse(html.contains("<script") || html.contains("<img") || html.contains("<b>"), html);
    }
  }
}
