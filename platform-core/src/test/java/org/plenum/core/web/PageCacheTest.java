package org.plenum.core.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenum.spi.ContentChanged;

class PageCacheTest {

  private static PageCache.Entry page(String body, String... tags) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return new PageCache.Entry(
        bytes, "text/html", List.of(), PageCache.etag(bytes), 0, Set.of(tags));
  }

  @Test
  void aChangeDropsThePagesThatShowItAndThePagesThatShowEverything() {
    PageCache cache = new PageCache();
    long g = cache.generation();
    cache.put("/en/news/a", page("a", "blog.post:1"), g);
    cache.put("/en/news/b", page("b", "blog.post:2"), g);
    cache.put("/en/", page("home", PageCache.ANY), g);
    cache.invalidate(Set.of("blog.post:1"));
    assertNull(cache.get("/en/news/a"));
    assertNotNull(cache.get("/en/news/b"), "another post's page stays");
    assertNull(cache.get("/en/"), "the home page shows a little of everything");
    cache.invalidate(Set.of(ContentChanged.EVERYTHING));
    assertNull(cache.get("/en/news/b"));
  }

  @Test
  void aPageBegunBeforeAChangeIsNotKept() {
    PageCache cache = new PageCache();
    long begun = cache.generation();
    cache.invalidate(Set.of("blog.lists"));
    cache.put("/en/news", page("stale", "blog.lists"), begun);
    assertNull(cache.get("/en/news"), "rendered from data read before the change");
  }

  @Test
  void entityTagsFollowTheBytesAndMatchLikeHttpSays() {
    String a = PageCache.etag("one".getBytes(StandardCharsets.UTF_8));
    String b = PageCache.etag("two".getBytes(StandardCharsets.UTF_8));
    assertNotEquals(a, b);
    assertTrue(a.startsWith("\"") && a.endsWith("\""));
    assertTrue(PageCache.matches(a, a));
    assertTrue(PageCache.matches("W/" + a, a), "weak comparison for If-None-Match");
    assertTrue(PageCache.matches(b + ", " + a, a));
    assertTrue(PageCache.matches("*", a));
    assertFalse(PageCache.matches(b, a));
    assertFalse(PageCache.matches(null, a));
  }
}
