package org.plenum.blog.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.blog.Blog;
import org.plenum.blog.BlogService;
import org.plenum.blog.Post;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.content.Slugs;
import org.plenum.core.identity.Accounts;
import org.plenum.core.rest.ProblemException;

/**
 * Published posts over HTTP, for anyone: lists filtered by blog, tag, author and language,
 * paged; one post with its body, with an {@code ETag} so that clients revalidate cheaply.
 */
@Path("v1/blog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "blog")
public class PostsResource {

  /** The most posts one page of the API holds. */
  static final int MAX_SIZE = 100;

  @Inject
  BlogService blogs;

  @Inject
  Accounts accounts;

  @Context
  Request request;

  /**
   * Published posts, newest first.
   *
   * @param blog a blog's slug ({@code news} for the News), or none
   * @param tag a tag or its slug, or none
   * @param author an author's profile address, or none
   * @param lang only this language, or none
   * @param page the page, from 1
   * @param size posts per page, 1 to 100 (10)
   * @return the page: {@code page}, {@code pages}, {@code total}, {@code posts}
   */
  @GET
  @Path("posts")
  @Operation(summary = "List published posts")
  public JsonObject list(@QueryParam("blog") String blog, @QueryParam("tag") String tag,
      @QueryParam("author") String author, @QueryParam("lang") String lang,
      @QueryParam("page") String page, @QueryParam("size") String size) {
    int p = number(page, 1);
    int n = number(size, BlogService.PAGE_SIZE);
    if (p < 1 || p > 100_000 || n < 1 || n > MAX_SIZE) {
      throw new ProblemException(400, "blog.error.paging", MAX_SIZE);
    }
    if (lang != null && !lang.matches("[a-z]{2,3}")) {
      throw new ProblemException(400, "blog.error.language");
    }
    Long blogId = null;
    if (blog != null) {
      blogId = blogs.blog(blog).map(Blog::getId)
          .orElseThrow(() -> new ProblemException(404, "blog.error.blogNotFound"));
    }
    String tagName = null;
    if (tag != null) {
      tagName = blogs.tagForSlug(tag).orElse(tag.length() <= 50 ? tag : null);
      if (tagName == null) {
        throw new ProblemException(404, "blog.error.tagNotFound");
      }
    }
    Long authorId = null;
    if (author != null) {
      authorId = (Slugs.valid(author) ? accounts.bySlug(author) : java.util.Optional
          .<org.plenum.core.identity.Account>empty()).map(a -> a.id())
          .orElseThrow(() -> new ProblemException(404, "blog.error.authorNotFound"));
    }
    BlogService.Filter filter = new BlogService.Filter(blogId, tagName, authorId, null, false,
        lang);
    BlogService.Slice slice = blogs.list(filter, lang == null ? "en" : lang, p, n);
    JsonArrayBuilder array = Json.createArrayBuilder();
    slice.posts().forEach(post -> array.add(summary(post)));
    return Json.createObjectBuilder().add("page", slice.page()).add("pages", slice.pages())
        .add("total", slice.total()).add("posts", array).build();
  }

  /**
   * One published post.
   *
   * @param id its id
   * @return the post with its body, or 304 when the client's copy is current
   */
  @GET
  @Path("posts/{id}")
  @Operation(summary = "Read a published post")
  public Response get(@PathParam("id") long id) {
    Post post = blogs.publishedById(id)
        .orElseThrow(() -> new ProblemException(404, "blog.error.postNotFound"));
    EntityTag tag = new EntityTag(post.getId() + "-" + post.getVersion(), true);
    Date modified = Date.from(post.getUpdated());
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(modified, tag);
    if (unchanged != null) {
      return unchanged.tag(tag).build();
    }
    JsonObject full = summary(post).add("body", post.getBodyHtml()).build();
    return Response.ok(full).tag(tag).lastModified(modified).build();
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

  private JsonObjectBuilder summary(Post p) {
    Blog blog = blogs.blog(p.getBlogId()).orElseThrow();
    JsonArrayBuilder authors = Json.createArrayBuilder();
    for (ChapterService.Person person : blogs.people(p.getAuthorIds())) {
      authors.add(Json.createObjectBuilder().add("name", person.name())
          .add("member", person.slug()));
    }
    JsonArrayBuilder tags = Json.createArrayBuilder();
    p.getTagList().forEach(tags::add);
    String path = "/" + p.getLanguage() + "/" + blog.postPath(p.getSlug());
    JsonObjectBuilder o = Json.createObjectBuilder()
        .add("id", p.getId())
        .add("blog", blog.getSlug())
        .add("slug", p.getSlug())
        .add("title", p.getTitle())
        .add("language", p.getLanguage())
        .add("published", p.getPublished().toString())
        .add("authors", authors)
        .add("tags", tags)
        .add("path", path);
    if (p.getSummary() != null) {
      o.add("summary", p.getSummary());
    }
    return o;
  }
}
