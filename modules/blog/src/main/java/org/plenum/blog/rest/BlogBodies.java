package org.plenum.blog.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of the blog API, as the OpenAPI document describes them. */
final class BlogBodies {

  private BlogBodies() {}

  @Schema(name = "PostNew", description = "A new post, started as a draft")
  record PostNew(
      @Schema(
              required = true,
              description =
                  "A blog's slug, news for the News, me for one's own blog, or chapter:<slug> for"
                      + " a chapter's",
              example = "news")
          String blog,
      @Schema(required = true, maxLength = 200, example = "Our first year") String title,
      @Schema(description = "Made from the title when left out", example = "our-first-year")
          String slug,
      @Schema(maxLength = 1000, example = "What we did in our first year.") String summary,
      @Schema(
              required = true,
              maxLength = 200000,
              description = "Markdown",
              example = "We met **twelve** times.")
          String body,
      @Schema(required = true, example = "en") String language,
      @Schema(
              description =
                  "Co-authors' profile addresses; the writer is the first author, of 10 at most",
              implementation = String.class)
          List<String> authors,
      @Schema(description = "Up to 20 tags of up to 50 characters", implementation = String.class)
          List<String> tags,
      @Schema(description = "Id of the post this one translates", example = "12")
          Long translationOf) {}

  @Schema(name = "PostChange", description = "A post's new text")
  record PostChange(
      @Schema(
              description =
                  "The version read; may be left out when If-Match carries the post's ETag",
              example = "3")
          Long version,
      @Schema(required = true, maxLength = 200, example = "Our first year") String title,
      @Schema(description = "Made from the title when left out", example = "our-first-year")
          String slug,
      @Schema(maxLength = 1000, example = "What we did in our first year.") String summary,
      @Schema(
              required = true,
              maxLength = 200000,
              description = "Markdown",
              example = "We met **twelve** times.")
          String body,
      @Schema(
              description = "The authors' profile addresses, 10 at most; unchanged when left out",
              implementation = String.class)
          List<String> authors,
      @Schema(
              description = "Up to 20 tags of up to 50 characters; unchanged when left out",
              implementation = String.class)
          List<String> tags) {}

  @Schema(name = "PostPublish", description = "When to publish a post")
  record PostPublish(
      @Schema(
              description = "A moment to schedule it for; now when left out, null or past",
              nullable = true,
              example = "2027-01-01T09:00:00Z")
          String at) {}

  @Schema(name = "PostAuthor", description = "An author of a post")
  record Author(
      @Schema(required = true, example = "Jane Doe") String name,
      @Schema(required = true, description = "Profile address", example = "jane-doe")
          String member) {}

  @Schema(name = "PostSummary", description = "A post without its body")
  record PostSummary(
      @Schema(required = true, example = "42") long id,
      @Schema(required = true, description = "Its blog's slug", example = "news") String blog,
      @Schema(required = true, example = "our-first-year") String slug,
      @Schema(required = true, example = "Our first year") String title,
      @Schema(required = true, example = "en") String language,
      @Schema(
              required = true,
              enumeration = {"draft", "submitted", "scheduled", "published", "archived"},
              example = "published")
          String status,
      @Schema(required = true, example = "3") long version,
      @Schema(required = true, implementation = Author.class) List<Author> authors,
      @Schema(required = true, implementation = String.class) List<String> tags,
      @Schema(
              required = true,
              description = "Its page on the site",
              example = "/en/news/our-first-year")
          String path,
      @Schema(description = "Once published", example = "2026-12-01T10:15:30Z") String published,
      @Schema(description = "When scheduled", example = "2027-01-01T09:00:00Z") String scheduled,
      @Schema(example = "What we did in our first year.") String summary,
      @Schema(description = "Its cover picture", example = "/media/covers/3f2a9c.webp")
          String cover) {}

