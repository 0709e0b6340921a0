package org.plenum.core.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of the chapters API, as the OpenAPI document describes them. */
final class ChapterBodies {

  private ChapterBodies() {}

  @Schema(name = "ChapterNode", description = "A chapter in the tree, without its description")
  record Node(
      @Schema(required = true, example = "5") long id,
      @Schema(required = true, example = "lyon") String slug,
      @Schema(required = true, example = "Lyon") String name,
      @Schema(
              required = true,
              enumeration = {"international", "national", "regional", "local", "working_group"},
              example = "local")
          String kind,
      @Schema(required = true, example = "2") long version,
      @Schema(description = "The parent's slug; absent for the root", example = "france")
          String parent,
      @Schema(example = "Lyon") String city,
      @Schema(example = "Auvergne-Rhône-Alpes") String region,
      @Schema(description = "ISO 3166 code", example = "FR") String country,
      @Schema(example = "2019-05-04") String foundedOn,
      @Schema(required = true, description = "0 for the root", example = "2") int depth,
      @Schema(required = true, description = "Its own members", example = "48") long members) {}

  @Schema(name = "Chapter", description = "A chapter with its description")
  record Full(
      @Schema(required = true, example = "5") long id,
      @Schema(required = true, example = "lyon") String slug,
      @Schema(required = true, example = "Lyon") String name,
      @Schema(
              required = true,
              enumeration = {"international", "national", "regional", "local", "working_group"},
              example = "local")
          String kind,
      @Schema(required = true, example = "2") long version,
      @Schema(description = "The parent's slug; absent for the root", example = "france")
          String parent,
      @Schema(example = "Lyon") String city,
      @Schema(example = "Auvergne-Rhône-Alpes") String region,
      @Schema(description = "ISO 3166 code", example = "FR") String country,
      @Schema(example = "2019-05-04") String foundedOn,
      @Schema(required = true, description = "Markdown", example = "We meet **every Monday**.")
          String description,
      @Schema(
              required = true,
              description = "The description as sanitised HTML",
              example = "<p>We meet <strong>every Monday</strong>.</p>")
          String html,
      @Schema(required = true, description = "Its own members", example = "48") long members) {}

  @Schema(name = "ChapterNew", description = "A chapter to found")
  record New(
      @Schema(required = true, description = "The parent's slug", example = "france") String parent,
      @Schema(
              required = true,
              enumeration = {"international", "national", "regional", "local", "working_group"},
              example = "local")
          String kind,
      @Schema(required = true, maxLength = 200, example = "Lyon") String name,
      @Schema(description = "Made from the name when left out", example = "lyon") String slug,
      @Schema(maxLength = 120, example = "Lyon") String city,
      @Schema(maxLength = 120, example = "Auvergne-Rhône-Alpes") String region,
      @Schema(description = "ISO 3166 code", example = "FR") String country,
      @Schema(description = "Not in the future", example = "2019-05-04") String foundedOn,
      @Schema(maxLength = 20000, description = "Markdown", example = "We meet **every Monday**.")
          String description) {}

  @Schema(
      name = "ChapterChange",
      description = "A chapter's changed fields: a field left out keeps its value, null clears it")
  record Change(
      @Schema(required = true, description = "The version read", example = "2") long version,
      @Schema(
              enumeration = {"international", "national", "regional", "local", "working_group"},
              example = "local")
          String kind,
      @Schema(maxLength = 200, example = "Lyon") String name,
      @Schema(nullable = true, description = "Made from the name when null", example = "lyon")
          String slug,
      @Schema(nullable = true, maxLength = 120, example = "Lyon") String city,
      @Schema(nullable = true, maxLength = 120, example = "Auvergne-Rhône-Alpes") String region,
      @Schema(nullable = true, description = "ISO 3166 code", example = "FR") String country,
      @Schema(nullable = true, description = "Not in the future", example = "2019-05-04")
          String foundedOn,
      @Schema(
              nullable = true,
              maxLength = 20000,
              description = "Markdown",
              example = "We meet **every Monday**.")
          String description) {}

  @Schema(name = "ChapterMove", description = "A chapter's new parent")
  record Move(
      @Schema(required = true, description = "The new parent's slug", example = "france")
          String parent) {}

  @Schema(name = "ChapterCoordinator", description = "A coordinator of a chapter")
  record Coordinator(
      @Schema(required = true, example = "Ada Lovelace") String name,
      @Schema(required = true, description = "The profile address", example = "ada-lovelace")
          String member) {}
}
