package org.plenum.blog.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.Chapters;
import org.plenum.api.CurrentReader;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.Slugs;
import org.plenum.api.rest.Bodies;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.api.rest.Responses;
import org.plenum.blog.Blog;
import org.plenum.blog.BlogRules;
import org.plenum.blog.Blogs;
import org.plenum.blog.Post;
import org.plenum.blog.PostDraft;
import org.plenum.blog.PostIndex;
import org.plenum.blog.PostWriter;
import org.plenum.blog.PublishedPosts;
import org.plenum.blog.Tags;

/**
 * Published posts over HTTP, for anyone: lists filtered by blog, tag, author and language, paged;
 * one post with its body, with an {@code ETag} so that clients revalidate cheaply.
 */
@Path("v1/blog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "blog")
public class PostsResource {

  /** The most posts one page of the API holds. */
  static final int MAX_SIZE = 100;

  @Inject Blogs blogs;

  @Inject PublishedPosts published;

  @Inject Tags tags;

  @Inject PostIndex index;

  @Inject Members accounts;

  @Inject Chapters chapters;

  @Context UriInfo uri;

  @Context Request request;

  @Inject BlogRules rules;

  @Inject PostJson json;

  @Inject PostWriter editing;

  @Inject CurrentReader caller;

  /**
   * Published posts, newest first.
   *
   * @param blog a blog's slug ({@code news} for the News), or none
   * @param tag a tag or its slug, or none
   * @param author an author's profile address, or none
   * @param lang only this language, or none
   * @param from only posts published on or after this day ({@code 2026-01-31}), or none
   * @param until only posts published before this day, or none
   * @param page the page, from 1
   * @param size posts per page, 1 to 100 (10)
   * @return the page: {@code page}, {@code pages}, {@code total}, {@code posts}
   */
  @GET
  @Path("posts")
  @Operation(operationId = "listPosts", summary = "List published posts")
  @APIResponse(
      responseCode = "200",
      description = "The page of posts",
      content = @Content(schema = @Schema(ref = "PostPage")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject list(
      @QueryParam("blog") String blog,
      @QueryParam("tag") String tag,
      @QueryParam("author") String author,
      @QueryParam("lang") String lang,
      @QueryParam("from") String from,
      @QueryParam("until") String until,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    int p = number(page, 1);
    int n = number(size, PublishedPosts.PAGE_SIZE);
    if (p < 1 || p > 100_000 || n < 1 || n > MAX_SIZE) {
      throw new ProblemException(400, "blog.error.paging", MAX_SIZE);
    }
    if (lang != null && !lang.matches("[a-z]{2,3}")) {
      throw new ProblemException(400, "blog.error.language");
    }
    Long blogId = null;
    if (blog != null) {
      blogId =
          blogs
              .blog(blog)
              .map(Blog::getId)
              .orElseThrow(() -> new ProblemException(404, "blog.error.blogNotFound"));
    }
    String tagName = null;
    if (tag != null) {
      tagName = tags.tagForSlug(tag).orElse(tag.length() <= 50 ? tag : null);
      if (tagName == null) {
        throw new ProblemException(404, "blog.error.tagNotFound");
      }
    }
    Long authorId = null;
    if (author != null) {
      authorId =
          (Slugs.valid(author) ? accounts.bySlug(author) : Optional.<Member>empty())
              .map(a -> a.id())
              .orElseThrow(() -> new ProblemException(404, "blog.error.authorNotFound"));
    }
    PublishedPosts.Filter filter =
        new PublishedPosts.Filter(blogId, tagName, authorId, null, false, lang)
            .between(day(from), day(until));
    PublishedPosts.Slice slice = published.list(filter, lang == null ? "en" : lang, p, n);
    JsonArrayBuilder array = JsonBuilders.array();
    slice.posts().forEach(post -> array.add(json.summary(post)));
    return JsonBuilders.object()
        .add("page", slice.page())
        .add("pages", slice.pages())
        .add("total", slice.total())
        .add("posts", array)
        .build();
  }

  /**
   * Starts a post as a draft.
   *
   * @param body {@code {blog, title, slug?, summary?, body, language, authors?, tags?,
   *     translationOf?}}; {@code blog} is a blog's slug, {@code me} for one's own blog, or {@code
   *     chapter:<slug>} for a chapter's
   * @return 201 with the draft
   */
  @POST
  @Path("posts")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "createPost",
      summary = "Start a post as a draft (members, in a blog they may write in)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "PostNew")))
  @APIResponse(
      responseCode = "201",
      description = "The draft, with its ETag; Location names it",
      content = @Content(schema = @Schema(ref = "PostSaved")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response create(JsonValue body) {
    JsonObject o = Bodies.object(body);
    BlogRules.Actor actor = PostJson.actor(rules, caller);
    String where = Bodies.requiredText(o, "blog");
    Blog blog = target(actor, where);
    PostDraft draft = PostJson.draft(o, Bodies.text(o, "language"));
    Post p = PostResource.found(() -> editing.create(actor, blog, draft));
    return Responses.created(
        uri,
        json.summary(p).add("source", p.getBodySource()).build(),
        PostResource.etag(p),
        "v1/blog/posts/{id}",
        p.getId());
  }

  private Blog target(BlogRules.Actor actor, String where) {
    if ("me".equals(where)) {
      return accounts
          .byUsername(actor.caller().username())
          .map(a -> blogs.memberBlog(a.id(), a.slug()))
          .orElseThrow();
    }
    if (where.startsWith("chapter:")) {
      return chapters
          .bySlug(where.substring("chapter:".length()))
          .map(c -> blogs.chapterBlog(c.getId(), c.getSlug()))
          .orElseThrow(() -> new ProblemException(404, "blog.error.blogNotFound"));
    }
    if (Blog.NEWS.equals(where)) {
      return blogs.news();
    }
    return blogs
        .blog(where)
        .orElseThrow(() -> new ProblemException(404, "blog.error.blogNotFound"));
  }

  /**
   * The blogs that have published posts, with how many.
   *
   * @return {@code {blogs: [{slug, kind, name, posts}]}}
   */
  @GET
  @Path("blogs")
  @Operation(operationId = "listPostBlogs", summary = "List the blogs that have published posts")
  @APIResponse(
      responseCode = "200",
      description = "The blogs",
      content = @Content(schema = @Schema(ref = "PostBlogList")))
  public JsonObject blogList() {
    JsonArrayBuilder list = JsonBuilders.array();
    for (PostIndex.Counted c : index.blogsWithPosts()) {
      list.add(
          JsonBuilders.object()
              .add("slug", c.blog().getSlug())
              .add("kind", c.blog().getKind().name().toLowerCase(Locale.ROOT))
              .add("name", json.blogName(c.blog()))
              .add("posts", c.posts()));
    }
    return JsonBuilders.object().add("blogs", list).build();
  }

  /**
   * The tags of published posts, with how many posts carry each.
   *
   * @return {@code {tags: [{tag, slug, posts}]}}, most used first
   */
  @GET
  @Path("tags")
  @Operation(operationId = "listPostTags", summary = "List the tags of published posts")
  @APIResponse(
      responseCode = "200",
      description = "The tags, most used first",
      content = @Content(schema = @Schema(ref = "PostTagList")))
  public JsonObject tagList() {
    JsonArrayBuilder list = JsonBuilders.array();
    tags.tagCounts()
        .forEach(
            (tag, n) ->
                list.add(
                    JsonBuilders.object()
                        .add("tag", tag)
                        .add("slug", Slugs.from(tag))
                        .add("posts", n)));
    return JsonBuilders.object().add("tags", list).build();
  }

  private static LocalDateTime day(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text).atStartOfDay();
    } catch (DateTimeParseException e) {
      throw new ProblemException(400, "blog.error.date");
    }
  }

  private static int number(String text, int otherwise) {
    if (text == null) {
      return otherwise;
    }
    try {
      return text.length() > 7 ? -1 : Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
