package org.plenum.projects.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.api.CurrentReader;
import org.plenum.api.SiteConfig;
import org.plenum.api.Slugs;
import org.plenum.api.Texts;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectQueries;
import org.plenum.projects.ProjectUpdate;
import org.plenum.projects.ProjectWriter;
import org.plenum.projects.Updates;
import org.plenum.spi.FeedLink;
import org.plenum.spi.FeedSource;

/**
 * A project's updates as a feed, made with ROME: {@code /feeds/projects/<project>.atom} (Atom 1.0)
 * and {@code .rss} (RSS 2.0), the latest twenty, full text; for approved projects only.
 */
@ApplicationScoped
public class ProjectFeeds implements FeedSource {

  private static final int ENTRIES = 20;

  @Inject ProjectQueries projects;

  @Inject Updates updates;

  @Inject Texts texts;

  @Inject SiteConfig config;

  @Inject CurrentReader current;

  @Override
  public String moduleId() {
    return org.plenum.projects.ProjectsModule.ID;
  }

  @Override
  public Optional<Feed> feed(String path, Map<String, String> parameters) {
    if (!path.startsWith("projects/") || !(path.endsWith(".atom") || path.endsWith(".rss"))) {
      return Optional.empty();
    }
    boolean atom = path.endsWith(".atom");
    String slug = path.substring("projects/".length(), path.lastIndexOf('.'));
    if (!Slugs.valid(slug)) {
      return Optional.empty();
    }
    Project p = projects.bySlug(slug).filter(x -> x.isPublic()).orElse(null);
    if (p == null) {
      return Optional.empty();
    }
    current.cache(ProjectWriter.TAG);
    try {
      return Optional.of(
          new Feed(
              (atom ? FeedLink.ATOM : FeedLink.RSS) + ";charset=UTF-8",
              new SyndFeedOutput().outputString(feed(p, atom, path)),
              false));
    } catch (FeedException e) {
      throw new IllegalStateException("cannot write the feed " + path, e);
    }
  }

  private SyndFeed feed(Project p, boolean atom, String path) {
    String page = config.baseUrl() + "/" + p.getLanguage() + "/projects/" + p.getSlug();
    String self = config.baseUrl() + "/feeds/" + path;
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(atom ? "atom_1.0" : "rss_2.0");
    String title = texts.formatIn(p.getLanguage(), "projects.feed.title", p.getTitle());
    feed.setTitle(title);
    feed.setDescription(p.getSummary());
    feed.setLink(page);
    feed.setUri(self);
    feed.setLanguage(p.getLanguage());
    SyndLink selfLink = new SyndLinkImpl();
    selfLink.setRel("self");
    selfLink.setHref(self);
    selfLink.setType(atom ? FeedLink.ATOM : FeedLink.RSS);
    SyndLink alternate = new SyndLinkImpl();
    alternate.setRel("alternate");
    alternate.setHref(page);
    alternate.setType("text/html");
    feed.setLinks(List.of(alternate, selfLink));
    Date newest = Date.from(p.getUpdatedAt().toInstant(ZoneOffset.UTC));
    List<SyndEntry> entries = new ArrayList<>();
    for (ProjectUpdate u : updates.of(p.getId(), ENTRIES)) {
      SyndEntry e = new SyndEntryImpl();
      String link = page + "#update-" + u.getId();
      e.setTitle(u.getTitle());
      e.setLink(link);
      e.setUri(link);
      Date published = Date.from(u.getPublishedAt().toInstant(ZoneOffset.UTC));
      e.setPublishedDate(published);
      e.setUpdatedDate(published);
      if (published.after(newest)) {
        newest = published;
      }
      SyndContent body = new SyndContentImpl();
      body.setType("html");
      body.setValue(u.getBodyHtml());
      e.setContents(List.of(body));
      entries.add(e);
    }
    feed.setEntries(entries);
    feed.setPublishedDate(newest);
    return feed;
  }
}