  @Schema(name = "PostSaved", description = "A post as saved, with its source")
  record PostSaved(
      @Schema(required = true, example = "42") long id,
      @Schema(required = true, description = "Its blog's slug", example = "news") String blog,
      @Schema(required = true, example = "our-first-year") String slug,
      @Schema(required = true, example = "Our first year") String title,
      @Schema(required = true, example = "en") String language,
      @Schema(
              required = true,
              enumeration = {"draft", "submitted", "scheduled", "published", "archived"},
              example = "draft")
          String status,
      @Schema(required = true, example = "3") long version,
      @Schema(required = true, implementation = Author.class) List<Author> authors,
      @Schema(required = true, implementation = String.class) List<String> tags,
      @Schema(
              required = true,
              description = "Its page on the site",
              example = "/en/news/our-first-year")
          String path,
      @Schema(description = "Once published", example = "2026-12-01T10:15:30Z") String published,
      @Schema(description = "When scheduled", example = "2027-01-01T09:00:00Z") String scheduled,
      @Schema(example = "What we did in our first year.") String summary,
      @Schema(description = "Its cover picture", example = "/media/covers/3f2a9c.webp")
          String cover,
      @Schema(required = true, description = "Markdown", example = "We met **twelve** times.")
          String source) {}

  @Schema(name = "Post", description = "A post with its body and source")
  record PostFull(
      @Schema(required = true, example = "42") long id,
      @Schema(required = true, description = "Its blog's slug", example = "news") String blog,
      @Schema(required = true, example = "our-first-year") String slug,
      @Schema(required = true, example = "Our first year") String title,
      @Schema(required = true, example = "en") String language,
      @Schema(
              required = true,
              enumeration = {"draft", "submitted", "scheduled", "published", "archived"},
              example = "published")
          String status,
      @Schema(required = true, example = "3") long version,
      @Schema(required = true, implementation = Author.class) List<Author> authors,
      @Schema(required = true, implementation = String.class) List<String> tags,
      @Schema(
              required = true,
              description = "Its page on the site",
              example = "/en/news/our-first-year")
          String path,
      @Schema(description = "Once published", example = "2026-12-01T10:15:30Z") String published,
      @Schema(description = "When scheduled", example = "2027-01-01T09:00:00Z") String scheduled,
      @Schema(example = "What we did in our first year.") String summary,
      @Schema(description = "Its cover picture", example = "/media/covers/3f2a9c.webp")
          String cover,
      @Schema(
              required = true,
              description = "The body as sanitised HTML",
              example = "<p>We met <strong>twelve</strong> times.</p>")
          String body,
      @Schema(required = true, description = "Markdown", example = "We met **twelve** times.")
          String source) {}

  @Schema(name = "PostPage", description = "A page of published posts, newest first")
  record PostPage(
      @Schema(required = true, description = "This page, from 1", example = "1") int page,
      @Schema(required = true, description = "How many pages there are", example = "4") int pages,
      @Schema(required = true, description = "How many posts match", example = "37") long total,
      @Schema(required = true, implementation = PostSummary.class) List<PostSummary> posts) {}

  @Schema(name = "PostBlogList", description = "The blogs that have published posts")
  record BlogList(
      @Schema(required = true, implementation = BlogCount.class) List<BlogCount> blogs) {}

  @Schema(name = "PostBlog", description = "A blog with how many posts it has published")
  record BlogCount(
      @Schema(required = true, example = "news") String slug,
      @Schema(
              required = true,
              enumeration = {"site", "chapter", "member"},
              example = "site")
          String kind,
      @Schema(
              required = true,
              description = "news, or the chapter's or member's name",
              example = "news")
          String name,
      @Schema(required = true, example = "37") long posts) {}

  @Schema(name = "PostTagList", description = "The tags of published posts, most used first")
  record TagList(@Schema(required = true, implementation = TagCount.class) List<TagCount> tags) {}

  @Schema(name = "PostTag", description = "A tag with how many published posts carry it")
  record TagCount(
      @Schema(required = true, example = "General assembly") String tag,
      @Schema(required = true, example = "general-assembly") String slug,
      @Schema(required = true, example = "5") long posts) {}

  @Schema(name = "PostRevisionList", description = "A post's revisions, newest first")
  record RevisionList(
      @Schema(required = true, implementation = Revision.class) List<Revision> revisions) {}

