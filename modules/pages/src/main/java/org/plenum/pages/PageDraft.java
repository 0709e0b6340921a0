package org.plenum.pages;

/**
 * What an editor submits for a page.
 *
 * @param language language tag
 * @param slug the URL slug, or blank to make one from the title
 * @param title the title
 * @param body the body in Markdown
 * @param menuOrder position in the main menu, or {@code null} to leave it out
 * @param translationOf id of the page this one translates, or {@code null}
 */
public record PageDraft(
    String language,
    String slug,
    String title,
    String body,
    Integer menuOrder,
    Long translationOf) {}
