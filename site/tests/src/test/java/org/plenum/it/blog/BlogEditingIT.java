package org.plenum.it.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plenum.testkit.Admin.PASSWORD;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;
import org.plenum.testkit.Mailbox;
import org.plenum.testkit.Members;

/**
 * Writing and publishing as people do it: a member writes a French post with a co-author and
 * submits it to the News, an editor publishes it, it shows on the home page and in the feed, a
 * visitor comments and a moderator approves; two editors save the same post and the second is told;
 * hostile text stays inert in the browser; the workflow refuses those who may not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BlogEditingIT {

  private static final Pattern POST_ID = Pattern.compile("/posts/(\\d+)/edit");

  @ArquillianResource URL base;

  private Http http() {
    return new Http(base.toString());
  }

  /** Makes an account with an address; returns {user name, member address, e-mail}. */
  private String[] account(String admin, String name, String role) {
    Members.Member m = Members.via(http()).prefix("w.").named(name).withEmail().role(role).create();
    return new String[] {m.username(), m.slug(), m.email()};
  }

  private static void logIn(Browser b, String lang, String username) {
    b.go("/" + lang + "/login");
    b.type(By.id("login:username"), username);
    b.type(By.id("login:password"), PASSWORD);
    b.clickAndWait(By.id("login:submit"));
  }

  /** A 1600 × 900 PNG, as a camera or a screenshot would give. */
  private static Path cover() throws IOException {
    BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(120, 30, 40));
    g.fillRect(0, 0, 1600, 900);
    g.dispose();
    Path file = Files.createTempFile("cover", ".png");
    ImageIO.write(image, "png", file.toFile());
    file.toFile().deleteOnExit();
    return file;
  }

  private static long postId(Browser b) {
    Matcher m = POST_ID.matcher(b.path());
    assertTrue(m.find(), "on the editor of a stored post: " + b.path());
    return Long.parseLong(m.group(1));
  }

  private static String info(Browser b) {
    return b.find(By.cssSelector("#messages .info, ul#messages li")).getText();
  }

  @Test
  void aMemberWritesAnEditorPublishesAVisitorCommentsAModeratorApproves() throws Exception {
    Mailbox.start();
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String[] writer = account(admin, "Camille Martin " + tag, null);
    String[] coauthor = account(admin, "Jane Johnson " + tag, null);
    String[] editor = account(admin, "Edith Editor " + tag, "editor");
    String[] visitor = account(admin, "Victor Visitor " + tag, null);
    String title = "Réunion des sections à Lyon " + tag;
    long id;
    try (Browser b = Browser.open(base.toString(), "blog-write")) {
      logIn(b, "fr", writer[0]);
      b.go("/fr/news");
      b.clickAndWait(By.id("write-link"));
      assertEquals(
          "news",
          b.find(By.id("post:blog")).getAttribute("value"),
          "writing from the News proposes the News");
      b.type(By.id("post:title"), title);
      assertEquals(
          List.of("Camille Martin " + tag + " (" + writer[1] + ")"),
          b.tokens("post:authors"),
          "the writer is the first author");
      b.pick("post:authors", "Jane Johnson " + tag, coauthor[1]);
      b.type(By.id("post:summary"), "Les sections se retrouvent en mai.");
      b.type(By.id("post:body"), "Nous nous **retrouverons** à Lyon.\n\nVenez nombreux.");
      b.addToken("post:tags", "réunions");
      b.addToken("post:tags", "lyon");
      b.find(By.id("post:cover")).sendKeys(cover().toString());
      assertTrue(
          b.driver().findElements(By.id("post:publish")).isEmpty(),
          "a member may not publish in the News");
      b.clickAndWait(By.id("post:save"));
      id = postId(b);
      assertEquals("Enregistré.", info(b));
      assertEquals("Brouillon", b.find(By.id("post-status")).getText());
      b.clickAndWait(By.id("post:submit"));
      assertEquals("En attente de relecture", b.find(By.id("post-status")).getText());
      b.screenshot("submitted");
    }
    String slug = "reunion-des-sections-a-lyon-" + tag;
    MimeMessage asked = Mailbox.await(editor[2], 1);
    assertTrue(asked.getSubject().contains(title), "the editors are asked to review");
    assertTrue(Mailbox.link(asked).endsWith("/en/posts/" + id + "/edit"), Mailbox.link(asked));
    assertTrue(Mailbox.to(writer[2]).isEmpty(), "not its own authors");
    assertEquals(404, http().get("/fr/news/" + slug).statusCode(), "not public before review");
    assertEquals(302, http().get("/fr/posts/" + id).statusCode(), "previews need a log-in");

    try (Browser b = Browser.open(base.toString(), "blog-publish")) {
      logIn(b, "en", editor[0]);
      b.go("/en/posts");
      assertTrue(b.find(By.id("review")).getText().contains(title), "waiting for review");
      b.clickAndWait(By.linkText(title));
      b.clickAndWait(By.id("post:publish"));
      assertEquals("Published", b.find(By.id("post-status")).getText());
      b.screenshot("published");
    }
    HttpResponse<String> page = http().get("/fr/news/" + slug);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<strong>retrouverons</strong>"));
    Matcher img = Pattern.compile("class=\"cover\" src=\"([^\"]+)\"").matcher(page.body());
    assertTrue(img.find(), "the cover is shown");
    HttpResponse<byte[]> picture = http().bytes(img.group(1));
    assertEquals(200, picture.statusCode());
    BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(picture.body()));
    assertEquals(1200, drawn.getWidth(), "redrawn to the cover's size");
    assertEquals(630, drawn.getHeight());
    assertTrue(
        page.body().contains("Camille Martin " + tag)
            && page.body().contains("Jane Johnson " + tag),
        "both authors are named");
    assertTrue(http().get("/fr/").body().contains(title), "on the home page");
    SyndFeed feed =
        new SyndFeedInput().build(new StringReader(http().get("/feeds/fr/news.rss").body()));
    assertTrue(feed.getEntries().stream().anyMatch(e -> e.getTitle().equals(title)), "in the feed");

    String comment = "Je viendrai avec des amis " + tag;
    try (Browser b = Browser.open(base.toString(), "blog-comment")) {
      logIn(b, "fr", visitor[0]);
      b.go("/fr/news/" + slug);
      b.type(By.id("comment:text"), comment);
      b.clickAndWait(By.id("comment:send"));
      assertTrue(
          b.find(By.id("comment-notice")).getText().contains("modérateur"),
          "a first comment waits for a moderator");
      b.screenshot("comment-held");
    }
    assertFalse(
        http().get("/fr/news/" + slug).body().contains(comment), "not shown before approval");
    assertEquals(
        "hit",
        http().get("/fr/news/" + slug).headers().firstValue("X-Plenum-Cache").orElse(""),
        "visitors get the cached page");

    try (Browser b = Browser.open(base.toString(), "blog-moderate")) {
      logIn(b, "en", editor[0]);
      b.go("/en/posts");
      assertTrue(b.find(By.id("comment-queue")).getText().contains(title));
      b.go("/fr/news/" + slug);
      assertTrue(
          b.find(By.id("pending-comments")).getText().contains(comment),
          "a signed-in moderator gets a fresh page, not the visitors' cached copy");
      b.clickAndWait(By.cssSelector("#pending-comments input[value='Approuver']"));
      assertTrue(b.find(By.id("comment-notice")).getText().contains("approuvé"));
      b.screenshot("comment-approved");
    }
    assertTrue(http().get("/fr/news/" + slug).body().contains(comment), "shown once approved");
  }

  /** A file with the given content, deleted when the tests end. */
  private static Path file(String suffix, byte[] content) throws IOException {
    Path file = Files.createTempFile("upload", suffix);
    Files.write(file, content);
    file.toFile().deleteOnExit();
    return file;
  }

  /** A PNG whose header claims 50,000 × 50,000 pixels: decoding it would take 7.5 GB. */
  private static byte[] hugePng() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer header =
        ByteBuffer.allocate(13)
            .putInt(50_000)
            .putInt(50_000)
            .put((byte) 8)
            .put((byte) 2)
            .put((byte) 0)
            .put((byte) 0)
            .put((byte) 0);
    chunk(out, "IHDR", header.array());
    Deflater deflater = new Deflater();
    deflater.setInput(new byte[1024]);
    deflater.finish();
    byte[] data = new byte[2048];
    chunk(out, "IDAT", Arrays.copyOf(data, deflater.deflate(data)));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  /** The HTTP status of the last page the browser loaded, from Chrome's network log. */
  private static int lastPageStatus(Browser b) {
    int status = -1;
    for (LogEntry entry : b.driver().manage().logs().get("performance")) {
      JsonObject message = Http.parse(entry.getMessage()).asJsonObject().getJsonObject("message");
      if ("Network.responseReceived".equals(message.getString("method", ""))
          && "Document".equals(message.getJsonObject("params").getString("type", ""))) {
        status = message.getJsonObject("params").getJsonObject("response").getInt("status");
      }
    }
    return status;
  }

  /** Writes a new post with a cover and saves it; returns the page's visible text. */
  private static String saveWithCover(Browser b, String lang, String title, Path picture) {
    b.go("/" + lang + "/write");
    b.type(By.id("post:title"), title);
    b.type(By.id("post:body"), "A text worth keeping.");
    b.find(By.id("post:cover")).sendKeys(picture.toString());
    lastPageStatus(b);
    b.clickAndWait(By.id("post:save"));
    return b.text();
  }

  @Test
  @DisplayName(
      "16.9: a cover that is an SVG, a picture too large to decode or HTML named .png"
          + " is refused on the form in the writer's language, and nothing is saved")
  void aCoverThatIsNotAnAcceptablePictureIsRefusedOnTheFormAndNothingIsSaved() throws Exception {
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String[] writer = account(admin, "Corinne Couverture " + tag, null);
    Path svg =
        file(
            ".svg",
            ("<svg xmlns=\"http://www.w3.org/2000/svg\""
                    + " width=\"1200\" height=\"630\"><script>alert(1)</script></svg>")
                .getBytes(StandardCharsets.UTF_8));
    Path huge = file(".png", hugePng());
    Path html =
        file(
            ".png",
            ("<!DOCTYPE html><html><body><script>alert(1)" + "</script></body></html>")
                .getBytes(StandardCharsets.UTF_8));
    try (Browser b = Browser.open(base.toString(), "blog-cover-refused")) {
      logIn(b, "fr", writer[0]);
      String seen = saveWithCover(b, "fr", "Couverture SVG " + tag, svg);
      b.screenshot("svg-fr");
      assertFalse(seen.contains("Incident"), "no error page: " + seen);
      assertEquals(400, lastPageStatus(b), "a refusal of what was sent");
      assertEquals(
          "Seules les images PNG, JPEG et GIF sont acceptées.",
          b.find(By.id("post:cover-error")).getText());
      assertTrue(b.path().endsWith("/fr/write"), "nothing stored: " + b.path());
      assertEquals(
          "Couverture SVG " + tag,
          b.find(By.id("post:title")).getAttribute("value"),
          "what was written is kept in the form");

      seen = saveWithCover(b, "en", "Huge cover " + tag, huge);
      b.screenshot("huge-en");
      assertFalse(seen.contains("Incident"), "no error page: " + seen);
      assertEquals(400, lastPageStatus(b));
      assertEquals(
          "The image is more than 8,000 pixels wide or high.",
          b.find(By.id("post:cover-error")).getText());
      assertTrue(b.path().endsWith("/en/write"), "nothing stored: " + b.path());

      seen = saveWithCover(b, "en", "Page named png " + tag, html);
      b.screenshot("html-en");
      assertFalse(seen.contains("Incident"), "no error page: " + seen);
      assertEquals(400, lastPageStatus(b));
      assertEquals(
          "Only PNG, JPEG and GIF images are accepted.",
          b.find(By.id("post:cover-error")).getText());

      b.go("/en/posts");
      assertFalse(b.text().contains(tag), "no half-written draft left behind: " + b.text());

      b.go("/fr/write");
      b.type(By.id("post:title"), "Texte d’origine " + tag);
      b.type(By.id("post:body"), "Premier jet.");
      b.clickAndWait(By.id("post:save"));
      long id = postId(b);
      b.type(By.id("post:title"), "Texte changé " + tag);
      b.find(By.id("post:cover")).sendKeys(html.toString());
      b.clickAndWait(By.id("post:save"));
      b.screenshot("html-fr-existing");
      assertEquals(
          "Seules les images PNG, JPEG et GIF sont acceptées.",
          b.find(By.id("post:cover-error")).getText());
      b.go("/fr/posts/" + id + "/edit");
      assertEquals(
          "Texte d’origine " + tag,
          b.find(By.id("post:title")).getAttribute("value"),
          "a change saved with a refused cover is not half applied");
    }
  }

  @Test
  void twoEditorsSaveTheSamePostAndTheSecondIsTold() {
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String[] first = account(admin, "First Editor " + tag, "editor");
    String[] second = account(admin, "Second Editor " + tag, "editor");
    long id;
    try (Browser one = Browser.open(base.toString(), "blog-conflict-first");
        Browser two = Browser.open(base.toString(), "blog-conflict-second")) {
      logIn(one, "en", first[0]);
      one.go("/en/write?blog=news");
      one.type(By.id("post:title"), "Agenda of the assembly " + tag);
      one.type(By.id("post:body"), "First item.\nSecond item.");
      one.clickAndWait(By.id("post:save"));
      id = postId(one);

      logIn(two, "en", second[0]);
      two.go("/en/posts/" + id + "/edit");
      one.type(By.id("post:body"), "First item.\nSecond item, amended by the first.");
      one.clickAndWait(By.id("post:save"));
      assertEquals("Saved.", info(one));

      two.type(By.id("post:body"), "First item.\nThird item, from the second.");
      two.clickAndWait(By.id("post:save"));
      String told = two.find(By.id("conflict")).getText();
      assertTrue(told.contains(first[0]), "the second is told who saved: " + told);
      assertTrue(
          two.find(By.id("conflict-diff")).getText().contains("amended by the first"),
          "and sees the other's change");
      assertEquals(
          "First item.\nThird item, from the second.",
          two.find(By.id("post:body")).getAttribute("value"),
          "their own text is kept");
      two.screenshot("conflict");
      two.clickAndWait(By.id("post:keepMine"));
      two.screenshot("kept");
      assertEquals("Saved.", info(two));

      one.go("/en/posts/" + id + "/revisions");
      assertEquals(
          3,
          one.driver().findElements(By.cssSelector("#revisions tbody tr")).size(),
          "every save kept");
      assertTrue(one.find(By.cssSelector("table.diff")).getText().length() > 0);
      one.clickAndWait(By.id("restore:restoreFrom"));
      assertTrue(one.find(By.id("messages")).getText().contains("restored"));
      one.go("/en/posts/" + id + "/edit");
      assertEquals(
          "First item.\nSecond item, amended by the first.",
          one.find(By.id("post:body")).getAttribute("value"),
          "the revision came back");
      one.screenshot("restored");
    }
  }

  @Test
  void hostileTextStaysInertInPostsAndComments() {
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String[] author = account(admin, "Hostile Writer " + tag, "editor");
    String payloads =
        String.join(
            "\n\n",
            "<script>window.xss = 1</script>",
            "<img src=x onerror=\"window.xss = 2\">",
            "[click](javascript:window.xss=3)",
            "<a href=\"data:text/html,<script>parent.xss=4</script>\">data</a>",
            "<iframe srcdoc=\"<script>parent.xss=5</script>\"></iframe>",
            "<svg onload=\"window.xss = 6\"></svg>",
            "<noscript><p title=\"</noscript><img src=x onerror=window.xss=7>\">",
            "Literal #{1+1} and ${2+2}.");
    try (Browser b = Browser.open(base.toString(), "blog-xss")) {
      logIn(b, "en", author[0]);
      b.go("/en/write?blog=news");
      b.type(By.id("post:title"), "Hostile " + tag + " <script>window.xss=8</script> #{1+1}");
      b.type(By.id("post:body"), payloads);
      b.clickAndWait(By.id("post:publish"));
      long id = postId(b);
      assertEquals("Published", b.find(By.id("post-status")).getText());
      String url = b.find(By.id("public-link")).getAttribute("href");
      b.driver().get(url);
      b.type(By.id("comment:text"), payloads);
      b.clickAndWait(By.id("comment:send"));
      b.driver().get(url);
      assertTrue(
          b.find(By.id("post-body")).getText().contains("Literal #{1+1} and ${2+2}."),
          "expression syntax is shown, never evaluated");
      assertTrue(b.find(By.id("comment-list")).getText().contains("Literal #{1+1} and ${2+2}."));
      assertTrue(
          b.find(By.id("post-title"))
              .getText()
              .contains("<script>window.xss=8</script>" + " #{1+1}"),
          "a title is text");
      Object fired = ((JavascriptExecutor) b.driver()).executeScript("return window.xss;");
      assertNull(fired, "no script ran");
      List<String> live =
          b
              .driver()
              .findElements(
                  By.cssSelector(
                      "#post-body script, #post-body iframe, #post-body svg, #comment-list script,"
                          + " #comment-list iframe, [onerror], [onload]"))
              .stream()
              .map(e -> e.getAttribute("outerHTML"))
              .toList();
      assertTrue(live.isEmpty(), live.toString());
      for (WebElement a :
          b.driver().findElements(By.cssSelector("#post-body a, #comment-list a"))) {
        String href = String.valueOf(a.getAttribute("href"));
        assertFalse(href.startsWith("javascript:") || href.startsWith("data:"), href);
      }
      b.screenshot("inert");
      b.go("/en/posts/" + id + "/revisions");
      assertNull(
          ((JavascriptExecutor) b.driver()).executeScript("return window.xss;"),
          "nor in the revisions' comparison");
    }
  }

  @Test
  void theWorkflowRefusesThoseWhoMayNot() {
    String admin = Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String[] owner = account(admin, "Owner " + tag, null);
    String[] other = account(admin, "Other " + tag, null);
    long id;
    try (Browser b = Browser.open(base.toString(), "blog-denials")) {
      logIn(b, "en", owner[0]);
      b.go("/en/write");
      b.type(By.id("post:title"), "");
      b.type(By.id("post:slug"), "../etc/passwd");
      b.type(By.id("post:body"), "x");
      b.addToken("post:tags", "t".repeat(51));
      b.clickAndWait(By.id("post:save"));
      assertEquals("Give the post a title.", b.find(By.id("post:title-error")).getText());
      assertTrue(b.find(By.id("post:slug-error")).getText().contains("no slash"));
      assertTrue(b.find(By.id("post:tags-error")).getText().contains("50"));
      assertTrue(b.path().endsWith("/en/write"), "nothing stored: " + b.path());
      b.type(By.id("post:title"), "My own notes " + tag);
      b.type(By.id("post:slug"), "");
      b.find(By.id("post:tags_input")).sendKeys(Keys.BACK_SPACE);
      b.addToken("post:tags", "notes");
      b.clickAndWait(By.id("post:save"));
      id = postId(b);
    }
    try (Browser b = Browser.open(base.toString(), "blog-denials-other")) {
      logIn(b, "en", other[0]);
      b.go("/en/posts/" + id + "/edit");
      assertFalse(b.text().contains("My own notes"), "another member's draft stays hidden");
      b.go("/en/posts/" + id);
      assertFalse(b.text().contains("My own notes"));
      b.go("/en/posts/" + id + "/revisions");
      assertFalse(b.text().contains("My own notes"));
    }
    assertNotEquals(200, http().get("/en/write").statusCode(), "anonymous visitors log in");
    assertEquals(404, http().get("/en/news/no-such-post-" + tag).statusCode());
    assertEquals(404, http().get("/en/blogs/no-such-blog/" + tag).statusCode());
  }

  @Test
  void anAdministratorImportsAFileAndFollowsItsProgress() throws Exception {
    Admin.authorization(http());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    Path file = Files.createTempFile("posts", ".json");
    Files.writeString(
        file,
        "[{\"title\":\"From the archive "
            + tag
            + "\",\"slug\":\"from-the-archive-"
            + tag
            + "\",\"body\":\"<p>Old news.</p>\","
            + "\"lang\":\"en\",\"date\":\"2025-07-01T09:00:00\"}]");
    try (Browser b = Browser.open(base.toString(), "blog-import")) {
      logIn(b, "en", Admin.USER);
      b.go("/en/admin");
      b.clickAndWait(By.linkText("Blog"));
      b.find(By.id("import:file")).sendKeys(file.toString());
      b.clickAndWait(By.id("import:start"));
      WebDriverWait wait = new WebDriverWait(b.driver(), Duration.ofSeconds(30));
      wait.until(d -> d.findElement(By.id("import-state")).getText().startsWith("Done"));
      assertEquals(
          "Done: 1 added, 0 already there, 0 refused.", b.find(By.id("import-state")).getText());
      b.screenshot("imported");
      b.find(By.id("import:file")).sendKeys(file.toString());
      b.clickAndWait(By.id("import:start"));
      wait.until(d -> d.findElement(By.id("import-state")).getText().startsWith("Done"));
      assertEquals(
          "Done: 0 added, 1 already there, 0 refused.", b.find(By.id("import-state")).getText());
      Files.writeString(file, "not json");
      b.find(By.id("import:file")).sendKeys(file.toString());
      b.clickAndWait(By.id("import:start"));
      assertEquals(
          "The file is not a JSON array of posts.", b.find(By.id("import:file-error")).getText());
    } finally {
      Files.deleteIfExists(file);
    }
    assertEquals(200, http().get("/en/news/from-the-archive-" + tag).statusCode());
  }
}