  @Schema(name = "PostRevision", description = "A post as it was saved once")
  record Revision(
      @Schema(required = true, example = "2") int number,
      @Schema(required = true, example = "Our first year") String title,
      @Schema(required = true, example = "our-first-year") String slug,
      @Schema(required = true, example = "2026-12-01T10:15:30Z") String saved,
      @Schema(required = true, description = "User name; empty when unknown", example = "jane")
          String savedBy,
      @Schema(required = true, description = "Markdown", example = "We met **twelve** times.")
          String body) {}

  @Schema(name = "PostImportItem", description = "A post of an import file")
  record ImportItem(
      @Schema(required = true, maxLength = 200, example = "Our first year") String title,
      @Schema(required = true, example = "our-first-year") String slug,
      @Schema(
              required = true,
              maxLength = 200000,
              description = "HTML or Markdown, sanitised",
              example = "<p>We met twelve times.</p>")
          String body,
      @Schema(description = "en when left out", example = "en") String lang,
      @Schema(description = "Read when lang is left out", example = "en") String language,
      @Schema(
              description = "At most 20 are kept, each up to 50 characters",
              implementation = String.class)
          List<String> tags,
      @Schema(
              required = true,
              description = "Publication time, UTC, without zone",
              example = "2024-05-01T10:00:00")
          String date,
      @Schema(description = "The summary, cut at 1000 characters", example = "What we did.")
          String excerpt) {}

  @Schema(name = "PostImportProgress", description = "An import's progress")
  record ImportProgress(
      @Schema(required = true, example = "0b6c3f7e-7c1d-4f5e-9b0a-2d1e8f9a6c3b") String id,
      @Schema(required = true, description = "The blog's slug", example = "news") String blog,
      @Schema(required = true, description = "Posts in the file", example = "120") int total,
      @Schema(required = true, description = "Posts read so far", example = "60") int read,
      @Schema(required = true, minimum = "0", maximum = "100", example = "50") int percent,
      @Schema(required = true, description = "Finished, well or not", example = "false")
          boolean done,
      @Schema(description = "Once finished well: posts stored", example = "110") Integer added,
      @Schema(description = "Once finished well: posts already there", example = "8")
          Integer skipped,
      @Schema(description = "Once finished well: posts not valid", example = "2") Integer refused,
      @Schema(description = "Why it failed", example = "Unexpected end of input") String error) {}

  @Schema(name = "CommentNew", description = "A new comment")
  record CommentNew(
      @Schema(
              required = true,
              maxLength = 5000,
              description = "Markdown",
              example = "Thank you for **this**.")
          String text) {}

  @Schema(name = "CommentReport", description = "A report of an abusive comment")
  record CommentReport(
      @Schema(maxLength = 500, example = "Insults another member.") String reason) {}

  @Schema(
      name = "CommentReportTaken",
      type = SchemaType.OBJECT,
      description = "An empty object: the report is taken")
  record CommentReportTaken() {}

  @Schema(name = "CommentWriter", description = "Who wrote a comment")
  record Writer(
      @Schema(required = true, example = "Jane Doe") String name,
      @Schema(required = true, description = "Profile address", example = "jane-doe")
          String member) {}

  @Schema(name = "Comment", description = "A comment under a post")
  record Comment(
      @Schema(required = true, example = "7") long id,
      @Schema(required = true, description = "The post's id", example = "42") long post,
      @Schema(
              required = true,
              enumeration = {"pending", "visible", "hidden"},
              example = "visible")
          String status,
      @Schema(required = true, example = "2026-12-01T10:15:30Z") String created,
      @Schema(
              required = true,
              description = "The text as sanitised HTML",
              example = "<p>Thank you for <strong>this</strong>.</p>")
          String html,
      @Schema(description = "Present in lists and when written, unless the account is gone")
          Writer writer) {}

  @Schema(name = "CommentList", description = "The comments shown under a post, oldest first")
  record CommentList(
      @Schema(required = true, implementation = Comment.class) List<Comment> comments) {}
}
