package org.plenum.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;
import org.plenum.testkit.Members;

/**
 * Member profiles: pictures that arrive as hostile files leave as plain images, and a profile shows
 * other members only what its owner chose — and nothing to visitors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProfilesIT {

  private static final String PASSWORD = Admin.PASSWORD;

  @ArquillianResource URL base;

  private Http http() {
    return new Http(base.toString());
  }

  /** Makes a member of Dublin; returns {user name, profile address}. */
  private String[] member(String admin, String name) {
    Members.Member m = Members.via(http()).prefix("prof.").in("iops-dublin").named(name).create();
    return new String[] {m.username(), m.slug()};
  }

  private static void logIn(Browser b, String lang, String username) {
    b.go("/" + lang + "/login");
    b.type(By.id("login:username"), username);
    b.type(By.id("login:password"), PASSWORD);
    b.clickAndWait(By.id("login:submit"));
  }

  /** A real PNG with an HTML page glued to its end: what a polyglot upload looks like. */
  private static Path polyglot() throws Exception {
    BufferedImage img = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(0x2a6f97));
    g.fillRect(0, 0, 600, 400);
    g.setColor(Color.ORANGE);
    g.fillOval(200, 100, 200, 200);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    out.write("<html><script>alert('owned')</script></html>".getBytes(StandardCharsets.UTF_8));
    Path file = Files.createTempFile("avatar-", ".png");
    Files.write(file, out.toByteArray());
    return file;
  }

  /** Chooses a file in the picture's field and waits for it to be listed, ready to send. */
  private static void choose(Browser b, Path file) {
    b.find(By.id("avatar:file_input")).sendKeys(file.toString());
    new WebDriverWait(b.driver(), Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("#avatar\\:file .ui-fileupload-row")).isEmpty());
  }

  /** Sends the file chosen and waits for the page to say what came of it. */
  private static void send(Browser b, String answer) {
    b.find(By.cssSelector("#avatar\\:file .ui-fileupload-upload")).click();
    new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> b.text().contains(answer));
  }

  @Test
  void anUploadedPictureIsReencodedAndServedInert() throws Exception {
    String admin = Admin.authorization(http());
    String[] me = member(admin, "Picture Person");
    Path script = Files.createTempFile("not-an-image-", ".png");
    Files.writeString(script, "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
    try (Browser b = Browser.open(base.toString(), "avatar")) {
      logIn(b, "en", me[0]);
      b.go("/en/account/profile");
      assertTrue(b.find(By.id("no-avatar")).isDisplayed());
      choose(b, polyglot());
      assertTrue(
          b.find(By.cssSelector("#avatar\\:file .ui-fileupload-preview canvas")).isDisplayed(),
          "the picture chosen is shown before it is sent");
      assertTrue(
          b.find(By.cssSelector("#avatar\\:file .ui-fileupload-progress")).isDisplayed(),
          "with a bar for its progress");
      ((JavascriptExecutor) b.driver())
          .executeScript("arguments[0].scrollIntoView()", b.find(By.id("avatar-title")));
      b.screenshot("chosen");
      send(b, "Picture saved.");
      assertEquals(List.of(), b.consoleErrors(), "no browser error, no refusal by the policy");
      String src = b.find(By.id("avatar-image")).getAttribute("src");
      b.screenshot("uploaded");

      String path = src.substring(src.indexOf("/media/"));
      HttpResponse<byte[]> image = http().bytes(path);
      assertEquals(200, image.statusCode());
      assertEquals("image/jpeg", image.headers().firstValue("Content-Type").orElse(""));
      assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElse(""));
      String raw = new String(image.body(), StandardCharsets.ISO_8859_1);
      assertFalse(
          raw.contains("<script") || raw.contains("owned"),
          "nothing of the upload's" + " tail survives");
      BufferedImage served = ImageIO.read(new ByteArrayInputStream(image.body()));
      assertEquals(256, served.getWidth(), "cut square and scaled");
      assertEquals(256, served.getHeight());

      choose(b, script);
      send(b, "Only PNG, JPEG and GIF images are accepted.");
      assertEquals(src, b.find(By.id("avatar-image")).getAttribute("src"), "the old one stays");
      b.go("/fr/account/profile");
      choose(b, script);
      send(b, "Seules les images PNG, JPEG et GIF sont acceptées.");
      b.screenshot("refused-in-french");

      b.clickAndWait(By.id("avatar:remove"));
      assertTrue(b.find(By.id("no-avatar")).isDisplayed());
      assertEquals(404, http().bytes(path).statusCode(), "the file is gone with it");
    }
    try (Browser b = Browser.open(base.toString(), "avatar-audit")) {
      logIn(b, "en", Admin.USER);
      b.go("/en/admin/audit");
      b.type(By.id("audit:audit-table:subject:filter"), me[0]);
      By table = By.id("audit:audit-table_data");
      new WebDriverWait(b.driver(), Duration.ofSeconds(10))
          .until(d -> d.findElement(table).getText().contains("avatar.remove"));
      assertTrue(b.find(table).getText().contains("avatar.change"), b.find(table).getText());
      b.screenshot("audited");
    }
    assertEquals(404, http().bytes("/media/avatars/..%2F..%2Fdb%2Fplenum.mv.db").statusCode());
    assertEquals(404, http().bytes("/media/avatars/notes.txt").statusCode());
  }

  @Test
  void anOversizedFormIsRefusedBeforeItIsRead() {
    byte[] body = new byte[7 * 1024 * 1024];
    HttpResponse<String> r =
        http()
            .send(
                http()
                    .request("/en/account/profile")
                    .header("Content-Type", "multipart/form-data; boundary=x")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build());
    assertEquals(413, r.statusCode());
    assertFalse(r.body().contains("Exception"), r.body());
  }

  @Test
  void profilesAreForMembersAndShowWhatTheirOwnerChose() {
    String admin = Admin.authorization(http());
    String[] owner = member(admin, "Orla Owner");
    String[] reader = member(admin, "Rory Reader");
    HttpResponse<String> anonymous = http().get("/en/members/" + owner[1]);
    assertEquals(302, anonymous.statusCode(), "visitors are sent to log in");
    assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/en/login"));
    assertFalse(anonymous.body().contains("Orla"));
    assertNotEquals(owner[0], owner[1], "the address is not the log-in name");

    try (Browser b = Browser.open(base.toString(), "member-profile")) {
      logIn(b, "en", owner[0]);
      b.go("/en/account/profile");
      b.type(By.id("profile:bio"), "Knits banners for the <b>Dublin</b> marches.");
      b.clickAndWait(By.id("profile:save"));
      b.clickAndWait(By.id("own-profile"));
      assertTrue(
          b.find(By.id("member-bio")).getText().contains("<b>Dublin</b>"),
          "shown as text, never as markup");
      b.go("/en/account/profile");
      b.find(By.id("profile:showBio")).click();
      b.clickAndWait(By.id("profile:save"));
    }
    try (Browser b = Browser.open(base.toString(), "member-profile-reader")) {
      logIn(b, "en", reader[0]);
      b.go("/en/chapters/iops-dublin");
      b.clickAndWait(By.linkText("Orla Owner"));
      assertEquals("/en/members/" + owner[1], b.path());
      assertEquals("Orla Owner", b.find(By.id("member-name")).getText());
      assertTrue(b.find(By.id("member-chapters")).getText().contains("IOPS Dublin"));
      assertFalse(b.text().contains("Knits banners"), "the owner hid the biography");
      assertTrue(b.driver().findElements(By.id("member-email")).isEmpty());
      assertTrue(b.driver().findElements(By.id("edit-profile")).isEmpty());
      b.screenshot("seen-by-a-member");
      b.go("/en/members/no-such-member-" + UUID.randomUUID().toString().substring(0, 4));
      assertTrue(b.text().contains("Not found"), b.text());
    }
  }
}
