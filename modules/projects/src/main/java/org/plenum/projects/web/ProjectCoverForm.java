package org.plenum.projects.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import org.plenum.api.CurrentReader;
import org.plenum.api.Denied;
import org.plenum.api.FormMessages;
import org.plenum.api.PageGuards;
import org.plenum.api.Rejected;
import org.plenum.api.Texts;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectCovers;
import org.plenum.projects.ProjectNotFound;

/**
 * The cover picture on a project's editing page: a picture sent on its own, checked and redrawn by
 * the site, and shown at once; or removed.
 */
@Named("projectCover")
@RequestScoped
public class ProjectCoverForm {

  private static final Function<String, String> FIELDS = FormMessages.fields("cover", "picture");

  @Inject ProjectEditor editor;

  @Inject ProjectCovers covers;

  @Inject CurrentReader current;

  @Inject Texts msg;

  private Part picture;

  /**
   * Stores the picture sent as the project's cover, or says why not.
   *
   * @return {@code null}
   * @throws IOException when the upload cannot be read or the redirect fails
   */
  public String upload() throws IOException {
    Project p = editor.getProject();
    if (p == null) {
      PageGuards.notFound();
      return null;
    }
    if (picture == null || picture.getSize() == 0) {
      FormMessages.error("cover:picture", msg.text("projects.error.noPicture"));
      return null;
    }
    try (InputStream in = picture.getInputStream()) {
      covers.set(p.getId(), in, current.getCaller());
      PageGuards.redirect(current.link("projects/" + p.getSlug() + "/edit") + "?done=cover");
    } catch (Rejected e) {
      FormMessages.show(e, msg, FIELDS);
    } catch (Denied e) {
      FormMessages.error(null, msg.text("projects.error.denied"));
    } catch (ProjectNotFound e) {
      PageGuards.notFound();
    }
    return null;
  }

  /**
   * Removes the project's cover.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String remove() throws IOException {
    Project p = editor.getProject();
    if (p == null) {
      PageGuards.notFound();
      return null;
    }
    try {
      covers.remove(p.getId(), current.getCaller());
      PageGuards.redirect(current.link("projects/" + p.getSlug() + "/edit") + "?done=uncovered");
    } catch (Denied e) {
      FormMessages.error(null, msg.text("projects.error.denied"));
    } catch (ProjectNotFound e) {
      PageGuards.notFound();
    }
    return null;
  }

  /**
   * @return a word on what was just done, from the address; or {@code null}
   */
  public String getDone() {
    String done = current.query("done");
    return "cover".equals(done) || "uncovered".equals(done)
        ? msg.text("projects.cover.done." + done)
        : null;
  }

  /**
   * @return the picture sent
   */
  public Part getPicture() {
    return picture;
  }

  /**
   * @param picture the picture sent
   */
  public void setPicture(Part picture) {
    this.picture = picture;
  }
}
