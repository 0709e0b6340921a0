package org.plenum.it.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.plenum.testkit.Browser;
import org.plenum.testkit.Http;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The News and the blogs as a visitor and a feed reader meet them: the thousand demo posts, lists
 * by blog, tag and author, post pages with their co-authors, RSS and Atom feeds that a feed library
 * reads, and a sitemap that lists every public address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BlogIT {

  private static final Pattern COUNT = Pattern.compile("id=\"post-count\">([0-9,\u00a0\u202f]+) ");

  @ArquillianResource URL base;

  private Http http() {
    return new Http(base.toString());
  }

  private static long count(String html) {
    Matcher m = COUNT.matcher(html);
    assertTrue(m.find(), "a count of posts");
    return Long.parseLong(m.group(1).replaceAll("[^0-9]", ""));
  }

  @Test
  void theDemoPostsAreAllThereInTheNewsAndTheBlogs() {
    long news = count(http().get("/en/news").body());
    long blogs = count(http().get("/en/blogs").body());
    // other test classes publish posts on the same site, all dated after the demo's last one
    assertEquals(
        1000,
        Http.parse(http().get("/api/v1/blog/posts?until=2025-01-02").body())
            .asJsonObject()
            .getInt("total"),
        "the thousand posts of the demo, once each");
    assertEquals(
        Http.parse(http().get("/api/v1/blog/posts").body()).asJsonObject().getInt("total"),
        news + blogs,
        "the News and the blogs share out every post");
    assertTrue(news > 600 && blogs > 100, news + " / " + blogs);
    HttpResponse<String> five = http().get("/fr/news?page=5");
    assertEquals(200, five.statusCode());
    assertTrue(five.body().contains("Page 5 sur"), "the list is paged");
    for (String bad :
        List.of("?page=0", "?page=-1", "?page=abc", "?page=99999", "?page=99999999999999")) {
      assertEquals(404, http().get("/en/news" + bad).statusCode(), bad);
    }
    String first = http().get("/fr/news").body();
    int french = first.indexOf("lang=\"fr\"", first.indexOf("id=\"posts\""));
    assertTrue(
        french > 0
            && !first
                .substring(first.indexOf("id=\"posts\""), french)
                .contains("class=\"post-summary\" lang=\"en\""),
        "the reader's language first");
  }

  @Test
  void aPostShowsItsAuthorsTagsAndNothingExecutable() {
    try (Browser b = Browser.open(base.toString(), "blog-post")) {
      b.go("/fr/news/appel-a-reseau-celebration-jour-2023");
      assertFalse(b.find(By.id("post-title")).getText().isBlank());
      assertTrue(b.find(By.id("post-byline")).getText().startsWith("Par "));
      assertTrue(b.find(By.id("post-tags")).getText().contains("volunteers"));
      assertTrue(b.driver().findElements(By.cssSelector("#post-body script")).isEmpty());
      b.screenshot("post");
      b.clickAndWait(By.linkText("volunteers"));
      assertEquals("/fr/tags/volunteers", b.path());
      assertTrue(b.find(By.id("list-title")).getText().contains("volunteers"));
      b.go("/fr/news/appel-a-reseau-celebration-jour-2023");
      b.clickAndWait(By.cssSelector("#post-byline a"));
      assertTrue(b.path().startsWith("/fr/authors/"), b.path());
      assertTrue(b.find(By.id("list-title")).getText().startsWith("Billets de "));
      b.screenshot("author");
      b.go("/en/");
      assertTrue(
          b.find(By.id("latest-news")).findElements(By.tagName("li")).size() >= 3,
          "the home page's latest news");
      b.screenshot("home");
    }
    HttpResponse<String> accented = http().get("/fr/tags/benevolat");
    assertEquals(200, accented.statusCode(), "a tag's address is its slug");
    assertTrue(accented.body().contains("« bénévolat »"), "and the page names the tag");
    assertEquals(404, http().get("/fr/tags/no-such-tag").statusCode());
    assertEquals(404, http().get("/en/news/no-such-post").statusCode());
    assertEquals(404, http().get("/en/blogs/no-such-blog").statusCode());
    assertEquals(
        404,
        http().get("/en/blogs/news/appel-a-reseau-celebration-jour-2023").statusCode(),
        "the News is not one of the blogs");
    assertEquals(404, http().get("/en/authors/nobody-at-all").statusCode());
    assertEquals(404, http().get("/en/tags/" + "x".repeat(60)).statusCode());
    assertEquals(
        404, http().get("/fr/tags/b%C3%A9n%C3%A9volat").statusCode(), "addresses are slugs");
  }

  @Test
  void coAuthoredPostsNameEveryAuthor() {
    boolean found = false;
    for (int page = 1; page <= 3 && !found; page++) {
      String html = http().get("/en/news?page=" + page).body();
      Matcher link = Pattern.compile("href=\"(/(?:en|fr)/news/[a-z0-9-]+)\"").matcher(html);
      while (link.find() && !found) {
        String post = http().get(link.group(1)).body();
        if (post.contains("id=\"coauthored\"")) {
          found = true;
          assertTrue(
              post.contains("This post was co-authored by")
                  || post.contains("Ce billet a été écrit par"),
              link.group(1));
        }
      }
    }
    assertTrue(found, "some demo posts have two authors");
  }

  private static SyndFeed read(String xml) throws Exception {
    return new SyndFeedInput().build(new StringReader(xml));
  }

  @Test
  void feedsAreReadByAFeedLibrary() throws Exception {
    HttpResponse<String> rss = http().get("/feeds/fr/news.rss");
    assertEquals(200, rss.statusCode());
    assertTrue(
        rss.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
    SyndFeed feed = read(rss.body());
    assertEquals("rss_2.0", feed.getFeedType());
    assertEquals(20, feed.getEntries().size());
    for (SyndEntry e : feed.getEntries()) {
      assertTrue(e.getLink().matches("https?://[^/]+/fr/news/[a-z0-9-]+"), e.getLink());
      assertFalse(e.getContents().isEmpty() && e.getDescription() == null);
    }
    SyndFeed atom = read(http().get("/feeds/en/news.atom").body());
    assertEquals("atom_1.0", atom.getFeedType());
    assertTrue(
        atom.getEntries().stream().allMatch(e -> e.getLink().contains("/en/")),
        "the English feed holds English posts");
    assertFalse(atom.getEntries().get(0).getAuthors().isEmpty());
    assertTrue(read(http().get("/feeds/en/blogs.rss").body()).getEntries().size() > 0);
    assertTrue(read(http().get("/feeds/fr/tags/benevolat.atom").body()).getEntries().size() > 0);
    assertEquals(200, http().get("/feeds/en/chapters/iops-london.rss").statusCode());
    for (String bad :
        List.of(
            "/feeds/xx/news.rss",
            "/feeds/en/news.json",
            "/feeds/en/nope.rss",
            "/feeds/en/blogs/..%2F..%2Fetc.rss",
            "/feeds/en/chapters/nowhere.rss",
            "/feeds/")) {
      assertEquals(404, http().get(bad).statusCode(), bad);
    }
  }

  @Test
  void theSitemapListsEveryPublicAddress() throws Exception {
    HttpResponse<String> r = http().get("/sitemap.xml");
    assertEquals(200, r.statusCode());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(r.body())));
    NodeList locs =
        doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
    assertTrue(locs.getLength() > 1000, "posts, pages, chapters: " + locs.getLength());
    String all = r.body();
    for (String path :
        List.of(
            "/en/</loc>",
            "/fr/a-propos</loc>",
            "/en/chapters/iops-london<",
            "/fr/news/appel-a-reseau-celebration-jour-2023<",
            "/en/news</loc>")) {
      assertTrue(all.contains(path), path);
    }
  }

  @Test
  void theApiListsAndReadsPublishedPostsWithConditionalRequests() {
    JsonObject page =
        Http.parse(http().get("/api/v1/blog/posts?blog=news&lang=fr&size=5&page=2").body())
            .asJsonObject();
    assertEquals(2, page.getInt("page"));
    assertEquals(5, page.getJsonArray("posts").size());
    assertTrue(page.getInt("total") > 300, page.toString());
    JsonObject first = page.getJsonArray("posts").getJsonObject(0);
    assertEquals("fr", first.getString("language"));
    assertEquals("news", first.getString("blog"));
    assertTrue(first.getString("path").startsWith("/fr/news/"));

    String tagged = http().get("/api/v1/blog/posts?tag=benevolat").body();
    assertTrue(tagged.contains("\"bénévolat\""), "by the tag's slug");

    long id = first.getJsonNumber("id").longValue();
    HttpResponse<String> one = http().get("/api/v1/blog/posts/" + id);
    assertEquals(200, one.statusCode());
    assertTrue(Http.parse(one.body()).asJsonObject().getString("body").contains("<p>"));
    String etag = one.headers().firstValue("ETag").orElseThrow();
    assertEquals(
        304,
        http().get("/api/v1/blog/posts/" + id, "If-None-Match", etag).statusCode(),
        "unchanged: no body sent again");

    for (String bad :
        List.of("posts?page=0", "posts?size=1000", "posts?page=abc", "posts?lang=english")) {
      HttpResponse<String> r = http().get("/api/v1/blog/" + bad);
      assertEquals(400, r.statusCode(), bad);
      assertTrue(
          r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
          bad);
    }
    for (String missing :
        List.of("posts?blog=nowhere", "posts?author=nobody-here", "posts/999999999", "posts/abc")) {
      assertEquals(404, http().get("/api/v1/blog/" + missing).statusCode(), missing);
    }
    assertTrue(
        http().get("/openapi").body().contains("/api/v1/blog/posts"), "in the OpenAPI document");
  }

  /** The text a reader gets from a page's pager: tags dropped, white space kept as one space. */
  private static String pagerText(String html) {
    Matcher m =
        Pattern.compile("<nav class=\"pager\"[^>]*>(.*?)</nav>", Pattern.DOTALL).matcher(html);
    assertTrue(m.find(), "a pager");
    return m.group(1).replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip();
  }

  @Test
  @DisplayName("16.22: the lists' pager reads as words, “Page 1 of 50 Older posts →”")
  void thePagerOfTheListsReadsAsWords() {
    assertTrue(
        pagerText(http().get("/en/news").body()).matches("Page 1 of \\d+ Older posts →"),
        pagerText(http().get("/en/news").body()));
    String second = pagerText(http().get("/fr/blogs?page=2").body());
    assertTrue(
        second.matches("← Billets plus récents Page 2 sur \\d+ Billets plus anciens →"), second);
  }

  /** The feeds a page's head announces: {type, title, href} of each alternate feed link. */
  private static List<String[]> announcedFeeds(String html) {
    String head = html.substring(0, html.indexOf("</head>"));
    Matcher link =
        Pattern.compile(
                "<link rel=\"alternate\" type=\"(application/(?:rss|atom)"
                    + "\\+xml)\" title=\"([^\"]*)\" href=\"([^\"]+)\"")
            .matcher(head);
    List<String[]> feeds = new ArrayList<>();
    while (link.find()) {
      feeds.add(new String[] {link.group(1), link.group(2), link.group(3)});
    }
    return feeds;
  }

  @Test
  @DisplayName(
      "16.19: the News, the blogs, a blog and a tag page announce their feeds in their"
          + " head, and a feed reader reads them")
  void listPagesAnnounceFeedsThatAFeedReaderReads() throws Exception {
    Matcher blog =
        Pattern.compile("href=\"/en/blogs/([a-z0-9-]+)/").matcher(http().get("/en/blogs").body());
    assertTrue(blog.find(), "a member's blog");
    // a demo post: those the other tests publish in the News may carry no tag
    Matcher tag =
        Pattern.compile("href=\"/fr/tags/([a-z0-9-]+)\"")
            .matcher(http().get("/fr/news/appel-a-reseau-celebration-jour-2023").body());
    assertTrue(tag.find(), "a tag");
    for (String lang : List.of("en", "fr")) {
      for (String page :
          List.of("news", "blogs", "blogs/" + blog.group(1), "tags/" + tag.group(1))) {
        HttpResponse<String> r = http().get("/" + lang + "/" + page);
        assertEquals(200, r.statusCode(), page);
        List<String[]> feeds = announcedFeeds(r.body());
        assertTrue(
            feeds.stream().anyMatch(f -> f[0].equals("application/rss+xml")),
            lang + "/" + page + " announces an RSS feed");
        assertTrue(
            feeds.stream().anyMatch(f -> f[0].equals("application/atom+xml")),
            lang + "/" + page + " announces an Atom feed");
        for (String[] f : feeds) {
          assertFalse(f[1].isBlank(), "a feed link has a title");
          String path = f[2].replaceFirst("^https?://[^/]+", "");
          assertTrue(path.startsWith("/feeds/" + lang + "/" + page + "."), path);
          HttpResponse<String> feed = http().get(path);
          assertEquals(200, feed.statusCode(), path);
          SyndFeed read = new SyndFeedInput().build(new StringReader(feed.body()));
          assertEquals(f[0].contains("atom") ? "atom_1.0" : "rss_2.0", read.getFeedType(), path);
        }
      }
    }
  }
}
