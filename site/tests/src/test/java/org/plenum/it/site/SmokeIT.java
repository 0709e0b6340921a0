package org.plenum.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenum.testkit.Http;

/** What an anonymous visitor gets: languages, stateless pages, headers, errors, no leaks. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SmokeIT {

  @ArquillianResource URL base;

  private Http http() {
    return new Http(base.toString());
  }

  @Test
  void rootSendsTheVisitorToTheirLanguage() {
    HttpResponse<String> fr = http().get("/", "Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5");
    assertEquals(302, fr.statusCode());
    assertTrue(fr.headers().firstValue("Location").orElseThrow().endsWith("/fr/"));
    HttpResponse<String> other = http().get("/", "Accept-Language", "ja");
    assertTrue(other.headers().firstValue("Location").orElseThrow().endsWith("/en/"));
    HttpResponse<String> cookie =
        http().get("/", "Accept-Language", "en", "Cookie", "plenum-lang=fr");
    assertTrue(cookie.headers().firstValue("Location").orElseThrow().endsWith("/fr/"));
  }

  @Test
  void homeAndDemoPagesInBothLanguages() {
    HttpResponse<String> en = http().get("/en/");
    assertEquals(200, en.statusCode());
    assertTrue(en.body().contains("<html") && en.body().contains("lang=\"en\""));
    for (String title :
        new String[] {
          "About", "Mission Statement", "Vision Statement", "Structure and Programme", "Privacy"
        }) {
      assertTrue(en.body().contains(">" + title + "</a>"), "English menu has " + title);
    }
    HttpResponse<String> fr = http().get("/fr/");
    assertTrue(fr.body().contains(">Accueil</a>"));
    for (String title :
        new String[] {
          "À propos",
          "Déclaration de mission",
          "Déclaration de vision",
          "Structure et programme",
          "Confidentialité"
        }) {
      assertTrue(fr.body().contains(">" + title + "</a>"), "French menu has " + title);
    }
    HttpResponse<String> page = http().get("/fr/a-propos");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Aussi en"));
    assertTrue(page.body().contains("href=\"/en/about\""), "links its English translation");
    assertTrue(
        page.body().contains("hreflang=\"en\" href=\"/en/about\""),
        "alternate link points at the translation");
  }

  @Test
  void anonymousPagesCreateNoSessionAndCarryNoViewState() {
    for (String path :
        new String[] {"/en/", "/fr/", "/en/about", "/fr/confidentialite", "/en/no-such-page"}) {
      HttpResponse<String> r = http().get(path);
      assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), path + " sets no cookie");
      assertFalse(
          r.body().contains("jakarta.faces.ViewState\" value=\"-"),
          path + " has no saved view state");
    }
  }

  @Test
  void everyResponseCarriesSecurityHeaders() {
    for (String path :
        new String[] {
          "/en/", "/en/no-such-page", "/api/v1/pages", "/themes/default/css/plenum.css"
        }) {
      HttpResponse<String> r = http().get(path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("frame-ancestors 'none'"), path + " CSP: " + csp);
      assertTrue(csp.contains("script-src 'self'"), path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertTrue(r.headers().firstValue("Referrer-Policy").isPresent(), path);
    }
  }

  @Test
  void containerFilesAndTraversalAnswer404() {
    for (String path :
        new String[] {
          "/WEB-INF/web.xml",
          "/%2e/WEB-INF/web.xml",
          "/..;/WEB-INF/web.xml",
          "/META-INF/MANIFEST.MF",
          "/en/..;/WEB-INF/web.xml",
          "/WEB-INF/lib/plenum-platform-core.jar",
          "/pages/page.xhtml",
          "/core/home.xhtml",
          "/themes/default/layout.xhtml",
          "/en/%2e%2e/WEB-INF/web.xml",
          "/META-INF/persistence.xml"
        }) {
      HttpResponse<String> r = http().get(path);
      assertEquals(404, r.statusCode(), path);
      assertFalse(r.body().contains("<web-app"), path + " leaks web.xml");
      assertFalse(r.body().contains("Payara"), path + " shows the server's own page");
    }
    // the server itself refuses some encodings before the site sees them: any 4xx, no leak
    for (String path : new String[] {"/%2E%2E/WEB-INF/web.xml", "/%2e%2e%2fWEB-INF/web.xml"}) {
      HttpResponse<String> r = http().get(path);
      assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " " + r.statusCode());
      assertFalse(r.body().contains("<web-app"), path + " leaks web.xml");
      assertFalse(r.body().contains("Payara"), path + " shows the server's own page");
    }
  }

  @Test
  void notFoundIsAPageInTheReadersLanguage() {
    HttpResponse<String> fr = http().get("/fr/cette-page-n-existe-pas");
    assertEquals(404, fr.statusCode());
    assertTrue(fr.body().contains("Cette page n’existe pas"), fr.body());
    assertTrue(fr.body().contains("lang=\"fr\""));
    HttpResponse<String> en = http().get("/en/no-such-page");
    assertTrue(en.body().contains("This page does not exist"));
    HttpResponse<String> unknownLanguage = http().get("/xx/", "Accept-Language", "fr");
    assertEquals(404, unknownLanguage.statusCode());
    assertTrue(unknownLanguage.body().contains("Cette page n’existe pas"));
  }

  @Test
  void apiErrorsAreProblemDocumentsWithoutTraces() {
    HttpResponse<String> r = http().get("/api/v1/no-such-thing", "Accept-Language", "fr");
    assertEquals(404, r.statusCode());
    assertEquals(
        "application/problem+json",
        r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertFalse(r.body().contains("Exception"));
    HttpResponse<String> bad =
        http().json("POST", "/api/v1/pages", "{not json", "Accept-Language", "fr");
    assertTrue(bad.statusCode() == 400 || bad.statusCode() == 401, "status " + bad.statusCode());
    assertFalse(bad.body().contains("Exception"), bad.body());
    assertFalse(bad.body().contains("at org."), bad.body());
  }

  @Test
  void healthAndOpenApiAnswer() {
    HttpResponse<String> health = http().get("/health");
    assertEquals(200, health.statusCode(), health.body());
    assertTrue(health.body().contains("\"UP\""));
    HttpResponse<String> openapi = http().get("/openapi", "Accept", "application/json");
    assertEquals(200, openapi.statusCode());
    for (String path :
        new String[] {
          "/api/v1/pages",
          "/api/v1/pages/{id}",
          "/api/v1/modules",
          "/api/v1/modules/{id}",
          "/api/v1/account/password"
        }) {
      assertTrue(openapi.body().contains("\"" + path + "\""), "OpenAPI lists " + path);
    }
  }

  @Test
  void forgedOrExpiredFormsAndOtherMethodsAreNot500() {
    HttpResponse<String> forged =
        http()
            .send(
                http()
                    .request("/en/login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "login=login&login%3Ausername=admin&login%3Apassword=x"
                                + "&jakarta.faces.ViewState=forged&login%3Asubmit=Log+in"))
                    .build());
    assertEquals(302, forged.statusCode(), "an unknown view state sends back to a fresh form");
    assertTrue(forged.headers().firstValue("Location").orElse("").endsWith("/en/login"));
    HttpResponse<String> delete = http().send(http().request("/fr/a-propos").DELETE().build());
    assertEquals(405, delete.statusCode());
    assertTrue(delete.body().contains("Méthode non autorisée"));
    HttpResponse<String> trace =
        http()
            .send(
                http()
                    .request("/en/")
                    .method("TRACE", HttpRequest.BodyPublishers.noBody())
                    .build());
    assertTrue(
        trace.statusCode() == 403 || trace.statusCode() == 405, "TRACE " + trace.statusCode());
  }
}
