package org.plenum.projects.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of a project's translations, as the OpenAPI document describes them. */
final class TranslationBodies {

  private TranslationBodies() {}

  @Schema(name = "ProjectTranslationChange", description = "A project's texts in a language")
  record Change(
      @Schema(required = true, maxLength = 200, example = "Foire du livre 2027") String title,
      @Schema(
              required = true,
              maxLength = 300,
              example = "Une foire du livre à Londres au printemps.")
          String summary,
      @Schema(
              maxLength = 20000,
              description = "Markdown; left out, the description is read in the project's language",
              example = "**Qui** : nous tous.")
          String description) {}

  @Schema(name = "ProjectTranslation", description = "A project's texts in another language")
  record Translation(
      @Schema(required = true, example = "fr") String language,
      @Schema(required = true, example = "Foire du livre 2027") String title,
      @Schema(required = true, example = "Une foire du livre à Londres au printemps.")
          String summary,
      @Schema(description = "As written", example = "**Qui** : nous tous.") String description,
      @Schema(
              description = "Rendered and sanitised",
              example = "<p><strong>Qui</strong> : nous tous.</p>")
          String descriptionHtml,
      @Schema(required = true, example = "2026-12-07T10:00:00Z") String translatedAt) {}

  @Schema(name = "ProjectTranslationList", description = "A project's translations")
  record TranslationList(
      @Schema(required = true, implementation = Translation.class)
          List<Translation> translations) {}
}
