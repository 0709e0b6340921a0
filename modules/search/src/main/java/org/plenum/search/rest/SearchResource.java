package org.plenum.search.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.core.identity.ReaderKeys;
import org.plenum.core.rest.CallerContext;
import org.plenum.core.rest.ProblemException;
import org.plenum.search.SearchService;

/** The search over HTTP: what the caller may see of what matches, with facets. */
@Path("v1/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
public class SearchResource {

  @Inject
  SearchService search;

  @Inject
  ReaderKeys keys;

  @Inject
  CallerContext caller;

  /**
   * Searches.
   *
   * @param q the words (phrases in quotes, {@code -word}, {@code OR})
   * @param type only this type of item
   * @param chapter only this chapter's items (its id)
   * @param lang only items in this language
   * @param year only items of this year
   * @param sort {@code relevance} (default) or {@code date}
   * @param page the page, from 1
   * @return {@code {total, page, pages, ready, hits: [...], facets: {type, chapter, lang,
   *     year}}}
   */
  @GET
  @Operation(summary = "Search everything the caller may read")
  public JsonObject search(@QueryParam("q") String q, @QueryParam("type") String type,
      @QueryParam("chapter") String chapter, @QueryParam("lang") String lang,
      @QueryParam("year") String year, @QueryParam("sort") String sort,
      @QueryParam("page") String page) {
    if (q == null || q.isBlank()) {
      throw new ProblemException(400, "search.error.query");
    }
    int n = page != null && page.matches("\\d{1,3}") ? Integer.parseInt(page) : 1;
    SearchService.Results r = search.search(new SearchService.Ask(q, type, chapter, lang, year,
        "date".equals(sort), n), keys.of(caller.caller()));
    JsonArrayBuilder hits = Json.createArrayBuilder();
    for (SearchService.Hit h : r.hits()) {
      JsonObjectBuilder o = Json.createObjectBuilder().add("type", h.type()).add("id", h.id())
          .add("title", h.title()).add("url", "/" + h.language() + "/" + h.path())
          .add("language", h.language()).add("snippet", h.snippet());
      if (h.date() != null) {
        o.add("date", h.date().toString());
      }
      if (h.chapterId() != null) {
        o.add("chapter", h.chapterId());
      }
      hits.add(o);
    }
    JsonObjectBuilder facets = Json.createObjectBuilder();
    for (Map.Entry<String, List<SearchService.Count>> f : r.facets().entrySet()) {
      JsonObjectBuilder values = Json.createObjectBuilder();
      f.getValue().forEach(c -> values.add(c.value(), c.count()));
      facets.add(f.getKey(), values);
    }
    return Json.createObjectBuilder().add("total", r.total()).add("page", r.page())
        .add("pages", r.pages()).add("ready", r.ready()).add("hits", hits)
        .add("facets", facets).build();
  }
}
