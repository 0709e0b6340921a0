package org.plenum.blog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.plenum.api.CurrentReader;
import org.plenum.api.TableRows;
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
  private TableRows<Post> rows;
  private List<Post> review;
  private List<Post> scheduled;
  private List<CommentReports.Queued> queue;

  /** Reads the lists. */
  public void load() {
    actor = rules.actor(current.getCaller()).orElse(null);
    if (actor == null) {
      review = scheduled = List.of();
      queue = List.of();
      return;
    }
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
   * The posts the reader wrote or co-wrote, in every status, for a table the database pages:
   * filtered by title, sorted by title, status or latest change (the latest first by default).
   *
   * @return the rows
   */
  public TableRows<Post> getRows() {
    if (rows == null) {
      BlogRules.Actor writer =
          actor != null ? actor : rules.actor(current.getCaller()).orElse(null);
      rows =
          new TableRows<>() {
            @Override
            public long count(Map<String, String> filters) {
              return writer == null ? 0 : posts.countByAuthor(writer, filters.get("title"));
            }

            @Override
            public List<Post> page(TableRows.Page page) {
              if (writer == null) {
                return List.of();
              }
              return posts.pageByAuthor(
                  writer,
                  page.filters().get("title"),
                  page.sortBy(),
                  page.sortBy() != null && page.ascending(),
                  page.first(),
                  page.size());
            }

            @Override
            public String key(Post post) {
              return String.valueOf(post.getId());
            }
          };
    }
    return rows;
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
