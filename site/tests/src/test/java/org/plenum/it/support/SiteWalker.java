package org.plenum.it.support;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenum.testkit.Http;

/**
 * Finds a site's public pages the way a visitor would: from the home page of a language, every
 * same-site link to an HTML page of that language, breadth first. A module that registers a page
 * and links to it is checked the day it lands.
 */
public final class SiteWalker {

  private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");

  private SiteWalker() {}

  /**
   * Walks the pages of one language.
   *
   * @param http a client, anonymous
   * @param lang the language
   * @param max the most pages to visit
   * @return the paths of the pages that answered 200 with HTML, in the order found
   */
  public static List<String> walk(Http http, String lang, int max) {
    Set<String> seen = new LinkedHashSet<>();
    Set<String> pages = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add("/" + lang + "/");
    seen.add("/" + lang + "/");
    while (!queue.isEmpty() && pages.size() < max) {
      String path = queue.poll();
      HttpResponse<String> r = http.get(path);
      if (r.statusCode() != 200
          || !r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
        continue;
      }
      pages.add(path);
      Matcher m = HREF.matcher(r.body());
      while (m.find()) {
        String link = m.group(1).replace("&amp;", "&");
        // pages of this language; one sample of each query-driven page is enough
        if (link.startsWith("/" + lang + "/") && !link.contains("?") && seen.add(link)) {
          queue.add(link);
        }
      }
    }
    return List.copyOf(pages);
  }
}
