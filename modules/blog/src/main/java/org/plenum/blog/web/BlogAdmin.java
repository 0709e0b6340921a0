package org.plenum.blog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.plenum.api.Audit;
import org.plenum.api.CurrentReader;
import org.plenum.api.Denied;
import org.plenum.api.PageGuards;
import org.plenum.api.Rejected;
import org.plenum.api.Settings;
import org.plenum.api.Texts;
import org.plenum.blog.Blog;
import org.plenum.blog.BlogModule;
import org.plenum.blog.BlogRules;
import org.plenum.blog.Blogs;
import org.plenum.blog.CommentService;
import org.plenum.blog.ImportJobs;
import org.plenum.blog.PostIndex;

/**
 * The blog's administration: how comments are moderated, and importing a file of posts into the
 * News with its progress.
 */
@Named("blogAdmin")
@RequestScoped
public class BlogAdmin {

  /** The moderation modes, in the order offered. */
  static final List<String> MODES = List.of("none", "first", "all");

  @Inject Settings settings;

  @Inject ImportJobs imports;

  @Inject Blogs blogs;

  @Inject PostIndex index;

  @Inject BlogRules rules;

  @Inject CurrentReader current;

  @Inject Texts msg;

  @Inject Audit audit;

  private String moderation;
  private Part file;
  private ImportJobs.Job job;

  /** Reads the setting and the import asked for with {@code ?import=}. */
  public void load() {
    moderation = settings.get(CommentService.MODERATION);
    if (!MODES.contains(moderation)) {
      moderation = "first";
    }
    job =
        imports
            .find(current.query("import"))
            .filter(
                j ->
                    current.getCaller() != null && j.getBy().equals(current.getCaller().username()))
            .orElse(null);
  }

  /**
   * Saves the moderation mode.
   *
   * @return {@code null}
   */
  public String saveModeration() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!current.can(BlogModule.MODERATE)) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.text("blog.error.denied"), null));
      return null;
    }
    if (!MODES.contains(moderation)) {
      faces.addMessage(
          "moderation:mode",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.text("blog.admin.error.mode"), null));
      return null;
    }
    settings.update(Map.of(CommentService.MODERATION, moderation));
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.text("blog.admin.saved"), null));
    return null;
  }

  /**
   * Starts importing the uploaded file into the News.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String startImport() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    BlogRules.Actor actor = rules.actor(current.getCaller()).orElse(null);
    if (file == null || file.getSize() == 0) {
      faces.addMessage(
          "import:file",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.text("blog.import.error.empty"), null));
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      Blog news = blogs.news();
      ImportJobs.Job started = imports.start(actor, news, in);
      audit.record(current, "post.import", news.getSlug(), started.getId());
      PageGuards.redirect(current.link("admin/blog") + "?import=" + started.getId());
    } catch (Rejected e) {
      Rejected.Problem p = e.problems().get(0);
      faces.addMessage(
          "import:file",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, msg.format(p.key(), p.args().toArray()), null));
    } catch (Denied | NullPointerException e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.text("blog.error.denied"), null));
    }
    return null;
  }

  /**
   * @return the moderation modes
   */
  public List<String> getModes() {
    return MODES;
  }

  /**
   * @return the moderation mode
   */
  public String getModeration() {
    return moderation;
  }

  /**
   * @param moderation the moderation mode
   */
  public void setModeration(String moderation) {
    this.moderation = moderation;
  }

  /**
   * @return the uploaded file
   */
  public Part getFile() {
    return file;
  }

  /**
   * @param file the uploaded file
   */
  public void setFile(Part file) {
    this.file = file;
  }

  /**
   * @return the import followed, or {@code null}
   */
  public ImportJobs.Job getJob() {
    return job;
  }

  /**
   * @return how many posts there are in all
   */
  public long getPosts() {
    return index.count();
  }
}
