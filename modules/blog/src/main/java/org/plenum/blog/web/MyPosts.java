package org.plenum.blog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.plenum.api.CurrentReader;
import org.plenum.api.Texts;
import org.plenum.blog.BlogRules;
import org.plenum.blog.CommentReports;
import org.plenum.blog.Post;
import org.plenum.blog.PostDesk;

/**
 * A writer's desk: their posts in every status, the posts waiting for their review, the scheduled
 * ones, and the comments waiting for them.
 */
@Named("myPosts")
@RequestScoped
public class MyPosts {

  @Inject PostDesk posts;

  @Inject CommentReports reports;

  @Inject BlogRules rules;

  @Inject CurrentReader current;

  @Inject Texts msg;

  private BlogRules.Actor actor;
  private List<Post> mine;
  private List<Post> review;
  private List<Post> scheduled;
  private List<CommentReports.Queued> queue;

  /** Reads the lists. */
  public void load() {
    actor = rules.actor(current.getCaller()).orElse(null);
    if (actor == null) {
      mine = review = scheduled = List.of();
      queue = List.of();
      return;
    }
    mine = posts.byAuthor(actor, 200);
    review = posts.awaitingReview(actor);
    scheduled = posts.scheduled(actor);
    queue = reports.queue(actor, 100);
    String done = current.query("done");
    if (done != null && done.matches("[a-z]{1,20}") && msg.has("blog.done." + done)) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(FacesMessage.SEVERITY_INFO, msg.text("blog.done." + done), null));
    }
  }

  /**
   * @return the reader's posts, newest change first
   */
  public List<Post> getMine() {
    return mine;
  }

  /**
   * @return posts submitted to blogs the reader publishes in
   */
  public List<Post> getReview() {
    return review;
  }

  /**
   * @return scheduled posts of blogs the reader publishes in
   */
  public List<Post> getScheduled() {
    return scheduled;
  }

  /**
   * @return comments waiting for the reader or reported
   */
  public List<CommentReports.Queued> getQueue() {
    return queue;
  }
}
