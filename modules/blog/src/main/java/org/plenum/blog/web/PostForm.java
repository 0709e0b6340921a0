package org.plenum.blog.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.plenum.blog.CoverChange;
import org.plenum.blog.Post;
import org.plenum.blog.PostDraft;

/**
 * What the post editor's form holds, as the writer typed it: the text, its authors (profile
 * addresses) and tags as lists, the publication time in the writer's zone, the uploaded cover, and
 * the version the writer started from. It fills itself from a post and reads as a {@link PostDraft}
 * and a {@link CoverChange}.
 */
public class PostForm {

  private Long id;
  private long version;
  private Long translationOf;
  private String blogChoice;
  private String language;
  private String title;
  private String slug;
  private String summary;
  private String body;
  private List<String> authors = new ArrayList<>();
  private List<String> tags = new ArrayList<>();
  private LocalDateTime publishAt;
  private Part cover;
  private boolean removeCover;

  /**
   * Fills the form from a stored post.
   *
   * @param post the post
   * @param authorAddresses its authors' profile addresses, in order
   * @param zone the writer's time zone, for a scheduled post's time
   */
  void fill(Post post, List<String> authorAddresses, ZoneId zone) {
    version = post.getVersion();
    title = post.getTitle();
    slug = post.getSlug();
    summary = post.getSummary();
    body = post.getBodySource();
    language = post.getLanguage();
    authors = new ArrayList<>(authorAddresses);
    tags = new ArrayList<>(post.getTagList());
    if (post.getScheduled() != null) {
      publishAt = LocalDateTime.ofInstant(post.getScheduled(), zone).withSecond(0).withNano(0);
    }
  }

  /**
   * Starts a new post.
   *
   * @param lang its language
   * @param choice the blog chosen
   * @param author the writer's profile address
   */
  void start(String lang, String choice, String author) {
    language = lang;
    blogChoice = choice;
    authors = author.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(author));
  }

  /**
   * Starts a translation from the original's text.
   *
   * @param original the post translated
   */
  void translate(Post original) {
    translationOf = original.getId();
    title = original.getTitle();
    summary = original.getSummary();
    body = original.getBodySource();
    tags = new ArrayList<>(original.getTagList());
  }

  /**
   * When to publish.
   *
   * @param zone the writer's time zone
   * @return the moment, or {@code null} for now
   */
  Instant publishAt(ZoneId zone) {
    return publishAt == null ? null : publishAt.atZone(zone).toInstant();
  }

  /**
   * @return what was written, as a draft
   */
  PostDraft draft() {
    return new PostDraft(
        title,
        slug,
        summary,
        body,
        language,
        clean(authors),
        new LinkedHashSet<>(clean(tags)),
        translationOf);
  }

  /**
   * The uploaded cover's content.
   *
   * @return the content, or {@code null} when none was sent or the cover is removed
   * @throws IOException when the upload cannot be read
   */
  InputStream upload() throws IOException {
    return removeCover || cover == null || cover.getSize() == 0 ? null : cover.getInputStream();
  }

  /**
   * What the save does to the cover.
   *
   * @param upload the content from {@link #upload()}
   * @return removed, kept or replaced
   */
  CoverChange coverChange(InputStream upload) {
    return removeCover
        ? CoverChange.REMOVE
        : upload == null ? CoverChange.KEEP : CoverChange.replaceWith(upload);
  }

  /**
   * The items of a list as typed: an item holding commas is several, each stripped, blanks left
   * out.
   *
   * @param items the items, or {@code null}
   * @return the items
   */
  static List<String> clean(List<String> items) {
    if (items == null) {
      return List.of();
    }
    return items.stream()
        .filter(i -> i != null)
        .flatMap(i -> Arrays.stream(i.split(",")))
        .map(String::strip)
        .filter(i -> !i.isEmpty())
        .toList();
  }

  /**
   * @return the post's id
   */
  public Long getId() {
    return id;
  }

  /**
   * @param id the post's id
   */
  public void setId(Long id) {
    this.id = id;
  }

  /**
   * @return the version started from
   */
  public long getVersion() {
    return version;
  }

  /**
   * @param version the version started from
   */
  public void setVersion(long version) {
    this.version = version;
  }

  /**
   * @return the post translated
   */
  public Long getTranslationOf() {
    return translationOf;
  }

  /**
   * @param translationOf the post translated
   */
  public void setTranslationOf(Long translationOf) {
    this.translationOf = translationOf;
  }

  /**
   * @return the blog chosen for a new post
   */
  public String getBlogChoice() {
    return blogChoice;
  }

  /**
   * @param blogChoice the blog chosen for a new post
   */
  public void setBlogChoice(String blogChoice) {
    this.blogChoice = blogChoice;
  }

  /**
   * @return language
   */
  public String getLanguage() {
    return language;
  }

  /**
   * @param language language
   */
  public void setLanguage(String language) {
    this.language = language;
  }

  /**
   * @return title
   */
  public String getTitle() {
    return title;
  }

  /**
   * @param title title
   */
  public void setTitle(String title) {
    this.title = title;
  }

  /**
   * @return slug
   */
  public String getSlug() {
    return slug;
  }

  /**
   * @param slug slug
   */
  public void setSlug(String slug) {
    this.slug = slug;
  }

  /**
   * @return summary
   */
  public String getSummary() {
    return summary;
  }

  /**
   * @param summary summary
   */
  public void setSummary(String summary) {
    this.summary = summary;
  }

  /**
   * @return body
   */
  public String getBody() {
    return body;
  }

  /**
   * @param body body
   */
  public void setBody(String body) {
    this.body = body;
  }

  /**
   * @return authors' profile addresses, in order
   */
  public List<String> getAuthors() {
    return authors;
  }

  /**
   * @param authors authors' profile addresses, in order
   */
  public void setAuthors(List<String> authors) {
    this.authors = authors == null ? new ArrayList<>() : new ArrayList<>(authors);
  }

  /**
   * @return tags
   */
  public List<String> getTags() {
    return tags;
  }

  /**
   * @param tags tags
   */
  public void setTags(List<String> tags) {
    this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
  }

  /**
   * @return publication time, local to the writer
   */
  public LocalDateTime getPublishAt() {
    return publishAt;
  }

  /**
   * @param publishAt publication time, local to the writer
   */
  public void setPublishAt(LocalDateTime publishAt) {
    this.publishAt = publishAt;
  }

  /**
   * @return the uploaded cover
   */
  public Part getCover() {
    return cover;
  }

  /**
   * @param cover the uploaded cover
   */
  public void setCover(Part cover) {
    this.cover = cover;
  }

  /**
   * @return true to remove the cover
   */
  public boolean isRemoveCover() {
    return removeCover;
  }

  /**
   * @param removeCover true to remove the cover
   */
  public void setRemoveCover(boolean removeCover) {
    this.removeCover = removeCover;
  }
}
