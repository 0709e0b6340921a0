package org.plenum.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.plenum.it.support.HtmlChecker;
import org.plenum.it.support.SiteWalker;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;

/**
 * Every public page, found by walking the links of each language, in each installed theme: valid
 * HTML for the Nu HTML Checker, no WCAG 2.1 A/AA violation for axe-core, no sideways scrolling on a
 * 390-pixel phone, and nothing fetched from another host.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

  private static final List<String> THEMES = List.of("default", "contrast");
  private static final List<String> LANGUAGES = List.of("en", "fr");
  private static final List<String> ADMIN_PAGES =
      List.of(
          "/en/admin",
          "/fr/admin/modules",
          "/en/admin/settings",
          "/fr/admin/audit",
          "/en/pages",
          "/fr/pages/new",
          "/en/pages/about/edit",
          "/fr/account/password",
          "/en/chapters/iops-london/edit",
          "/fr/chapters/iops-london/new",
          "/en/chapters/iops-dublin/membership",
          "/fr/chapters/iops-london/coordinators",
          "/en/chapters/found",
          "/fr/admin/members",
          "/en/admin/permissions",
          "/fr/account/profile");

  @ArquillianResource URL base;

  private static void logInAsAdministrator(Browser b) {
    b.go("/en/login");
    b.type(By.id("login:username"), Admin.USER);
    b.type(By.id("login:password"), Admin.PASSWORD);
    b.clickAndWait(By.id("login:submit"));
    assertFalse(b.path().startsWith("/en/login"), "the administrator is in: " + b.text());
  }

  private static void useTheme(Browser admin, String theme) {
    admin.go("/en/admin/settings");
    new Select(admin.find(By.id("settings:theme"))).selectByValue(theme);
    admin.clickAndWait(By.id("settings:save"));
    assertTrue(admin.text().contains("Settings saved."), admin.text());
  }

  @Test
  void everyPublicPageIsValidAndAccessibleInEveryLanguageAndTheme() throws Exception {
    Http http = new Http(base.toString());
    Admin.authorization(http);
    HtmlChecker checker = new HtmlChecker(Path.of("target", "html-check"));
    List<String> violations = new ArrayList<>();
    int walked = 0;
    try (Browser admin = Browser.open(base.toString(), "themes-admin");
        Browser visitor = Browser.open(base.toString(), "themes-visitor")) {
      logInAsAdministrator(admin);
      try {
        for (String theme : THEMES) {
          useTheme(admin, theme);
          for (String lang : LANGUAGES) {
            // every kind of page in the default theme; the second theme on a broad sample
            List<String> pages = SiteWalker.walk(http, lang, "default".equals(theme) ? 45 : 25);
            assertTrue(pages.size() >= 10, lang + ": only " + pages);
            assertTrue(pages.contains("/" + lang + "/chapters"), pages.toString());
            for (String page : pages) {
              String html = http.get(page).body();
              assertTrue(html.contains("/themes/" + theme + "/"), page + " in " + theme);
              checker.add(theme + page, html);
              violations.addAll(
                  AccessibilityIT.violations(visitor, page).stream()
                      .map(v -> theme + " " + v)
                      .toList());
              walked++;
            }
          }
          for (String page : ADMIN_PAGES) {
            violations.addAll(
                AccessibilityIT.violations(admin, page).stream()
                    .map(v -> theme + " " + v)
                    .toList());
            assertTrue(
                admin.driver().findElements(By.id("error-title")).isEmpty(),
                page + ": " + admin.text());
          }
        }
      } finally {
        useTheme(admin, "default");
      }
    }
    assertTrue(walked >= 40, "pages walked: " + walked);
    assertEquals(List.of(), violations);
    assertEquals(List.of(), checker.errors(), "pages are in target/html-check");
  }

  @Test
  void keyPagesFitAPhoneAndADesktopInEveryLanguageAndTheme() {
    Http http = new Http(base.toString());
    Admin.authorization(http);
    List<String> sideways = new ArrayList<>();
    try (Browser admin = Browser.open(base.toString(), "layout-admin")) {
      logInAsAdministrator(admin);
      try {
        for (String theme : THEMES) {
          useTheme(admin, theme);
          try (Browser b = Browser.open(base.toString(), "layout-" + theme)) {
            for (int width : new int[] {390, 1280}) {
              b.size(width, width < 600 ? 844 : 1000);
              admin.size(width, width < 600 ? 844 : 1000);
              for (String lang : LANGUAGES) {
                String page = "en".equals(lang) ? "about" : "a-propos";
                for (String path : List.of("", page, "login", "join", "chapters")) {
                  b.go("/" + lang + "/" + path);
                  b.screenshot(lang + "-" + width + "-" + (path.isEmpty() ? "home" : path));
                  if (b.scrollsSideways()) {
                    sideways.add(theme + " /" + lang + "/" + path + " at " + width + " px");
                  }
                }
                admin.go("/" + lang + "/admin/members");
                admin.screenshot(theme + "-" + lang + "-" + width + "-admin-members");
                if (admin.scrollsSideways() && width > 600) {
                  sideways.add(theme + " admin members at " + width + " px");
                }
              }
            }
          }
        }
      } finally {
        admin.size(1280, 1000);
        useTheme(admin, "default");
      }
    }
    assertEquals(List.of(), sideways);
  }

  @Test
  void theDefaultThemeFollowsADarkPreferenceAndStaysReadable() {
    List<String> violations = new ArrayList<>();
    try (Browser b = Browser.open(base.toString(), "dark")) {
      ((ChromeDriver) b.driver())
          .executeCdpCommand(
              "Emulation.setEmulatedMedia",
              Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
      for (String path :
          List.of(
              "/en/",
              "/fr/chapters",
              "/en/login",
              "/fr/join",
              "/en/about",
              "/en/chapters/iops-london")) {
        violations.addAll(AccessibilityIT.violations(b, path));
        Object background =
            ((JavascriptExecutor) b.driver())
                .executeScript("return getComputedStyle(document.body).backgroundColor");
        assertEquals("rgb(21, 23, 26)", background, path + " is dark");
        b.screenshot(path.replaceAll("[^a-z-]+", "-"));
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void theHomePageAsksNothingOfAnotherHost() {
    String host = URI.create(base.toString()).getHost();
    try (Browser b = Browser.open(base.toString(), "own-host")) {
      b.driver()
          .get(
              "data:text/html,<html><body><img src='http://foreign.invalid/x.png'>"
                  + "</body></html>");
      assertTrue(
          b.requests().stream().anyMatch(u -> u.contains("foreign.invalid")),
          "the network log sees a foreign request");
      for (String lang : LANGUAGES) {
        b.go("/" + lang + "/");
        List<String> requests = b.requests();
        assertTrue(requests.stream().anyMatch(u -> u.endsWith(".css")), requests.toString());
        List<String> foreign =
            requests.stream()
                .filter(u -> !u.startsWith("data:") && !host.equals(URI.create(u).getHost()))
                .toList();
        assertEquals(List.of(), foreign, "/" + lang + "/ asks other hosts");
        assertFalse(requests.isEmpty());
      }
    }
  }
}
