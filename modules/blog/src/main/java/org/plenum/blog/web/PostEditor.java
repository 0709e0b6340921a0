package org.plenum.blog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.plenum.blog.Blog;
import org.plenum.blog.BlogRules;
import org.plenum.blog.BlogRules.Actor;
import org.plenum.blog.Blogs;
import org.plenum.blog.CoverChange;
import org.plenum.blog.Differences;
import org.plenum.blog.Post;
import org.plenum.blog.PostDraft;
import org.plenum.blog.People;
import org.plenum.blog.PostDesk;
import org.plenum.blog.PostNotFound;
import org.plenum.blog.PostStatus;
import org.plenum.blog.PostWorkflow;
import org.plenum.blog.PostWriter;
import org.plenum.api.Audit;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.Rejected;
import org.plenum.api.Members;
import org.plenum.api.PageGuards;
import org.plenum.api.CurrentReader;
import org.plenum.api.ReaderDates;
import org.plenum.api.Texts;

/**
 * Writing and editing a post: the text, its authors and tags, its cover, and the workflow
 * buttons the writer may use (save, submit for review, publish or schedule, back to draft,
 * archive, delete). The version the writer started from travels with the form; when someone
 * saved in between, the writer is told who, sees the differences, and chooses to keep their
 * text or start again from the other.
 */
@Named("postEditor")
@RequestScoped
public class PostEditor {

  @Inject
  PostDesk desk;

  @Inject
  PostWriter writer;

  @Inject
  PostWorkflow workflow;

  @Inject
  People people;

  @Inject
  Blogs blogs;

  @Inject
  BlogRules rules;

  @Inject
  Chapters chapters;

  @Inject
  Members accounts;

  @Inject
  CurrentReader current;

  @Inject
  Texts msg;

  @Inject
  Texts languages;

  @Inject
  ReaderDates dates;

  @Inject
  Audit audit;

  @Inject
  PostLinks links;

  /**
   * A blog the writer may write in.
   *
   * @param value the form value: {@code news}, {@code me} or {@code chapter-<id>}
   * @param label its name
   */
  public record Choice(String value, String label) {}

  /**
   * Someone else's save that came in between.
   *
   * @param by who saved
   * @param at when
   * @param version the version now stored
   * @param lines their body against the writer's
   */
  public record Conflict(String by, Instant at, long version, List<Differences.Line> lines) {}

  private Long id;
  private long version;
  private Long translationOf;
  private String blogChoice;
  private String language;
  private String title;
  private String slug;
  private String summary;
  private String body;
  private String authors;
  private String tags;
  private String publishAt;
  private Part cover;
  private boolean removeCover;

  private Post post;
  private Blog blog;
  private Actor actor;
  private Conflict conflict;

