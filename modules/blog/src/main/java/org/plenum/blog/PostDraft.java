package org.plenum.blog;

import java.util.List;
import java.util.Set;

/**
 * What an author writes: everything a save may change.
 *
 * @param title the title, 1 to 200 characters
 * @param slug the address in its blog, or blank to make one from the title
 * @param summary a plain-text summary, up to 1,000 characters, or blank
 * @param body the body in Markdown, up to 200,000 characters
 * @param language the language it is written in
 * @param coauthors member addresses (profile slugs) of its authors, in order; a new post's writer
 *     is put first when not named; {@code null} leaves a stored post's authors as they are
 * @param tags tags, each up to 50 characters, at most 20; {@code null} leaves a stored post's tags
 *     as they are
 * @param translationOf the post this one translates, or {@code null}
 */
public record PostDraft(
    String title,
    String slug,
    String summary,
    String body,
    String language,
    List<String> coauthors,
    Set<String> tags,
    Long translationOf) {}
