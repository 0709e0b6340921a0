package org.plenum.search.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.AccessKeys;
import org.plenum.api.Audit;
import org.plenum.api.CorePermissions;
import org.plenum.api.CurrentReader;
import org.plenum.api.Permissions;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.search.SearchFollower;
import org.plenum.search.SearchIndex;
import org.plenum.search.SearchService;
import org.plenum.spi.SearchDocument;

/** The search over HTTP: what the caller may see of what matches, with facets. */
@Path("v1/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
public class SearchResource {

  @Inject SearchService search;

  @Inject AccessKeys keys;

  @Inject CurrentReader caller;

  @Inject SearchIndex index;

  @Inject SearchFollower follower;

  @Inject Permissions authorizer;

  @Inject Audit audit;

  /**
   * Titles that begin with what was typed, for a search box: only items the caller may read.
   *
   * @param q what was typed; the last word may be begun
   * @return {@code {suggestions: [{title, type, path, language}]}}
   */
  @GET
  @Path("suggest")
  @Operation(operationId = "suggestSearchTitles", summary = "Suggest titles while typing")
  @APIResponse(
      responseCode = "200",
      description = "The titles",
      content = @Content(schema = @Schema(ref = "SearchSuggestions")))
  public JsonObject suggest(@QueryParam("q") String q) {
    JsonArrayBuilder list = JsonBuilders.array();
    for (SearchService.Suggestion s : search.suggest(q, keys.of(caller.getCaller()))) {
      list.add(
          JsonBuilders.object()
              .add("title", s.title())
              .add("type", s.type())
              .add("path", s.path())
              .add("language", s.language()));
    }
    return JsonBuilders.object().add("suggestions", list).build();
  }

  /**
   * The index's state, for administrators.
   *
   * @return {@code {ready, rebuilding, done, total, documents, followed, latest}}: {@code followed}
   *     is the newest change of the change log the index has applied, {@code latest} the newest
   *     logged
   */
  @GET
  @Path("status")
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "getSearchStatus", summary = "The search index's state (administrators)")
  @APIResponse(
      responseCode = "200",
      description = "The state",
      content = @Content(schema = @Schema(ref = "SearchStatus")))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public JsonObject status() {
    authorizer.require(caller.getCaller(), CorePermissions.ADMIN);
    long[] p = index.progress();
    return JsonBuilders.object()
        .add("ready", index.isReady())
        .add("rebuilding", index.isRebuilding())
        .add("done", p[0])
        .add("total", p[1])
        .add("documents", index.documents())
        .add("followed", follower.followed())
        .add("latest", follower.latest())
        .build();
  }

  /**
   * Builds the index anew in the background; searches keep using the one in use until the new one
   * is ready.
   *
   * @return 202 with the state
   */
  @POST
  @Path("rebuild")
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "rebuildSearchIndex",
      summary = "Rebuild the search index (administrators)")
  @APIResponse(
      responseCode = "202",
      description = "The rebuild begun; the state",
      content = @Content(schema = @Schema(ref = "SearchStatus")))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public Response rebuild() {
    authorizer.require(caller.getCaller(), CorePermissions.ADMIN);
    follower.rebuildInBackground();
    audit.record(caller.getCaller().username(), "search.rebuild", null, "api", caller.getAddress());
    return Response.accepted(status()).build();
  }

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
   * @return {@code {total, page, pages, ready, hits: [{type, id, title, path, url?, language,
   *     date?, chapter?, snippet}], facets: {type, chapter, lang, year}}}
   */
  @GET
  @Operation(operationId = "searchItems", summary = "Search everything the caller may read")
  @APIResponse(
      responseCode = "200",
      description = "What matches",
      content = @Content(schema = @Schema(ref = "SearchResults")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  public JsonObject search(
      @QueryParam("q") String q,
      @QueryParam("type") String type,
      @QueryParam("chapter") String chapter,
      @QueryParam("lang") String lang,
      @QueryParam("year") String year,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page) {
    if (q == null || q.isBlank()) {
      throw new ProblemException(400, "search.error.query");
    }
    int n = page != null && page.matches("\\d{1,3}") ? Integer.parseInt(page) : 1;
    SearchService.Results r =
        search.search(
            new SearchService.Ask(q, type, chapter, lang, year, "date".equals(sort), n),
            keys.of(caller.getCaller()));
    JsonArrayBuilder hits = JsonBuilders.array();
    for (SearchService.Hit h : r.hits()) {
      JsonObjectBuilder o =
          JsonBuilders.object()
              .add("type", h.type())
              .add("id", h.id())
              .add("title", h.title())
              .add("path", h.path())
              .add("language", h.language())
              .add("snippet", h.snippet())
              .add("restricted", h.restricted());
      if (!SearchDocument.ANY_LANGUAGE.equals(h.language())) {
        // an item in no language in particular is read under any language prefix
        o.add("url", "/" + h.language() + "/" + h.path());
      }
      if (h.date() != null) {
        o.add("date", h.date().toString());
      }
      if (h.chapterId() != null) {
        o.add("chapter", h.chapterId());
      }
      hits.add(o);
    }
    JsonObjectBuilder facets = JsonBuilders.object();
    for (Map.Entry<String, List<SearchService.Count>> f : r.facets().entrySet()) {
      JsonObjectBuilder values = JsonBuilders.object();
      f.getValue().forEach(c -> values.add(c.value(), c.count()));
      facets.add(f.getKey(), values);
    }
    return JsonBuilders.object()
        .add("total", r.total())
        .add("page", r.page())
        .add("pages", r.pages())
        .add("ready", r.ready())
        .add("hits", hits)
        .add("facets", facets)
        .build();
  }
}
