package org.plenum.blog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.plenum.api.CurrentReader;
import org.plenum.api.Denied;
import org.plenum.api.FormMessages;
import org.plenum.api.PageGuards;
import org.plenum.api.Rejected;
import org.plenum.api.Texts;
import org.plenum.blog.BlogRules;
import org.plenum.blog.Comment;
import org.plenum.blog.CommentReports;
import org.plenum.blog.CommentService;
import org.plenum.blog.CommentStatus;
import org.plenum.blog.Post;

/**
 * The comment form under a post and the moderation buttons beside comments. Post pages stay
 * stateless, so each form carries the session's CSRF token and every action checks it before
 * anything else.
 */
@Named("commentBox")
@RequestScoped
public class CommentBox {

  @Inject CommentService comments;

  @Inject CommentReports reports;

  @Inject BlogRules rules;

  @Inject PostView view;

  @Inject PostLinks links;

  @Inject CurrentReader current;

  @Inject HttpServletRequest request;

  @Inject Texts msg;

  private String text;
  private String reason;

  /**
   * Writes the comment and shows the post again.
   *
   * @return {@code null}
   */
  public String write() {
    BlogRules.Actor actor = checked();
    Post post = view.getPost();
    if (actor == null || post == null) {
      return null;
    }
    try {
      Comment c = comments.write(actor, post.getId(), text);
      back(c.getStatus() == CommentStatus.VISIBLE ? "shown" : "held", "comment-" + c.getId());
    } catch (Rejected e) {
      FormMessages.show(e, msg, field -> "comment:text");
    } catch (Denied e) {
      refuse("blog.error.denied");
    }
    return null;
  }

  /**
   * @return {@code null}; approves the comment named by the {@code comment} parameter
   */
  public String approve() {
    return moderate("approve");
  }

  /**
   * @return {@code null}; hides the comment named by the {@code comment} parameter
   */
  public String hide() {
    return moderate("hide");
  }

  /**
   * @return {@code null}; deletes the comment named by the {@code comment} parameter
   */
  public String delete() {
    return moderate("delete");
  }

  private String moderate(String what) {
    BlogRules.Actor actor = checked();
    Long id = commentId();
    if (actor == null || id == null) {
      return null;
    }
    try {
      switch (what) {
        case "approve" -> comments.moderate(actor, id, CommentStatus.VISIBLE);
        case "hide" -> comments.moderate(actor, id, CommentStatus.HIDDEN);
        case "delete" -> comments.delete(actor, id);
        default -> throw new IllegalArgumentException(what);
      }
      back(
          switch (what) {
            case "approve" -> "approved";
            case "hide" -> "hidden";
            default -> "deleted";
          },
          "comments");
    } catch (Denied e) {
      refuse("blog.error.denied");
    } catch (CommentService.CommentNotFound e) {
      refuse("blog.error.commentNotFound");
    }
    return null;
  }

  /**
   * Reports the comment named by the {@code comment} parameter.
   *
   * @return {@code null}
   */
  public String report() {
    BlogRules.Actor actor = checked();
    Long id = commentId();
    if (actor == null || id == null) {
      return null;
    }
    try {
      reports.report(actor, id, reason);
      back("reported", "comment-" + id);
    } catch (CommentService.CommentNotFound e) {
      refuse("blog.error.commentNotFound");
    } catch (Rejected e) {
      refuse("blog.error.reasonLong");
    }
    return null;
  }

  private BlogRules.Actor checked() {
    if (!current.csrfMatches(request.getParameter("csrf"))) {
      refuse("blog.error.expired");
      return null;
    }
    BlogRules.Actor actor = rules.actor(current.getCaller()).orElse(null);
    if (actor == null) {
      refuse("blog.error.signIn");
    }
    return actor;
  }

  private Long commentId() {
    String id = request.getParameter("comment");
    return id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
  }

  private void back(String done, String anchor) {
    PageGuards.redirect(links.url(view.getPost()) + "?comment=" + done + "#" + anchor);
  }

  private void refuse(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.text(key), null));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /**
   * @return the comment being written
   */
  public String getText() {
    return text;
  }

  /**
   * @param text the comment being written
   */
  public void setText(String text) {
    this.text = text;
  }

  /**
   * @return why a comment is reported
   */
  public String getReason() {
    return reason;
  }

  /**
   * @param reason why a comment is reported
   */
  public void setReason(String reason) {
    this.reason = reason;
  }

  /**
   * @return the notice after a comment action, from the {@code comment} parameter
   */
  public String getNotice() {
    String done = current.query("comment");
    return done != null && done.matches("[a-z]{1,12}") && msg.has("blog.comment." + done)
        ? msg.text("blog.comment." + done)
        : null;
  }
}