  /**
   * On a postback, finds the post the form is about before the buttons are decoded, so that
   * the buttons the writer may use are the ones that answer.
   */
  @jakarta.annotation.PostConstruct
  void init() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.isPostback()) {
      Long posted = parseId(faces.getExternalContext().getRequestParameterMap().get("post:id"));
      id = posted;
      ready(false);
    }
  }

  /**
   * Fills the form: an existing post from the {@code id} path parameter, or a new one in the
   * blog named by {@code ?blog=}.
   */
  public void load() {
    actor = rules.actor(current.getCaller()).orElse(null);
    if (actor == null) {
      PageGuards.forbidden();
      return;
    }
    String done = current.query("done");
    if (done != null && done.matches("[a-z]{1,20}") && msg.has("blog.done." + done)) {
      FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
          FacesMessage.SEVERITY_INFO, msg.text("blog.done." + done), null));
    }
    String param = current.param("id");
    if (param != null) {
      id = parseId(param);
      if (id == null || !locate()) {
        return;
      }
      version = post.getVersion();
      title = post.getTitle();
      slug = post.getSlug();
      summary = post.getSummary();
      body = post.getBodySource();
      language = post.getLanguage();
      authors = String.join(", ", people.addresses(post.getAuthorIds()));
      tags = String.join(", ", post.getTagList());
      if (post.getScheduled() != null) {
        publishAt = LocalDateTime.ofInstant(post.getScheduled(), dates.getZone()).toString();
      }
      return;
    }
    language = current.getLang();
    blogChoice = current.query("blog") == null ? "me" : current.query("blog");
    authors = accounts.byUsername(actor.caller().username()).map(a -> a.slug()).orElse("");
    Long original = parseId(current.query("translationOf"));
    if (original != null) {
      try {
        PostDesk.Located o = desk.visible(actor, original);
        translationOf = original;
        title = o.post().getTitle();
        summary = o.post().getSummary();
        body = o.post().getBodySource();
        tags = String.join(", ", o.post().getTagList());
        blogChoice = choiceOf(o.blog());
        language = languages.languages().stream()
            .filter(l -> !l.equals(o.post().getLanguage())).findFirst().orElse(language);
      } catch (PostNotFound e) {
        PageGuards.notFound();
      }
    }
  }

  /**
   * Before an action: who acts, and the post they act on, since the form's view action does
   * not run on a postback.
   *
   * @return true when the actor may go on
   */
  private boolean ready() {
    return ready(true);
  }

  private boolean ready(boolean report) {
    if (actor == null) {
      actor = rules.actor(current.getCaller()).orElse(null);
    }
    if (actor == null) {
      if (report) {
        error(null, msg.text("blog.error.denied"));
      }
      return false;
    }
    if (id != null && post == null) {
      try {
        PostDesk.Located at = desk.visible(actor, id);
        post = at.post();
        blog = at.blog();
      } catch (PostNotFound e) {
        if (report) {
          error(null, msg.text("blog.error.postNotFound"));
        }
        return false;
      }
    }
    return true;
  }

  private boolean locate() {
    try {
      PostDesk.Located at = desk.visible(actor, id);
      if (!rules.mayEdit(actor, at.blog(), at.post())) {
        PageGuards.answer(at.post().getStatus() == PostStatus.PUBLISHED ? 403 : 404);
        return false;
      }
      post = at.post();
      blog = at.blog();
      return true;
    } catch (PostNotFound e) {
      PageGuards.notFound();
      return false;
    }
  }

  /** @return {@code null}; saves as it is, in its status */
  public String save() {
    if (!ready()) {
      return null;
    }
    Post saved = store();
    if (saved != null) {
      finish(saved, "saved");
    }
    return null;
  }

  /** @return {@code null}; saves, then submits for review */
  public String submit() {
    if (!ready()) {
      return null;
    }
    Post saved = store();
    if (saved != null && act(() -> workflow.submit(actor, saved.getId()))) {
      audit.record(current, "post.submit", String.valueOf(saved.getId()), null);
      finish(saved, "submitted");
    }
    return null;
  }

  /** @return {@code null}; saves, then publishes now or at the time given */
  public String publish() {
    if (!ready()) {
      return null;
    }
    Instant at;
    try {
      at = publishAt == null || publishAt.isBlank() ? null
          : LocalDateTime.parse(publishAt.strip()).atZone(dates.getZone()).toInstant();
    } catch (DateTimeParseException e) {
      error("post:publishAt", msg.text("blog.error.publishAt"));
      return null;
    }
    Post saved = store();
    Instant when = at;
    if (saved != null && act(() -> workflow.publish(actor, saved.getId(), when))) {
      audit.record(current, "post.publish", String.valueOf(saved.getId()),
          when == null ? null : when.toString());
      finish(saved, when != null && when.isAfter(Instant.now()) ? "scheduled" : "published");
    }
    return null;
  }

  /** @return {@code null}; saves over the other writer's change after a conflict */
  public String keepMine() {
    Long theirs = parseId(FacesContext.getCurrentInstance().getExternalContext()
        .getRequestParameterMap().get("theirs"));
    if (theirs != null) {
      version = theirs;
    }
    return save();
  }

  /** @return {@code null}; takes the post back to draft */
  public String backToDraft() {
    if (ready() && id != null && act(() -> workflow.backToDraft(actor, id))) {
      audit.record(current, "post.draft", String.valueOf(id), null);
      finish(post, "draft");
    }
    return null;
  }

  /** @return {@code null}; archives the post */
  public String archive() {
    if (ready() && id != null && act(() -> workflow.archive(actor, id))) {
      audit.record(current, "post.archive", String.valueOf(id), null);
      finish(post, "archived");
    }
    return null;
  }

  /**
   * Deletes the post.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String delete() throws IOException {
    if (ready() && id != null && act(() -> writer.delete(actor, id))) {
      audit.record(current, "post.delete", String.valueOf(id), title);
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().redirect(current.link("posts") + "?done=deleted");
      faces.responseComplete();
    }
    return null;
  }

  private Post store() {
    PostDraft draft = new PostDraft(title, slug, summary, body, language, split(authors),
        new LinkedHashSet<>(split(tags)), translationOf);
    Post saved;
    try (InputStream upload = upload()) {
      CoverChange change = removeCover ? CoverChange.REMOVE
          : upload == null ? CoverChange.KEEP : CoverChange.replaceWith(upload);
      if (id == null) {
        Blog target = target();
        if (target == null) {
          error("post:blog", msg.text("blog.error.blogChoice"));
          FacesContext.getCurrentInstance().validationFailed();
          return null;
        }
        saved = writer.create(actor, target, draft, change);
        id = saved.getId();
        blog = target;
      } else {
        saved = writer.update(actor, id, version, draft, change);
      }
      version = saved.getVersion();
      // the page shown after a later refusal (publishing, submitting) describes this post
      post = saved;
      audit.record(current, "post.save", String.valueOf(saved.getId()), null);
      return saved;
    } catch (Rejected e) {
      show(e);
    } catch (org.plenum.api.Denied e) {
      error(null, msg.text("blog.error.denied"));
    } catch (PostNotFound e) {
      error(null, msg.text("blog.error.postNotFound"));
    } catch (IOException e) {
      refused(400);
      error("post:cover", msg.text("core.image.error.unreadable"));
    }
    FacesContext.getCurrentInstance().validationFailed();
    return null;
  }

  private boolean act(Runnable action) {
    try {
      action.run();
      return true;
    } catch (Rejected e) {
      show(e);
    } catch (org.plenum.api.Denied e) {
      error(null, msg.text("blog.error.denied"));
    } catch (PostNotFound e) {
      error(null, msg.text("blog.error.postNotFound"));
    }
    FacesContext.getCurrentInstance().validationFailed();
    return false;
  }

  /** @return the uploaded cover's content, or {@code null} when none was sent */
  private InputStream upload() throws IOException {
    return removeCover || cover == null || cover.getSize() == 0 ? null : cover.getInputStream();
  }

  private static void refused(int status) {
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
  }

  private void show(Rejected e) {
    refused(e.conflict() ? 409 : 400);
    for (Rejected.Problem p : e.problems()) {
      if ("version".equals(p.field())) {
        PostDesk.Located now = desk.visible(actor, id);
        conflict = new Conflict(now.post().getUpdatedBy(), now.post().getUpdated(),
            now.post().getVersion(), Differences.of(now.post().getBodySource(), body));
        continue;
      }
      String field = switch (p.field()) {
        case "title", "slug", "summary", "body", "tags", "coauthors", "language", "publishAt" ->
            "post:" + ("coauthors".equals(p.field()) ? "authors" : p.field());
        case "text", "image" -> "post:cover";
        default -> null;
      };
      if (p.key().startsWith("core.image.")) {
        field = "post:cover";
      }
      error(field, msg.format(p.key(), p.args().toArray()));
    }
  }

  private void finish(Post saved, String done) {
    try {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().redirect(current.link("posts/" + saved.getId() + "/edit")
          + "?done=" + done);
      faces.responseComplete();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Blog target() {
    String choice = blogChoice == null ? "me" : blogChoice;
    Blog b = null;
    if ("news".equals(choice)) {
      b = blogs.news();
    } else if ("me".equals(choice)) {
      b = accounts.byUsername(actor.caller().username())
          .map(a -> blogs.memberBlog(a.id(), a.slug())).orElse(null);
    } else if (choice.startsWith("chapter-")) {
      Long chapterId = parseId(choice.substring("chapter-".length()));
      Chapter c = chapterId == null ? null : chapters.byId(chapterId).orElse(null);
      b = c == null ? null : blogs.chapterBlog(c.getId(), c.getSlug());
    }
    return b != null && rules.mayWrite(actor, b) ? b : null;
  }

  private String choiceOf(Blog b) {
    return switch (b.getKind()) {
      case SITE -> "news";
      case CHAPTER -> "chapter-" + b.getChapterId();
      case MEMBER -> "me";
    };
  }

  /** @return the blogs the writer may start a post in */
  public List<Choice> getBlogChoices() {
    List<Choice> list = new ArrayList<>();
    if (actor == null) {
      return list;
    }
    list.add(new Choice("me", msg.text("blog.edit.myBlog")));
    for (Chapter c : chapters.of(actor.accountId())) {
      list.add(new Choice("chapter-" + c.getId(), c.getName()));
    }
    for (Chapter c : chapters.coordinatedBy(actor.accountId())) {
      if (list.stream().noneMatch(x -> x.value().equals("chapter-" + c.getId()))) {
        list.add(new Choice("chapter-" + c.getId(), c.getName()));
      }
    }
    list.add(new Choice("news", msg.text("blog.news.title")));
    return list;
  }

  /** @return the post's blog's name, for an existing post */
  public String getBlogName() {
    if (blog == null) {
      return "";
    }
    return switch (blog.getKind()) {
      case SITE -> msg.text("blog.news.title");
      case CHAPTER -> chapters.byId(blog.getChapterId()).map(Chapter::getName).orElse("");
      case MEMBER -> links.blogName(blog);
    };
  }

  /** @return true when the writer may publish in the post's blog */
  public boolean isPublisher() {
    if (actor == null) {
      return false;
    }
    Blog b = blog != null ? blog : target();
    return b != null && rules.mayPublish(actor, b);
  }

  /** @return true when the post may be submitted for review by this writer */
  public boolean isSubmittable() {
    return post != null && post.getStatus() == PostStatus.DRAFT && rules.reviews(blog)
        && !isPublisher();
  }

  /** @return true when the writer may delete the post */
  public boolean isDeletable() {
    return post != null && rules.mayDelete(actor, blog, post);
  }

  /** @return the post's status, or {@code null} for a new post */
  public PostStatus getStatus() {
    return post == null ? null : post.getStatus();
  }

  /** @return the stored post, or {@code null} for a new one */
  public Post getPost() {
    return post;
  }

  /** @return the public address of a published post, or {@code null} */
  public String getPublicUrl() {
    return post != null && post.getStatus() == PostStatus.PUBLISHED ? links.url(post) : null;
  }

  /** @return the time zone the publication time is read in */
  public String getZone() {
    return dates.getZone().getId();
  }

  /** @return the conflict found on saving, or {@code null} */
  public Conflict getConflict() {
    return conflict;
  }

  /** @return the languages a post may be written in */
  public List<String> getLanguages() {
    return languages.languages();
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

  private void error(String clientId, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId,
        new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private static List<String> split(String list) {
    if (list == null || list.isBlank()) {
      return List.of();
    }
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .toList();
  }

  private static Long parseId(String text) {
    if (text == null || !text.matches("\\d{1,18}")) {
      return null;
    }
    return Long.valueOf(text);
  }

  /** @return true when editing a stored post */
  public boolean isExisting() {
    return id != null;
  }

  /** @return the post's id */
  public Long getId() {
    return id;
  }

  /** @param id the post's id */
  public void setId(Long id) {
    this.id = id;
  }

  /** @return the version started from */
  public long getVersion() {
    return version;
  }

  /** @param version the version started from */
  public void setVersion(long version) {
    this.version = version;
  }

  /** @return the post translated */
  public Long getTranslationOf() {
    return translationOf;
  }

  /** @param translationOf the post translated */
  public void setTranslationOf(Long translationOf) {
    this.translationOf = translationOf;
  }

  /** @return the blog chosen for a new post */
  public String getBlogChoice() {
    return blogChoice;
  }

  /** @param blogChoice the blog chosen for a new post */
  public void setBlogChoice(String blogChoice) {
    this.blogChoice = blogChoice;
  }

  /** @return language */
  public String getLanguage() {
    return language;
  }

  /** @param language language */
  public void setLanguage(String language) {
    this.language = language;
  }

  /** @return title */
  public String getTitle() {
    return title;
  }

  /** @param title title */
  public void setTitle(String title) {
    this.title = title;
  }

  /** @return slug */
  public String getSlug() {
    return slug;
  }

  /** @param slug slug */
  public void setSlug(String slug) {
    this.slug = slug;
  }

  /** @return summary */
  public String getSummary() {
    return summary;
  }

  /** @param summary summary */
  public void setSummary(String summary) {
    this.summary = summary;
  }

  /** @return body */
  public String getBody() {
    return body;
  }

  /** @param body body */
  public void setBody(String body) {
    this.body = body;
  }

  /** @return authors' member addresses, comma-separated */
  public String getAuthors() {
    return authors;
  }

  /** @param authors authors' member addresses, comma-separated */
  public void setAuthors(String authors) {
    this.authors = authors;
  }

  /** @return tags, comma-separated */
  public String getTags() {
    return tags;
  }

  /** @param tags tags, comma-separated */
  public void setTags(String tags) {
    this.tags = tags;
  }

  /** @return publication time, local to the writer */
  public String getPublishAt() {
    return publishAt;
  }

  /** @param publishAt publication time, local to the writer */
  public void setPublishAt(String publishAt) {
    this.publishAt = publishAt;
  }

  /** @return the uploaded cover */
  public Part getCover() {
    return cover;
  }

  /** @param cover the uploaded cover */
  public void setCover(Part cover) {
    this.cover = cover;
  }

  /** @return true to remove the cover */
  public boolean isRemoveCover() {
    return removeCover;
  }

  /** @param removeCover true to remove the cover */
  public void setRemoveCover(boolean removeCover) {
    this.removeCover = removeCover;
  }
}
