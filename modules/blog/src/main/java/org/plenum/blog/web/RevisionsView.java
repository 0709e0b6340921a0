package org.plenum.blog.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.api.CurrentReader;
import org.plenum.api.Denied;
import org.plenum.api.PageGuards;
import org.plenum.api.Rejected;
import org.plenum.api.Texts;
import org.plenum.blog.BlogRules;
import org.plenum.blog.Differences;
import org.plenum.blog.Post;
import org.plenum.blog.PostDesk;
import org.plenum.blog.PostNotFound;
import org.plenum.blog.PostWriter;
import org.plenum.blog.Revision;
import org.plenum.blog.Revisions;

/**
 * A post's history: every revision, the differences between two of them ({@code ?from=} and {@code
 * ?to=}, the last two by default), and restoring one.
 */
@Named("revisionsView")
@RequestScoped
public class RevisionsView {

  @Inject PostDesk desk;

  @Inject PostWriter writer;

  @Inject Revisions history;

  @Inject BlogRules rules;

  @Inject CurrentReader current;

  @Inject Texts msg;

  /**
   * One compared field.
   *
   * @param label its name
   * @param lines its lines compared
   */
  public record Field(String label, List<Differences.Line> lines) {}

  private BlogRules.Actor actor;
  private Post post;
  private boolean editable;
  private List<Revision> revisions = List.of();
  private Revision from;
  private Revision to;
  private List<Field> fields = List.of();

  /** Answers 404 when there is no such post for the reader. */
  public void load() {
    if (post == null) {
      PageGuards.notFound();
    }
  }

  /** Reads the history and the comparison, before a postback's buttons are decoded. */
  @PostConstruct
  void prepare() {
    actor = rules.actor(current.getCaller()).orElse(null);
    String id = current.param("id");
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      if (actor == null || id == null || !id.matches("\\d{1,18}")) {
        return;
      }
      PostDesk.Located at = desk.visible(actor, Long.parseLong(id));
      post = at.post();
      editable = rules.mayEdit(actor, at.blog(), post);
    } catch (PostNotFound e) {
      return;
    }
    revisions = history.revisions(post.getId());
    if (revisions.isEmpty()) {
      return;
    }
    to = pick(current.query("to")).orElse(revisions.get(0));
    from =
        pick(current.query("from"))
            .orElse(revisions.size() > 1 ? revisions.get(1) : revisions.get(0));
    fields =
        List.of(
            new Field(msg.text("blog.edit.title"), Differences.of(from.getTitle(), to.getTitle())),
            new Field(msg.text("blog.edit.slug"), Differences.of(from.getSlug(), to.getSlug())),
            new Field(
                msg.text("blog.edit.summary"), Differences.of(from.getSummary(), to.getSummary())),
            new Field(
                msg.text("blog.edit.tags"),
                Differences.of(
                    String.join("\n", from.getTagList()), String.join("\n", to.getTagList()))),
            new Field(
                msg.text("blog.edit.body"),
                Differences.of(from.getBodySource(), to.getBodySource())));
    String done = current.query("done");
    if ("restored".equals(done) && !faces.isPostback()) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.text("blog.done.restored"), null));
    }
  }

  private Optional<Revision> pick(String number) {
    if (number == null || !number.matches("\\d{1,9}")) {
      return Optional.empty();
    }
    int n = Integer.parseInt(number);
    return revisions.stream().filter(r -> r.getNumber() == n).findFirst();
  }

  /**
   * Restores the revision named by the {@code number} parameter.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String restore() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
    String id = current.param("id");
    String number = params.get("number");
    String version = params.get("version");
    actor = rules.actor(current.getCaller()).orElse(null);
    if (actor == null
        || id == null
        || number == null
        || version == null
        || !id.matches("\\d{1,18}")
        || !number.matches("\\d{1,9}")
        || !version.matches("\\d{1,18}")) {
      return null;
    }
    try {
      Post p =
          writer.restore(
              actor, Long.parseLong(id), Long.parseLong(version), Integer.parseInt(number));
      PageGuards.redirect(current.link("posts/" + p.getId() + "/revisions") + "?done=restored");
    } catch (Rejected e) {
      Rejected.Problem p = e.problems().get(0);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, msg.format(p.key(), p.args().toArray()), null));
    } catch (Denied e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.text("blog.error.denied"), null));
    } catch (PostNotFound e) {
      PageGuards.notFound();
    }
    return null;
  }

  /**
   * @return the post
   */
  public Post getPost() {
    return post;
  }

  /**
   * @return true when the reader may restore
   */
  public boolean isEditable() {
    return editable;
  }

  /**
   * @return the revisions, newest first
   */
  public List<Revision> getRevisions() {
    return revisions;
  }

  /**
   * @return the older side of the comparison
   */
  public Revision getFrom() {
    return from;
  }

  /**
   * @return the newer side of the comparison
   */
  public Revision getTo() {
    return to;
  }

  /**
   * @return the compared fields
   */
  public List<Field> getFields() {
    return fields;
  }
}
