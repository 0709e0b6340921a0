package org.plenum.core.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlenumRouterTest {

  @Test
  void containerFilesAndTraversalAreNeverRouted() {
    for (String path :
        new String[] {
          "/WEB-INF/web.xml",
          "/%2e/WEB-INF/web.xml",
          "/..;/WEB-INF/web.xml",
          "/META-INF/MANIFEST.MF",
          "/web-inf/web.xml",
          "/en/../x",
          "/en/%2E%2E/x",
          "/en/a%2fb",
          "/en/a%5cb",
          "/en\\x",
          "//en",
          "/pages/page.xhtml",
          "/en/about;jsessionid=1",
          "/x%00",
          "/org/plenum/core/messages.properties",
          "/org/plenum/core/CoreModule.class"
        }) {
      assertTrue(PlenumRouter.suspicious(path), path);
    }
  }

  @Test
  void ordinaryPathsPass() {
    for (String path :
        new String[] {
          "/",
          "/en/",
          "/fr/a-propos",
          "/en/pages/about/edit",
          "/themes/default/css/plenum.css",
          "/jakarta.faces.resource/faces.js.xhtml"
        }) {
      assertFalse(PlenumRouter.suspicious(path), path);
    }
  }
}
