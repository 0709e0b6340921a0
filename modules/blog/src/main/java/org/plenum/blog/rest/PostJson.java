package org.plenum.blog.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.Denied;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.blog.Blog;
import org.plenum.blog.BlogRules;
import org.plenum.blog.Blogs;
import org.plenum.blog.People;
import org.plenum.blog.Post;
import org.plenum.blog.PostDraft;
import org.plenum.blog.PostStatus;

/** Posts as the blog API shows and reads them. */
@RequestScoped
public class PostJson {

  @Inject Blogs blogs;

  @Inject People people;

  @Inject Chapters chapters;

  /**
   * A post's fields, without its body.
   *
   * @param p the post
   * @return its fields
   */
  public JsonObjectBuilder summary(Post p) {
    Blog blog = blogs.blog(p.getBlogId()).orElseThrow();
    JsonArrayBuilder authors = JsonBuilders.array();
    for (Chapters.Person person : people.people(p.getAuthorIds())) {
      authors.add(JsonBuilders.object().add("name", person.name()).add("member", person.slug()));
    }
    JsonArrayBuilder tags = JsonBuilders.array();
    p.getTagList().forEach(tags::add);
    String path = "/" + p.getLanguage() + "/" + blog.postPath(p.getSlug());
    JsonObjectBuilder o =
        JsonBuilders.object()
            .add("id", p.getId())
            .add("blog", blog.getSlug())
            .add("slug", p.getSlug())
            .add("title", p.getTitle())
            .add("language", p.getLanguage())
            .add("status", status(p.getStatus()))
            .add("version", p.getVersion())
            .add("authors", authors)
            .add("tags", tags)
            .add("path", path);
    if (p.getPublished() != null) {
      o.add("published", p.getPublished().toString());
    }
    if (p.getScheduled() != null) {
      o.add("scheduled", p.getScheduled().toString());
    }
    if (p.getSummary() != null) {
      o.add("summary", p.getSummary());
    }
    if (p.getCover() != null) {
      o.add("cover", "/media/covers/" + p.getCover());
    }
    return o;
  }

  /**
   * Whose a blog is.
   *
   * @param blog the blog
   * @return "news", a chapter's or a member's name
   */
  public String blogName(Blog blog) {
    if (blog.isNews()) {
      return Blog.NEWS;
    }
    if (blog.getChapterId() != null) {
      return chapters.byId(blog.getChapterId()).map(c -> c.getName()).orElse(blog.getSlug());
    }
    return people.people(List.of(blog.getAccountId())).stream()
        .findFirst()
        .map(Chapters.Person::name)
        .orElse(blog.getSlug());
  }

  /**
   * Reads what a client wrote.
   *
   * @param o the body
   * @param language the post's language
   * @return the draft
   */
  static PostDraft draft(JsonObject o, String language) {
    Long translationOf = o.get("translationOf") instanceof JsonNumber n ? n.longValue() : null;
    List<String> tags = texts(o, "tags");
    return new PostDraft(
        Bodies.text(o, "title"),
        Bodies.text(o, "slug"),
        Bodies.text(o, "summary"),
        Bodies.text(o, "body"),
        language,
        texts(o, "authors"),
        tags == null ? null : new LinkedHashSet<>(tags),
        translationOf);
  }

  /**
   * The caller as an actor, or a 401.
   *
   * @param rules the blog's rules
   * @param caller the caller
   * @return the actor
   */
  static BlogRules.Actor actor(BlogRules rules, CurrentReader caller) {
    return rules.actor(caller.getCaller()).orElseThrow(() -> new Denied(true, "blog.post.write"));
  }

  /**
   * @return an empty object, for answers without content
   */
  static JsonObject empty() {
    return JsonBuilders.object().build();
  }

  /**
   * Reads a list of texts from a JSON field.
   *
   * @param o the object
   * @param field the field
   * @return the texts, or {@code null} when absent
   */
  static List<String> texts(JsonObject o, String field) {
    if (!o.containsKey(field) || o.isNull(field)) {
      return null;
    }
    if (!(o.get(field) instanceof JsonArray a)) {
      throw new ProblemException(400, "core.problem.missingField", field);
    }
    List<String> list = new ArrayList<>();
    for (JsonValue v : a) {
      if (!(v instanceof JsonString s)) {
        throw new ProblemException(400, "core.problem.missingField", field);
      }
      list.add(s.getString());
    }
    return list;
  }

  /**
   * @return a post's status as the API names it
   */
  static String status(PostStatus s) {
    return s.name().toLowerCase(Locale.ROOT);
  }
}
