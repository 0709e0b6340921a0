package org.plenum.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @Test
  void rendersMarkdown() {
    String html =
        renderer.render(
            "# Title\n\nSome **bold** and a [link](https://example.org).\n\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |\n");
    assertTrue(html.contains("<h1>Title</h1>"), html);
    assertTrue(html.contains("<strong>bold</strong>"), html);
    assertTrue(html.contains("<a href=\"https://example.org\""), html);
    assertTrue(html.contains("<table>"), html);
  }

  @Test
  void theResultIsOneWellFormedTree() {
    String html =
        renderer.render(
            "Before.\n\n<noscript><p title=\"</noscript><img src=x "
                + "onerror=alert(1)>\">\n\nAfter <em>open and <b>crossed</em></b>.");
    assertFalse(html.contains("<p><p"), "no paragraph inside a paragraph: " + html);
    assertFalse(html.contains("onerror=alert"), html);
    assertEquals(count(html, "<p"), count(html, "</p>"), html);
    assertEquals(count(html, "<b>"), count(html, "</b>"), html);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void hostileMarkupRendersInert() {
    String[] attacks = {
      "<script>alert(1)</script>",
      "[x](javascript:alert(1))",
      "[x](JaVaScRiPt:alert(1))",
      "<img src=x onerror=alert(1)>",
      "<a href=\"https://a.example\" onclick=\"alert(1)\">a</a>",
      "<iframe src=\"https://evil.example\"></iframe>",
      "<svg onload=alert(1)>",
      "<div style=\"background:url(javascript:alert(1))\">x</div>",
      "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      "<object data=\"x\"></object><embed src=\"x\">",
      "<form action=\"https://evil.example\"><input name=p></form>",
    };
    for (String attack : attacks) {
      String html = renderer.render(attack).toLowerCase(Locale.ROOT);
      assertFalse(html.contains("<script"), attack + " -> " + html);
      assertFalse(html.contains("javascript:"), attack + " -> " + html);
      assertFalse(
          html.contains("onerror") || html.contains("onclick") || html.contains("onload"),
          attack + " -> " + html);
      assertFalse(
          html.contains("<iframe")
              || html.contains("<svg")
              || html.contains("<object")
              || html.contains("<embed")
              || html.contains("<form")
              || html.contains("<input"),
          attack + " -> " + html);
      assertFalse(html.contains("style="), attack + " -> " + html);
      assertFalse(html.contains("data:text"), attack + " -> " + html);
    }
  }

  @Test
  void importedHtmlIsSanitisedToo() {
    assertEquals(
        "<p>Hello</p>",
        renderer.sanitise("<p onmouseover=\"x()\">Hello</p><script>x" + "</script>"));
  }

  @Test
  void imagesAlwaysCarryATextAlternative() {
    MarkdownRenderer r = new MarkdownRenderer();
    String raw = r.sanitise("<p><img src=\"https://example.org/x.png\" onerror=\"alert(1)\"></p>");
    assertTrue(raw.contains("alt=\"\""), raw);
    assertFalse(raw.contains("onerror"), raw);
    String described = r.render("![A banner at the march](https://example.org/b.png)");
    assertTrue(described.contains("alt=\"A banner at the march\""), described);
  }
}
