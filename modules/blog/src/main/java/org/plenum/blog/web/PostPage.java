package org.plenum.blog.web;

import jakarta.inject.Inject;
import java.util.List;
import org.plenum.api.ReaderDates;
import org.plenum.api.Texts;
import org.plenum.blog.Blog;
import org.plenum.blog.BlogRules;
import org.plenum.blog.BlogRules.Actor;
import org.plenum.blog.Post;
import org.plenum.blog.PostStatus;

/**
 * What the post editor shows: the form's fields, the post and its blog, the conflict a save met,
 * and which of the workflow's buttons the writer may use. {@link PostEditor} does what the buttons
 * ask.
 */
public abstract class PostPage {

  @Inject BlogRules rules;

  @Inject BlogChoices choices;

  @Inject Texts msg;

  @Inject ReaderDates dates;

  @Inject PostLinks links;

  final PostForm form = new PostForm();

  Post post;

  Blog blog;

  Actor actor;

  Conflict conflict;

  /**
   * @return the form's fields
   */
  public PostForm getForm() {
    return form;
  }

  /**
   * @return the blogs the writer may start a post in
   */
  public List<BlogChoices.Choice> getBlogChoices() {
    return choices.of(actor);
  }

  /**
   * @return the post's blog's name, for an existing post
   */
  public String getBlogName() {
    return choices.name(blog);
  }

  /**
   * @return true when the writer may publish in the post's blog
   */
  public boolean isPublisher() {
    if (actor == null) {
      return false;
    }
    Blog b = blog != null ? blog : choices.target(actor, form.getBlogChoice());
    return b != null && rules.mayPublish(actor, b);
  }

  /**
   * @return true when the post may be submitted for review by this writer
   */
  public boolean isSubmittable() {
    return post != null
        && post.getStatus() == PostStatus.DRAFT
        && rules.reviews(blog)
        && !isPublisher();
  }

  /**
   * @return true when the writer may delete the post
   */
  public boolean isDeletable() {
    return post != null && rules.mayDelete(actor, blog, post);
  }

  /**
   * @return true when editing a stored post
   */
  public boolean isExisting() {
    return form.getId() != null;
  }

  /**
   * @return the post's status, or {@code null} for a new post
   */
  public PostStatus getStatus() {
    return post == null ? null : post.getStatus();
  }

  /**
   * @return the stored post, or {@code null} for a new one
   */
  public Post getPost() {
    return post;
  }

  /**
   * @return the public address of a published post, or {@code null}
   */
  public String getPublicUrl() {
    return post != null && post.getStatus() == PostStatus.PUBLISHED ? links.url(post) : null;
  }

  /**
   * @return the time zone the publication time is read in
   */
  public String getZone() {
    return dates.getZone().getId();
  }

  /**
   * @return the conflict found on saving, or {@code null}
   */
  public Conflict getConflict() {
    return conflict;
  }

  /**
   * @return the languages a post may be written in
   */
  public List<String> getLanguages() {
    return msg.languages();
  }

  /**
   * A language's name.
   *
   * @param tag language tag
   * @return its name in itself
   */
  public String languageName(String tag) {
    return msg.nativeName(tag);
  }
}
