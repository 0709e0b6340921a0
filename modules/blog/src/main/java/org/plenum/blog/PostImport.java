package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.Reader;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import org.plenum.api.Slugs;

/**
 * Imports posts from JSON: an array of {@code {title, slug, body (HTML), lang, tags, categories,
 * date, excerpt}}. Each post is stored in its own transaction and skipped when its blog already has
 * one at its address, so running an import twice changes nothing and an import that was stopped
 * half-way completes when run again. Bodies go through the same sanitiser as written posts.
 */
@ApplicationScoped
public class PostImport {

  private static final Logger LOG = Logger.getLogger(PostImport.class.getName());

  @Inject PostWriter writer;

  /**
   * Where an imported post goes and who wrote it.
   *
   * @param blog the blog
   * @param authors account ids, in order
   */
  public record Target(Blog blog, List<Long> authors) {}

  /**
   * A post as an import brings it.
   *
   * @param title title
   * @param slug address
   * @param body HTML (or Markdown) body, sanitised on the way in
   * @param language language
   * @param summary plain-text summary
   * @param tags tags
   * @param date publication time, UTC
   */
  public record Imported(
      String title,
      String slug,
      String body,
      String language,
      String summary,
      Set<String> tags,
      LocalDateTime date) {}

  /**
   * What an import did.
   *
   * @param read posts read
   * @param added posts stored
   * @param skipped posts already there
   * @param refused posts that were not valid (no title, a bad address, no date)
   */
  public record Result(int read, int added, int skipped, int refused) {}

  /**
   * Imports a JSON array of posts, streaming it.
   *
   * @param json the array
   * @param target where each post goes, given the post and its position
   * @return what was done
   */
  public Result run(Reader json, Function<JsonObject, Target> target) {
    int read = 0;
    int added = 0;
    int skipped = 0;
    int refused = 0;
    try (JsonParser parser = Json.createParser(json)) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
        throw new IllegalArgumentException("an import is a JSON array of posts");
      }
      for (JsonValue value : (Iterable<JsonValue>) parser.getArrayStream()::iterator) {
        read++;
        if (!(value instanceof JsonObject post)) {
          refused++;
          continue;
        }
        Imported imported = parse(post);
        if (imported == null) {
          refused++;
          continue;
        }
        Target t = target.apply(post);
        if (writer.importPublished(t.blog(), imported, t.authors())) {
          added++;
        } else {
          skipped++;
        }
        if (read % 250 == 0) {
          int n = read;
          LOG.info(() -> "Import: " + n + " posts read");
        }
      }
    }
    Result r = new Result(read, added, skipped, refused);
    LOG.info(() -> "Import done: " + r);
    return r;
  }

  static Imported parse(JsonObject post) {
    String title = text(post, "title");
    String slug = text(post, "slug");
    String body = text(post, "body");
    String date = text(post, "date");
    if (title == null
        || title.isBlank()
        || title.length() > 200
        || slug == null
        || !Slugs.valid(slug)
        || body == null
        || body.length() > 200_000
        || date == null) {
      return null;
    }
    LocalDateTime when;
    try {
      when = LocalDateTime.parse(date);
    } catch (DateTimeParseException e) {
      return null;
    }
    String lang = text(post, "lang");
    if (lang == null) {
      lang = text(post, "language");
    }
    Set<String> tags = new LinkedHashSet<>();
    if (post.get("tags") instanceof JsonArray array) {
      for (JsonValue v : array) {
        if (v instanceof JsonString s
            && !s.getString().isBlank()
            && s.getString().length() <= 50
            && tags.size() < 20) {
          tags.add(s.getString().strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    String summary = text(post, "excerpt");
    if (summary != null && summary.length() > 1000) {
      summary = summary.substring(0, 999) + "…";
    }
    return new Imported(
        title.strip(),
        slug,
        body,
        lang == null ? "en" : lang.toLowerCase(Locale.ROOT),
        summary,
        tags,
        when);
  }

  private static String text(JsonObject o, String name) {
    return o.get(name) instanceof JsonString s ? s.getString() : null;
  }
}
