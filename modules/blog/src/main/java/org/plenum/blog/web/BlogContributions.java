package org.plenum.blog.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plenum.api.Settings;
import org.plenum.api.Texts;
import org.plenum.blog.BlogModule;
import org.plenum.blog.PostIndex;
import org.plenum.spi.AdminPage;
import org.plenum.spi.ChapterTab;
import org.plenum.spi.FeedLink;
import org.plenum.spi.HomeBlock;
import org.plenum.spi.MenuContribution;
import org.plenum.spi.MenuEntry;
import org.plenum.spi.SitemapContribution;

/** What the blog adds to the menu, the home page and chapter pages. */
@ApplicationScoped
public class BlogContributions implements MenuContribution {

  @Inject Texts catalog;

  @Override
  public String moduleId() {
    return BlogModule.ID;
  }

  @Override
  public List<MenuEntry> menuEntries(Locale locale) {
    String lang = locale.getLanguage();
    return List.of(
        new MenuEntry(catalog.text(lang, "blog.news.title"), "news", 5),
        new MenuEntry(catalog.text(lang, "blog.blogs.title"), "blogs", 6));
  }

  /** The home-page block of the latest News. */
  @ApplicationScoped
  public static class NewsBlock implements HomeBlock {
    @Override
    public String moduleId() {
      return BlogModule.ID;
    }

    @Override
    public String blockId() {
      return "blog.news";
    }

    @Override
    public String fragment() {
      return "/blog/blocks/news.xhtml";
    }

    @Override
    public int defaultOrder() {
      return 10;
    }

    @Override
    public List<FeedLink> feeds(String lang) {
      return List.of(feed.rss(lang, "blog.feed.news", "news.rss"));
    }

    @Inject FeedLinks feed;
  }

  /** The home-page block of the latest posts in members' and chapters' blogs. */
  @ApplicationScoped
  public static class BlogsBlock implements HomeBlock {
    @Override
    public String moduleId() {
      return BlogModule.ID;
    }

    @Override
    public String blockId() {
      return "blog.blogs";
    }

    @Override
    public String fragment() {
      return "/blog/blocks/blogs.xhtml";
    }

    @Override
    public int defaultOrder() {
      return 20;
    }

    @Override
    public List<FeedLink> feeds(String lang) {
      return List.of(feed.rss(lang, "blog.feed.blogs", "blogs.rss"));
    }

    @Inject FeedLinks feed;
  }

  /** The blog's feeds as pages name them in their head. */
  @ApplicationScoped
  public static class FeedLinks {

    @Inject Texts catalog;

    @Inject Settings settings;

    /**
     * An RSS feed of the site's language.
     *
     * @param lang the language
     * @param titleKey the message key of its title, which takes the site's name
     * @param file its file name under {@code /feeds/<lang>/}
     * @return the link
     */
    FeedLink rss(String lang, String titleKey, String file) {
      return new FeedLink(
          FeedLink.RSS,
          catalog.formatIn(lang, titleKey, settings.get(Settings.NAME)),
          "/feeds/" + lang + "/" + file);
    }
  }

  /** The "Posts" tab of chapter pages. */
  @ApplicationScoped
  public static class PostsTab implements ChapterTab {
    @Override
    public String moduleId() {
      return BlogModule.ID;
    }

    @Override
    public String tabId() {
      return "posts";
    }

    @Override
    public String labelKey() {
      return "blog.chapter.tab";
    }

    @Override
    public String fragment() {
      return "/blog/tabs/chapter.xhtml";
    }

    @Override
    public int order() {
      return 20;
    }
  }

  /** The lists, and every published post in its language, for the sitemap. */
  @ApplicationScoped
  public static class Sitemap implements SitemapContribution {

    @Inject PostIndex index;

    @Override
    public String moduleId() {
      return BlogModule.ID;
    }

    @Override
    public List<Entry> sitemap(List<String> languages) {
      List<Entry> list = new ArrayList<>();
      for (String lang : languages) {
        list.add(new Entry(lang, "news", null));
        list.add(new Entry(lang, "blogs", null));
      }
      for (PostIndex.Published p : index.publishedPaths()) {
        if (languages.contains(p.language())) {
          list.add(new Entry(p.language(), p.path(), p.updated()));
        }
      }
      return list;
    }
  }

  /** The administration's link to the blog's settings and imports. */
  @ApplicationScoped
  public static class Admin implements AdminPage {
    @Override
    public String moduleId() {
      return BlogModule.ID;
    }

    @Override
    public String labelKey() {
      return "blog.admin.link";
    }

    @Override
    public String path() {
      return "admin/blog";
    }

    @Override
    public String permission() {
      return BlogModule.PUBLISH_NEWS;
    }
  }
}
