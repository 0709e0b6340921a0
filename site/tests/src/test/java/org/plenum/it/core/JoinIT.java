package org.plenum.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;
import org.plenum.testkit.Mailbox;

/**
 * Joining through the browser, with the mail read from a real SMTP server: placed in the chapter of
 * one's city, an account that works only after the mailed link, single-use links, a known address
 * that gets a mail instead of an answer, and a forgotten password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JoinIT {

  private static final String PASSWORD = "Harbour-Lights-Over-Thames-82";

  @ArquillianResource URL base;

  @BeforeAll
  static void mailbox() {
    Mailbox.start();
  }

  private static String email() {
    return "joiner." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  private void fillJoin(
      Browser b,
      String name,
      String email,
      String password,
      String country,
      String region,
      String city) {
    b.type(By.id("join:name"), name);
    b.type(By.id("join:email"), email);
    b.type(By.id("join:password"), password);
    b.type(By.id("join:confirmation"), password);
    new Select(b.find(By.id("join:country"))).selectByValue(country);
    b.type(By.id("join:region"), region);
    b.type(By.id("join:city"), city);
    b.clickAndWait(By.id("join:submit"));
  }

  private void logIn(Browser b, String login, String password) {
    b.go("/fr/login");
    b.type(By.id("login:username"), login);
    b.type(By.id("login:password"), password);
    b.clickAndWait(By.id("login:submit"));
  }

  @Test
  void joinInFrenchConfirmTheAddressAndLogIn() throws Exception {
    String email = email();
    try (Browser b = Browser.open(base.toString(), "join")) {
      b.go("/fr/");
      b.clickAndWait(By.id("join-header-link"));
      assertEquals("/fr/join", b.path());
      b.screenshot("form");
      fillJoin(b, "Ada Lovelace", email, PASSWORD, "GB", "England", "london");
      assertEquals("/fr/join/sent", b.path());
      assertTrue(b.text().contains("Consultez votre messagerie"));
      b.screenshot("sent");

      MimeMessage mail = Mailbox.await(email, 1);
      assertTrue(mail.getSubject().startsWith("Confirmez votre adresse"), mail.getSubject());
      String link = Mailbox.link(mail);
      assertTrue(link.startsWith("/fr/join/verify?token="), link);

      logIn(b, email, PASSWORD);
      assertTrue(
          b.text().contains("Le nom d’utilisateur ou le mot de passe est incorrect."),
          "the account does not work before the address is confirmed");

      b.go(link);
      assertTrue(b.find(By.id("verified")).isDisplayed());
      assertTrue(b.find(By.id("placed")).getText().contains("IOPS London"), b.text());
      b.screenshot("verified");
      b.go(link);
      assertTrue(b.find(By.id("invalid-link")).isDisplayed(), "a link works once");
      assertEquals(400, new Http(base.toString()).get(link).statusCode());

      logIn(b, email, PASSWORD);
      assertTrue(b.text().contains("Connecté en tant que"), b.text());
      b.go("/fr/chapters/iops-london");
      assertTrue(b.find(By.id("members")).getText().contains("Ada Lovelace"));
      b.screenshot("member-of-london");

      b.clickAndWait(By.id("profile-link"));
      b.type(By.id("profile:displayName"), "Ada King");
      b.type(By.id("profile:bio"), "Analyste, section de Londres.");
      b.clickAndWait(By.id("profile:save"));
      assertTrue(b.text().contains("Profil enregistré."), b.text());
      b.go("/fr/chapters/iops-london");
      assertTrue(b.find(By.id("members")).getText().contains("Ada King"), "the new name shows");
      b.screenshot("profile-edited");
    }
  }

  @Test
  void noLocalChapterPlacesTheMemberInTheNearestOne() {
    String email = email();
    try (Browser b = Browser.open(base.toString(), "join-no-local")) {
      b.go("/en/join");
      fillJoin(b, "Tyrol Member", email, PASSWORD, "AT", "Tyrol", "Innsbruck");
      b.go(Mailbox.link(Mailbox.await(email, 1)));
      assertTrue(b.find(By.id("placed")).getText().contains("IOPS Austria"), b.text());
      assertTrue(b.find(By.id("no-local")).isDisplayed());
      b.screenshot("placed-in-austria");

      b.clickAndWait(By.id("found-link"));
      assertTrue(b.path().startsWith("/en/login"), "founding asks to log in first");
      b.type(By.id("login:username"), email);
      b.type(By.id("login:password"), PASSWORD);
      b.clickAndWait(By.id("login:submit"));
      assertEquals("/en/chapters/found", b.path());
      assertEquals(
          "Innsbruck",
          b.find(By.id("found:city")).getAttribute("value"),
          "the form knows where the member lives");
      assertTrue(b.find(By.id("found-parent")).getText().contains("IOPS Austria"));
      b.type(By.id("found:name"), "IOPS Innsbruck");
      b.type(By.id("found:description"), "We meet at the *Stadtbibliothek*.");
      b.screenshot("found-form");
      b.clickAndWait(By.id("found:submit"));
      assertEquals("/en/chapters/iops-innsbruck", b.path());
      assertTrue(b.text().contains("You have founded IOPS Innsbruck."), b.text());
      assertTrue(b.find(By.id("coordinators")).getText().contains("Tyrol Member"));
      assertTrue(b.find(By.id("members")).getText().contains("Tyrol Member"));
      assertTrue(b.find(By.id("chapter-facts")).getText().contains("Innsbruck"));
      assertTrue(
          b.driver().findElements(By.id("manage-coordinators")).size() == 1,
          "the founder coordinates it");
      b.screenshot("founded");
      b.go("/en/chapters/iops-austria");
      assertFalse(
          b.find(By.id("members")).getText().contains("Tyrol Member"),
          "moved from the national chapter into the new local one");
      assertTrue(b.find(By.id("subchapters")).getText().contains("IOPS Innsbruck"));

      b.go("/en/chapters/found");
      assertTrue(b.find(By.id("found-exists")).getText().contains("IOPS Innsbruck"));
      b.clickAndWait(By.id("found:submit"));
      assertTrue(
          b.text().contains("There already is a local chapter for this city: IOPS" + " Innsbruck."),
          "one local chapter per city: " + b.text());
    }
  }

  @Test
  void aKnownAddressGetsAMailNotAnAnswer() throws Exception {
    String email = email();
    try (Browser b = Browser.open(base.toString(), "join-known")) {
      b.go("/en/join");
      fillJoin(b, "First Owner", email, PASSWORD, "IE", "Leinster", "Dublin");
      String firstAnswer = b.text();
      Mailbox.await(email, 1);
      b.go("/en/join");
      fillJoin(b, "Someone Else", email, "Another-Long-Passphrase-47", "IE", "", "");
      assertEquals(
          firstAnswer.replace("First Owner", ""),
          b.text().replace("Someone Else", ""),
          "the same answer for a new and a known address");
      MimeMessage second = Mailbox.await(email, 2);
      assertTrue(second.getSubject().startsWith("Someone tried to join"), second.getSubject());
      assertTrue(Mailbox.body(second).contains("First Owner"));
    }
    String admin = Admin.authorization(new Http(base.toString()));
    String accounts =
        new Http(base.toString()).get("/api/v1/members", "Authorization", admin).body();
    assertFalse(accounts.contains("Someone Else"), "no second account");
  }

  @Test
  void badInputIsExplainedInTheReadersLanguageAndCreatesNothing() {
    try (Browser b = Browser.open(base.toString(), "join-errors")) {
      b.go("/fr/join");
      fillJoin(b, "", "not-an-address", "court", "", "", "");
      String text = b.text();
      assertTrue(text.contains("Veuillez indiquer votre nom"), text);
      assertTrue(text.contains("Veuillez indiquer une adresse électronique valide."), text);
      assertTrue(text.contains("au moins 12 caractères"), text);
      b.screenshot("errors");
    }
    assertTrue(Mailbox.to("not-an-address").isEmpty());
  }

  @Test
  void aForgottenPasswordIsReplacedThroughASingleUseLink() throws Exception {
    String email = email();
    try (Browser b = Browser.open(base.toString(), "reset")) {
      b.go("/en/join");
      fillJoin(b, "Forgetful Fred", email, PASSWORD, "US", "California", "San Carlos");
      b.go(Mailbox.link(Mailbox.await(email, 1)));

      b.go("/en/login");
      b.clickAndWait(By.id("forgot-link"));
      b.type(By.id("forgot:email"), email);
      b.clickAndWait(By.id("forgot:submit"));
      String known = b.text();
      MimeMessage mail = Mailbox.await(email, 2);
      assertTrue(mail.getSubject().startsWith("Choose a new password"), mail.getSubject());

      b.go("/en/password/forgot");
      b.type(By.id("forgot:email"), "nobody." + UUID.randomUUID() + "@example.org");
      b.clickAndWait(By.id("forgot:submit"));
      assertEquals(known, b.text(), "the same answer for an unknown address");

      String link = Mailbox.link(mail);
      b.go(link);
      b.type(By.id("reset:password"), "password1234");
      b.type(By.id("reset:confirmation"), "password1234");
      b.clickAndWait(By.id("reset:submit"));
      b.screenshot("weak");
      assertTrue(b.text().contains("too easy to guess"), "a weak password is refused: " + b.text());
      b.go(link);
      String fresh = "Seashells-Under-The-Pier-19";
      b.type(By.id("reset:password"), fresh);
      b.type(By.id("reset:confirmation"), fresh);
      b.clickAndWait(By.id("reset:submit"));
      assertEquals("/en/login", b.path());
      b.type(By.id("login:username"), email);
      b.type(By.id("login:password"), fresh);
      b.clickAndWait(By.id("login:submit"));
      assertTrue(b.text().contains("Signed in as"), b.text());
      b.screenshot("reset-done");
      assertEquals(400, new Http(base.toString()).get(link).statusCode(), "used once");
    }
  }
}
