package org.plenum.pages.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of the pages API, as the OpenAPI document describes them. */
final class PageBodies {

  private PageBodies() {}

  @Schema(name = "PageNew", description = "A new page")
  record PageNew(
      @Schema(required = true, example = "en") String language,
      @Schema(required = true, maxLength = 200, example = "Who we are") String title,
      @Schema(description = "Made from the title when left out", example = "who-we-are")
          String slug,
      @Schema(required = true, description = "Markdown", example = "We are **members**.")
          String body,
      @Schema(description = "Place in the menu; left out of the menu when absent", example = "1")
          Integer menuOrder,
      @Schema(description = "Id of the page this one translates", example = "12")
          Long translationOf) {}

  @Schema(name = "PageChange", description = "A page's new text")
  record PageChange(
      @Schema(required = true, description = "The version read", example = "3") long version,
      @Schema(required = true, maxLength = 200, example = "Who we are") String title,
      @Schema(example = "who-we-are") String slug,
      @Schema(required = true, description = "Markdown", example = "We are **members**.")
          String body,
      @Schema(example = "1") Integer menuOrder) {}

  @Schema(name = "PageSummary", description = "A page without its text")
  record PageSummary(
      @Schema(required = true, example = "12") long id,
      @Schema(required = true, example = "en") String language,
      @Schema(required = true, example = "who-we-are") String slug,
      @Schema(required = true, example = "Who we are") String title,
      @Schema(required = true, example = "3") long version,
      @Schema(required = true, example = "2026-12-01T10:15:30Z") String updatedAt,
      @Schema(example = "1") Integer menuOrder) {}

  @Schema(name = "Page", description = "A page with its text and translations")
  record PageFull(
      @Schema(required = true, example = "12") long id,
      @Schema(required = true, example = "en") String language,
      @Schema(required = true, example = "who-we-are") String slug,
      @Schema(required = true, example = "Who we are") String title,
      @Schema(required = true, example = "3") long version,
      @Schema(required = true, example = "2026-12-01T10:15:30Z") String updatedAt,
      @Schema(example = "1") Integer menuOrder,
      @Schema(required = true, description = "Markdown", example = "We are **members**.")
          String body,
      @Schema(
              required = true,
              description = "The body as sanitised HTML",
              example = "<p>We are <strong>members</strong>.</p>")
          String html,
      @Schema(required = true, implementation = Translation.class)
          List<Translation> translations) {}

  @Schema(name = "PageTranslation")
  record Translation(
      @Schema(required = true, example = "fr") String language,
      @Schema(required = true, example = "qui-sommes-nous") String slug) {}
}
