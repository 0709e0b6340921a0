package org.plenum.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One item as the site's search sees it: what to match, what to show, and who may find it. {@code
 * readers} lists the keys of those who may see the item — {@link #ANYONE}, an account ({@link
 * #account}), or the holders of a permission site-wide ({@link #permission(String)}) or within a
 * chapter ({@link #permission(String, long)}); a reader finds the item when they hold one of the
 * keys. An item nobody may read is not given to the search at all.
 *
 * @param type the kind of item, such as {@code post} (its name is the message {@code
 *     search.type.<type>} of the module's bundle)
 * @param id the item's id within its type
 * @param language the language it is written in, or {@link #ANY_LANGUAGE}; an item in any language
 *     is read at its path under the reader's language
 * @param title its title
 * @param text its text, plain (no markup)
 * @param path where it is read, below the language prefix, such as {@code news/a-post}
 * @param date the date it carries (published, held, closed…), or {@code null}
 * @param chapterId the chapter it belongs to, or {@code null}
 * @param tags its tags, may be empty
 * @param readers who may find it, at least one key
 */
public record SearchDocument(
    String type,
    String id,
    String language,
    String title,
    String text,
    String path,
    Instant date,
    Long chapterId,
    List<String> tags,
    Set<String> readers) {

  /** The language of an item written in none in particular (a chapter's name): "und". */
  public static final String ANY_LANGUAGE = "und";

  /** The key every reader holds, signed in or not. */
  public static final String ANYONE = "anyone";

  /** The key of every signed-in reader. */
  public static final String SIGNED_IN = "signed-in";

  /**
   * Checks the parts.
   *
   * @param type see the record component
   * @param id see the record component
   * @param language see the record component
   * @param title see the record component
   * @param text see the record component
   * @param path see the record component
   * @param date see the record component
   * @param chapterId see the record component
   * @param tags see the record component
   * @param readers see the record component
   */
  public SearchDocument {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(path, "path");
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    tags = tags == null ? List.of() : List.copyOf(tags);
    readers = Set.copyOf(readers);
    if (readers.isEmpty()) {
      throw new IllegalArgumentException("an item must have readers: " + type + " " + id);
    }
  }

  /**
   * The key of one account.
   *
   * @param accountId the account
   * @return its key
   */
  public static String account(long accountId) {
    return "account:" + accountId;
  }

  /**
   * The key of those who hold a permission site-wide.
   *
   * @param permission the permission
   * @return its key
   */
  public static String permission(String permission) {
    return "perm:" + permission;
  }

  /**
   * The key of those who hold a permission within a chapter (site-wide, in it, or in a chapter
   * above it).
   *
   * @param permission the permission
   * @param chapterId the chapter
   * @return its key
   */
  public static String permission(String permission, long chapterId) {
    return "perm:" + permission + "@" + chapterId;
  }
}
