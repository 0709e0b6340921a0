package org.plenum.search.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of the search API, as the OpenAPI document describes them. */
final class SearchBodies {

  private SearchBodies() {}

  @Schema(name = "SearchSuggestion", description = "A title that begins with what was typed")
  record Suggestion(
      @Schema(required = true, example = "Who we are") String title,
      @Schema(required = true, description = "The item's type", example = "page") String type,
      @Schema(required = true, description = "Below the language prefix", example = "who-we-are")
          String path,
      @Schema(required = true, example = "en") String language) {}

  @Schema(name = "SearchSuggestions", description = "At most eight titles, newest first")
  record Suggestions(
      @Schema(required = true, implementation = Suggestion.class) List<Suggestion> suggestions) {}

  @Schema(name = "SearchStatus", description = "The search index's state")
  record Status(
      @Schema(required = true, description = "An index can be searched", example = "true")
          boolean ready,
      @Schema(required = true, example = "false") boolean rebuilding,
      @Schema(required = true, description = "Items written by the rebuild", example = "0")
          long done,
      @Schema(required = true, description = "Items the rebuild writes", example = "0") long total,
      @Schema(required = true, description = "Items in the index in use", example = "1250")
          long documents,
      @Schema(
              required = true,
              description = "Newest change of the log applied; -1 before the index has a place",
              example = "4812")
          long followed,
      @Schema(required = true, description = "Newest change logged", example = "4812")
          long latest) {}

  @Schema(name = "SearchHit", description = "An item found")
  record Hit(
      @Schema(required = true, example = "page") String type,
      @Schema(required = true, description = "Its id within its type", example = "12") String id,
      @Schema(required = true, example = "Who we are") String title,
      @Schema(required = true, description = "Below the language prefix", example = "who-we-are")
          String path,
      @Schema(required = true, description = "und for no language in particular", example = "en")
          String language,
      @Schema(
              required = true,
              description = "The text around the words found, HTML-escaped, with <mark>s; or empty",
              example = "We are <mark>members</mark>.")
          String snippet,
      @Schema(required = true, description = "Not everyone may read it", example = "false")
          boolean restricted,
      @Schema(description = "Where it is read; absent in no language", example = "/en/who-we-are")
          String url,
      @Schema(description = "Its date", example = "2026-12-01T10:15:30Z") String date,
      @Schema(description = "Its chapter's id", example = "3") Long chapter) {}

  @Schema(name = "SearchFacets", description = "How many items found have each value")
  record Facets(
      @Schema(description = "Counts by type", additionalProperties = Long.class)
          Map<String, Long> type,
      @Schema(description = "Counts by chapter id", additionalProperties = Long.class)
          Map<String, Long> chapter,
      @Schema(description = "Counts by language", additionalProperties = Long.class)
          Map<String, Long> lang,
      @Schema(description = "Counts by year, newest first", additionalProperties = Long.class)
          Map<String, Long> year) {}

  @Schema(name = "SearchResults", description = "A page of what the caller may read that matches")
  record Results(
      @Schema(required = true, description = "Items found", example = "23") long total,
      @Schema(required = true, description = "The page shown, from 1", example = "1") int page,
      @Schema(required = true, example = "3") int pages,
      @Schema(
              required = true,
              description = "False while the index is first built",
              example = "true")
          boolean ready,
      @Schema(required = true, implementation = Hit.class) List<Hit> hits,
      @Schema(required = true, description = "Empty when nothing could be searched")
          Facets facets) {}
}
