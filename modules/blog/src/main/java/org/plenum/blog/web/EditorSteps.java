package org.plenum.blog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import org.plenum.api.Denied;
import org.plenum.api.Rejected;
import org.plenum.api.Texts;
import org.plenum.blog.PostNotFound;

/**
 * How the post editor's steps end: the notice of a step done; a refused step's problems, each
 * beside the field it concerns, with the status the page answers (400, or 409 for a conflict), and
 * the form shown again with what was typed.
 */
@RequestScoped
public class EditorSteps {

  @Inject Texts msg;

  /**
   * A step of the editor, which may fail reading the upload.
   *
   * @param <T> what it gives
   */
  @FunctionalInterface
  public interface Step<T> {
    /**
     * Runs the step.
     *
     * @return what it gives, or {@code null} when it refused itself, having said why
     * @throws IOException when the upload cannot be read
     */
    T run() throws IOException;
  }

  /**
   * Runs a step; when it is refused, tells the writer why and shows the form again.
   *
   * @param step the step
   * @param conflict what to do when someone saved the post meanwhile
   * @param <T> what the step gives
   * @return what the step gave, or {@code null} when refused
   */
  public <T> T attempt(Step<T> step, Runnable conflict) {
    try {
      T done = step.run();
      if (done != null) {
        return done;
      }
    } catch (Rejected e) {
      if (show(e)) {
        conflict.run();
      }
    } catch (Denied e) {
      error(null, "blog.error.denied");
    } catch (PostNotFound e) {
      error(null, "blog.error.postNotFound");
    } catch (IOException e) {
      status(400);
      error("post:cover", "core.image.error.unreadable");
    }
    FacesContext.getCurrentInstance().validationFailed();
    return null;
  }

  /**
   * The notice of a step done, from a {@code done} parameter such as {@code saved}.
   *
   * @param done the parameter, or {@code null}
   */
  public void done(String done) {
    if (done != null && done.matches("[a-z]{1,20}") && msg.has("blog.done." + done)) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(FacesMessage.SEVERITY_INFO, msg.text("blog.done." + done), null));
    }
  }

  /**
   * An error.
   *
   * @param clientId the field it concerns, or {@code null} for the page
   * @param key its message key
   */
  public void error(String clientId, String key) {
    text(clientId, msg.text(key));
  }

  /**
   * The problems of a refusal beside their fields, but for a conflict of versions, which the editor
   * shows itself; the page answers 409 for a conflict, else 400.
   *
   * @param e the refusal
   * @return true when someone saved the post meanwhile
   */
  private boolean show(Rejected e) {
    status(e.conflict() ? 409 : 400);
    boolean conflict = false;
    for (Rejected.Problem p : e.problems()) {
      if ("version".equals(p.field())) {
        conflict = true;
        continue;
      }
      String field =
          switch (p.field()) {
            case "title", "slug", "summary", "body", "tags", "coauthors", "language", "publishAt" ->
                "post:" + ("coauthors".equals(p.field()) ? "authors" : p.field());
            case "text", "image" -> "post:cover";
            default -> null;
          };
      if (p.key().startsWith("core.image.")) {
        field = "post:cover";
      }
      text(field, msg.format(p.key(), p.args().toArray()));
    }
    return conflict;
  }

  private static void status(int status) {
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
  }

  private void text(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }
}
