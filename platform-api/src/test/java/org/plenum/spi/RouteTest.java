package org.plenum.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTest {

  @Test
  void matchesSlugsAndHandsThemOver() {
    Route r = Route.open("blog/{year}/{month}/{slug}", "/blog/post.xhtml");
    assertEquals(
        Map.of("year", "2026", "month", "11", "slug", "a-post"), r.match("blog/2026/11/a-post"));
    assertNull(r.match("blog/2026/11"));
    assertNull(r.match("blog/2026/11/a-post/extra"));
  }

  @Test
  void parametersAcceptOnlySlugCharacters() {
    Route r = Route.open("{slug}", "/pages/page.xhtml");
    assertEquals(Map.of("slug", "about"), r.match("about"));
    for (String bad :
        new String[] {"About", "a b", "a/b", "-a", "a-", "..", "a.xhtml", "", "%2e%2e", "a;b"}) {
      assertNull(r.match(bad), bad);
    }
  }

  @Test
  void literalPatternsMatchExactly() {
    Route home = Route.open("", "/core/home.xhtml");
    assertEquals(Map.of(), home.match(""));
    assertNull(home.match("x"));
    Route r = Route.guarded("admin/modules", "/core/admin/modules.xhtml", "core.admin");
    assertEquals(Map.of(), r.match("admin/modules"));
    assertNull(r.match("admin/modulesx"));
  }

  @Test
  void expandsBack() {
    assertEquals(
        "pages/about/edit", Route.open("pages/{slug}/edit", "/pages/edit.xhtml").expand("about"));
  }

  @Test
  void refusesMalformedDeclarations() {
    assertThrows(IllegalArgumentException.class, () -> Route.open("/lead", "/v.xhtml"));
    assertThrows(IllegalArgumentException.class, () -> Route.open("trail/", "/v.xhtml"));
    assertThrows(IllegalArgumentException.class, () -> Route.open("x", "v.xhtml"));
    assertThrows(IllegalArgumentException.class, () -> Route.open("x", "/v.jsp"));
  }
}
