package org.plenum.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenum.api.AccessKeys;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.Texts;
import org.plenum.search.SearchService;
import org.plenum.spi.SearchDocument;

/**
 * The results page: the words asked, the items found that the reader may see with a highlighted
 * snippet each, facets that narrow them (type, chapter, language, year), sorting by relevance or
 * date, pages. Everything is in the address, so a search can be bookmarked.
 */
@Named("searchView")
@RequestScoped
public class SearchView {

  @Inject SearchService search;

  @Inject AccessKeys keys;

  @Inject CurrentReader current;

  @Inject Chapters chapters;

  @Inject Texts msg;

  private SearchService.Results results;
  private final Map<String, String> chapterNames = new HashMap<>();

  /**
   * @return the words asked, or empty
   */
  public String getQ() {
    String q = current.query("q");
    return q == null ? "" : q;
  }

  /**
   * @return true when words were asked
   */
  public boolean isAsked() {
    return !getQ().isBlank();
  }

  private String param(String name) {
    String v = current.query(name);
    return v == null || v.isBlank() || v.length() > 64 ? null : v;
  }

  /**
   * @return true for the newest first
   */
  public boolean isByDate() {
    return "date".equals(current.query("sort"));
  }

  /**
   * @return the results, searched once per request
   */
  public SearchService.Results getResults() {
    if (results == null) {
      int page = 1;
      String p = current.query("page");
      if (p != null && p.matches("\\d{1,3}")) {
        page = Integer.parseInt(p);
      }
      results =
          !isAsked()
              ? new SearchService.Results(List.of(), 0, 1, 0, Map.of(), true)
              : search.search(
                  new SearchService.Ask(
                      getQ(),
                      param("type"),
                      param("chapter"),
                      param("lang"),
                      param("year"),
                      isByDate(),
                      page),
                  keys.of(current.getCaller()));
    }
    return results;
  }

  /**
   * A facet's values with their counts.
   *
   * @param dimension {@code type}, {@code chapter}, {@code lang} or {@code year}
   * @return the values
   */
  public List<SearchService.Count> facet(String dimension) {
    return getResults().facets().getOrDefault(dimension, List.of());
  }

  /**
   * The value a facet is narrowed to.
   *
   * @param dimension the facet
   * @return its value, or {@code null}
   */
  public String chosen(String dimension) {
    return param(dimension);
  }

  /**
   * The address of this search with one parameter changed (the page starts over).
   *
   * @param name the parameter
   * @param value its value, or {@code null} to drop it
   * @return the address
   */
  public String with(String name, String value) {
    StringBuilder b =
        new StringBuilder(current.link("search")).append("?q=").append(encode(getQ()));
    for (String n : new String[] {"type", "chapter", "lang", "year", "sort", "page"}) {
      String v =
          n.equals(name)
              ? value
              : "page".equals(name) || !"page".equals(n) ? current.query(n) : null;
      if (v != null && !v.isBlank()) {
        b.append('&').append(n).append('=').append(encode(v));
      }
    }
    return b.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * What a facet's value is called.
   *
   * @param dimension the facet
   * @param value the value
   * @return its name in the reader's language
   */
  public String label(String dimension, String value) {
    return switch (dimension) {
      case "type" -> msg.text("search.type." + value);
      case "chapter" -> chapterName(value);
      case "lang" -> msg.nativeName(value);
      default -> value;
    };
  }

  /**
   * A chapter's name.
   *
   * @param id its id, as text
   * @return its name, or empty
   */
  public String chapterName(String id) {
    if (id == null || !id.matches("\\d{1,18}")) {
      return "";
    }
    return chapterNames.computeIfAbsent(
        id, k -> chapters.byId(Long.parseLong(k)).map(Chapter::getName).orElse(""));
  }

  /**
   * Where a hit is read.
   *
   * @param hit the hit
   * @return its address
   */
  public String href(SearchService.Hit hit) {
    String lang =
        SearchDocument.ANY_LANGUAGE.equals(hit.language()) ? current.getLang() : hit.language();
    return current.getBase() + "/" + lang + "/" + hit.path();
  }
}
