package org.plenum.blog.web;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.Settings;
import org.plenum.api.SiteConfig;
import org.plenum.api.Slugs;
import org.plenum.api.Texts;
import org.plenum.blog.Blog;
import org.plenum.blog.BlogCache;
import org.plenum.blog.BlogModule;
import org.plenum.blog.Blogs;
import org.plenum.blog.People;
import org.plenum.blog.Post;
import org.plenum.blog.PublishedPosts;
import org.plenum.blog.PublishedPosts.Filter;
import org.plenum.blog.Tags;
import org.plenum.spi.FeedLink;
import org.plenum.spi.FeedSource;

/**
 * RSS 2.0 and Atom 1.0 feeds, made with ROME, one per language: {@code /feeds/<lang>/news.rss},
 * {@code blogs.rss}, {@code blogs/<blog>.rss}, {@code tags/<tag>.rss}, {@code
 * chapters/<chapter>.rss} — and {@code .atom} for each. A feed holds the latest published posts in
 * its language, full text included. The core routes the addresses to it while the blog is enabled.
 */
@ApplicationScoped
public class BlogFeeds implements FeedSource {

  private static final int ENTRIES = 20;

  @Inject CurrentReader current;

  @Inject Blogs blogs;

  @Inject PublishedPosts published;

  @Inject Tags tags;

  @Inject People people;

  @Inject Chapters chapters;

  @Inject Texts catalog;

  @Inject Settings settings;

  @Inject SiteConfig config;

  /** What a feed address asks for. */
  private record Request(
      String lang, Filter filter, String title, String page, String self, boolean atom) {}

  @Override
  public String moduleId() {
    return BlogModule.ID;
  }

  @Override
  public Optional<Feed> feed(String path, Map<String, String> parameters) {
    Request r = parse("/" + path);
    if (r == null) {
      return Optional.empty();
    }
    current.cache(BlogCache.LISTS, BlogCache.PEOPLE);
    List<Post> posts = published.list(r.filter().in(r.lang()), r.lang(), 1, ENTRIES).posts();
    try {
      return Optional.of(
          new Feed(
              (r.atom() ? FeedLink.ATOM : FeedLink.RSS) + ";charset=UTF-8",
              new SyndFeedOutput().outputString(feed(r, posts)),
              false));
    } catch (FeedException e) {
      throw new IllegalStateException("cannot write the feed " + path, e);
    }
  }

  private Request parse(String info) {
    if (!(info.endsWith(".rss") || info.endsWith(".atom"))) {
      return null;
    }
    boolean atom = info.endsWith(".atom");
    String path = info.substring(1, info.lastIndexOf('.'));
    int slash = path.indexOf('/');
    if (slash < 0) {
      return null;
    }
    String lang = path.substring(0, slash);
    if (!catalog.offers(lang)) {
      return null;
    }
    String what;
    try {
      what =
          URLDecoder.decode(path.substring(slash + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    String site = settings.get(Settings.NAME);
    String self = config.baseUrl() + "/feeds" + info;
    String root = config.baseUrl() + "/" + lang + "/";
    if (what.equals("news")) {
      return new Request(
          lang,
          new Filter(blogs.news().getId(), null, null, null, false, null),
          catalog.formatIn(lang, "blog.feed.news", site),
          root + "news",
          self,
          atom);
    }
    if (what.equals("blogs")) {
      return new Request(
          lang,
          new Filter(null, null, null, null, true, null),
          catalog.formatIn(lang, "blog.feed.blogs", site),
          root + "blogs",
          self,
          atom);
    }
    String[] parts = what.split("/", -1);
    if (parts.length != 2) {
      return null;
    }
    switch (parts[0]) {
      case "blogs" -> {
        Blog blog =
            Slugs.valid(parts[1])
                ? blogs.blog(parts[1]).filter(b -> !b.isNews()).orElse(null)
                : null;
        return blog == null
            ? null
            : new Request(
                lang,
                new Filter(blog.getId(), null, null, null, false, null),
                catalog.formatIn(lang, "blog.feed.blog", blog.getSlug(), site),
                root + "blogs/" + blog.getSlug(),
                self,
                atom);
      }
      case "tags" -> {
        String tag = tags.tagForSlug(parts[1]).orElse(null);
        return tag == null
            ? null
            : new Request(
                lang,
                new Filter(null, tag, null, null, false, null),
                catalog.formatIn(lang, "blog.feed.tag", tag, site),
                root + "tags/" + parts[1],
                self,
                atom);
      }
      case "chapters" -> {
        Chapter chapter = Slugs.valid(parts[1]) ? chapters.bySlug(parts[1]).orElse(null) : null;
        return chapter == null
            ? null
            : new Request(
                lang,
                new Filter(null, null, null, chapter.getId(), false, null),
                catalog.formatIn(lang, "blog.feed.blog", chapter.getName(), site),
                root + "chapters/" + chapter.getSlug(),
                self,
                atom);
      }
      default -> {
        return null;
      }
    }
  }

  private SyndFeed feed(Request r, List<Post> posts) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(r.atom() ? "atom_1.0" : "rss_2.0");
    feed.setTitle(r.title());
    feed.setLink(r.page());
    feed.setUri(r.self());
    feed.setDescription(r.title());
    feed.setLanguage(r.lang());
    SyndLink self = new SyndLinkImpl();
    self.setRel("self");
    self.setHref(r.self());
    self.setType(r.atom() ? "application/atom+xml" : "application/rss+xml");
    SyndLink alternate = new SyndLinkImpl();
    alternate.setRel("alternate");
    alternate.setHref(r.page());
    alternate.setType("text/html");
    feed.setLinks(List.of(alternate, self));
    Date newest = new Date(0);
    List<SyndEntry> entries = new ArrayList<>();
    for (Post p : posts.subList(0, Math.min(ENTRIES, posts.size()))) {
      SyndEntry e = new SyndEntryImpl();
      String link = config.baseUrl() + "/" + p.getLanguage() + "/" + path(p);
      e.setTitle(p.getTitle());
      e.setLink(link);
      e.setUri(link);
      Date published = Date.from(p.getPublished());
      Date updated = Date.from(p.getUpdated());
      e.setPublishedDate(published);
      e.setUpdatedDate(updated.before(published) ? published : updated);
      if (e.getUpdatedDate().after(newest)) {
        newest = e.getUpdatedDate();
      }
      List<SyndPerson> authors = new ArrayList<>();
      for (Chapters.Person person : people.people(p.getAuthorIds())) {
        SyndPerson a = new SyndPersonImpl();
        a.setName(person.name());
        a.setUri(config.baseUrl() + "/" + r.lang() + "/authors/" + person.slug());
        authors.add(a);
      }
      e.setAuthors(authors);
      List<SyndCategory> categories = new ArrayList<>();
      for (String tag : p.getTagList()) {
        SyndCategory c = new SyndCategoryImpl();
        c.setName(tag);
        categories.add(c);
      }
      e.setCategories(categories);
      if (p.getSummary() != null) {
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(p.getSummary());
        e.setDescription(summary);
      }
      SyndContent body = new SyndContentImpl();
      body.setType("html");
      body.setValue(p.getBodyHtml());
      e.setContents(List.of(body));
      entries.add(e);
    }
    feed.setEntries(entries);
    feed.setPublishedDate(newest);
    return feed;
  }

  private String path(Post p) {
    Blog blog = blogs.blog(p.getBlogId()).orElseThrow();
    return blog.postPath(p.getSlug());
  }
}
