package org.plenum.blog.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.Audit;
import org.plenum.api.CurrentReader;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.blog.Blog;
import org.plenum.blog.BlogRules;
import org.plenum.blog.Blogs;
import org.plenum.blog.ImportJobs;

/**
 * Importing a JSON file of posts ({@code [{title, slug, body, lang, tags, date, excerpt}]}) into a
 * blog, in the background, and following its progress. Running the same import again adds nothing;
 * one stopped half-way is finished by running it again.
 */
@Path("v1/blog/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "blog")
public class ImportsResource {

  @Inject ImportJobs imports;

  @Inject Blogs blogs;

  @Inject BlogRules rules;

  @Inject CurrentReader caller;

  @Inject Audit audit;

  @Context UriInfo uri;

  /**
   * Starts an import.
   *
   * @param blog the blog's slug ({@code news} by default)
   * @param file the JSON array of posts
   * @return 202 with the import's progress and its address
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(
      operationId = "importPosts",
      summary = "Import a JSON file of posts into a blog (its publishers)")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = BlogBodies.ImportItem.class)))
  @APIResponse(
      responseCode = "202",
      description = "The import started; Location names its progress",
      content = @Content(schema = @Schema(ref = "PostImportProgress")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response start(@QueryParam("blog") String blog, InputStream file) {
    BlogRules.Actor actor = PostJson.actor(rules, caller);
    Blog target =
        blog == null || Blog.NEWS.equals(blog)
            ? blogs.news()
            : blogs
                .blog(blog)
                .orElseThrow(() -> new ProblemException(404, "blog.error.blogNotFound"));
    ImportJobs.Job job = imports.start(actor, target, file);
    audit.record(caller, "post.import", target.getSlug(), job.getId());
    return Response.accepted(json(job))
        .location(uri.getBaseUriBuilder().path("v1/blog/imports/{id}").build(job.getId()))
        .build();
  }

  /**
   * An import's progress.
   *
   * @param id the import
   * @return {@code {id, blog, total, read, percent, done, added?, skipped?, refused?, error?}}
   */
  @GET
  @Path("{id}")
  @SecurityRequirement(name = "basic")
  @Operation(operationId = "getPostImport", summary = "Follow an import")
  @APIResponse(
      responseCode = "200",
      description = "The import's progress",
      content = @Content(schema = @Schema(ref = "PostImportProgress")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public JsonObject progress(@PathParam("id") String id) {
    PostJson.actor(rules, caller);
    ImportJobs.Job job =
        imports
            .find(id)
            .filter(j -> j.getBy().equals(caller.getCaller().username()))
            .orElseThrow(() -> new ProblemException(404, "blog.import.error.notFound"));
    return json(job);
  }

  static JsonObject json(ImportJobs.Job job) {
    JsonObjectBuilder o =
        JsonBuilders.object()
            .add("id", job.getId())
            .add("blog", job.getBlog())
            .add("total", job.getTotal())
            .add("read", job.getRead())
            .add("percent", job.getPercent())
            .add("done", job.isDone());
    if (job.getResult() != null) {
      o.add("added", job.getResult().added())
          .add("skipped", job.getResult().skipped())
          .add("refused", job.getResult().refused());
    }
    if (job.getError() != null) {
      o.add("error", job.getError());
    }
    return o.build();
  }
}
