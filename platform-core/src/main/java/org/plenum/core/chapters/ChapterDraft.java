package org.plenum.core.chapters;

import java.time.LocalDate;

/**
 * What an editor submits for a chapter.
 *
 * @param kind the kind
 * @param name the name
 * @param slug the URL slug, or blank to make one from the name
 * @param city the city, may be blank
 * @param region the region, may be blank
 * @param country the ISO 3166 two-letter country code, may be blank
 * @param foundedOn the founding date, or {@code null}
 * @param description the description in Markdown
 */
public record ChapterDraft(
    ChapterKind kind,
    String name,
    String slug,
    String city,
    String region,
    String country,
    LocalDate foundedOn,
    String description) {}
