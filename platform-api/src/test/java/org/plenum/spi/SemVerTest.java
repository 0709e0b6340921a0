package org.plenum.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SemVerTest {

  @Test
  void ordersByNumbersNotText() {
    assertTrue(SemVer.parse("1.10.0").compareTo(SemVer.parse("1.9.3")) > 0);
    assertTrue(SemVer.parse("2.0.0").compareTo(SemVer.parse("1.99.99")) > 0);
    assertEquals(0, SemVer.parse("1.2.3+build.7").compareTo(SemVer.parse("1.2.3")));
  }

  @Test
  void preReleaseSortsBeforeItsRelease() {
    assertTrue(SemVer.parse("1.0.0-rc.1").compareTo(SemVer.parse("1.0.0")) < 0);
    assertTrue(SemVer.parse("1.0.0-alpha").compareTo(SemVer.parse("1.0.0-beta")) < 0);
  }

  @Test
  void rejectsWhatIsNotAVersion() {
    for (String bad : new String[] {"1", "1.2", "v1.2.3", "01.2.3", "1.2.3.4", "", "a.b.c"}) {
      assertThrows(IllegalArgumentException.class, () -> SemVer.parse(bad), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> SemVer.parse(null));
  }

  @Test
  void descriptorRejectsMalformedIds() {
    for (String bad : new String[] {"Blog", "b", "-blog", "blog_posts", "a".repeat(33), "blög"}) {
      assertThrows(
          IllegalArgumentException.class, () -> ModuleDescriptor.of(bad, "1.0.0").build(), bad);
    }
    assertEquals("blog.name", ModuleDescriptor.of("blog", "1.0.0").build().nameKey());
  }
}
