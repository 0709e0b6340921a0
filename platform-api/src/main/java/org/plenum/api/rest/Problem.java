package org.plenum.api.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every refusal of the REST API ({@code application/problem+json}, RFC 9457), as the
 * OpenAPI document describes it: {@code @APIResponse(responseCode = "400", content =
 * {@code @Content(schema = @Schema(implementation = Problem.class)))}.
 *
 * @param type always {@code about:blank}
 * @param title the refusal in a few words, in the reader's language
 * @param status the HTTP status
 * @param detail what was wrong and what to do, in the reader's language
 * @param errors for invalid input, one entry per invalid field
 */
@Schema(name = "Problem", description = "A refusal, in the reader's language (RFC 9457)")
public record Problem(
    @Schema(required = true, example = "about:blank") String type,
    @Schema(required = true, example = "Invalid input") String title,
    @Schema(required = true, example = "400") int status,
    @Schema(example = "The title is required.") String detail,
    @Schema(description = "Present when fields are invalid", implementation = FieldError.class)
        List<FieldError> errors) {

  /**
   * One invalid field.
   *
   * @param field the field's name in the request body
   * @param message what is wrong with it, in the reader's language
   */
  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(required = true, example = "title") String field,
      @Schema(required = true, example = "The title is required.") String message) {}
}
