package org.plenum.blog.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenum.api.CurrentReader;
import org.plenum.api.Markdown;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.PageGuards;
import org.plenum.blog.Blog;
import org.plenum.blog.People;
import org.plenum.blog.Post;
import org.plenum.blog.PostDesk;
import org.plenum.blog.PostNotFound;
import org.plenum.blog.PostStatus;
import org.plenum.blog.PostWorkflow;
import org.plenum.blog.PostWriter;
import org.plenum.blog.Tags;

/**
 * Writing and editing a post: the text, its authors and tags, its cover, and the workflow buttons
 * the writer may use (save, submit for review, publish or schedule, back to draft, archive,
 * delete). The fields are its {@link PostForm}'s; the version the writer started from travels with
 * the form; when someone saved in between, the writer is told who, sees the differences ({@link
 * Conflict}), and chooses to keep their text or start again from the other.
 */
@Named("postEditor")
@RequestScoped
public class PostEditor extends PostPage {

  @Inject PostDesk desk;

  @Inject PostWriter writer;

  @Inject PostWorkflow workflow;

  @Inject People people;

  @Inject EditorSteps steps;

  @Inject Members accounts;

  @Inject CurrentReader current;

  @Inject Tags tags;

  @Inject Markdown markdown;

  /** The names shown for the authors' addresses, found once a request. */
  private final Map<String, String> authorNames = new HashMap<>();

  /**
   * What the co-authors' field proposes as the writer types: members who are not suspended whose
   * name or address holds the text. Asked only by someone who may write, through the editor.
   *
   * @param typed what was typed
   * @return their profile addresses
   */
  public List<String> completeAuthor(String typed) {
    if (rules.actor(current.getCaller()).isEmpty()) {
      return List.of();
    }
    List<Member> found = accounts.find(typed, 10);
    found.forEach(m -> authorNames.put(m.slug(), m.displayName()));
    return found.stream().map(Member::slug).toList();
  }

  /**
   * How an author is shown in the co-authors' field: their name and address.
   *
   * @param slug the profile address
   * @return "Name (address)", or the address alone when no member has it
   */
  public String authorLabel(String slug) {
    if (slug == null) {
      return "";
    }
    String name =
        authorNames.computeIfAbsent(
            slug, s -> accounts.bySlug(s).map(Member::displayName).orElse(""));
    return name.isEmpty() ? slug : name + " (" + slug + ")";
  }

  /**
   * What the tags' field proposes as the writer types: tags of published posts, most used first. A
   * new tag is typed in full and taken with Enter.
   *
   * @param typed what was typed
   * @return the tags
   */
  public List<String> completeTag(String typed) {
    return tags.containing(typed, 10);
  }

  /**
   * On a postback, finds the post the form is about before the buttons are decoded, so that the
   * buttons the writer may use are the ones that answer.
   */
  @PostConstruct
  void init() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.isPostback()) {
      form.setId(parseId(faces.getExternalContext().getRequestParameterMap().get("post:id")));
      ready(false);
    }
  }

  /**
   * Fills the form: an existing post from the {@code id} path parameter, or a new one in the blog
   * named by {@code ?blog=}.
   */
  public void load() {
    actor = rules.actor(current.getCaller()).orElse(null);
    if (actor == null) {
      PageGuards.forbidden();
      return;
    }
    steps.done(current.query("done"));
    String param = current.param("id");
    if (param != null) {
      form.setId(parseId(param));
      if (form.getId() != null && locate()) {
        form.fill(post, people.addresses(post.getAuthorIds()), dates.getZone());
      }
      return;
    }
    form.start(
        current.getLang(),
        current.query("blog") == null ? "me" : current.query("blog"),
        accounts.byUsername(actor.caller().username()).map(a -> a.slug()).orElse(""));
    Long original = parseId(current.query("translationOf"));
    if (original != null) {
      try {
        PostDesk.Located o = desk.visible(actor, original);
        form.translate(o.post());
        form.setBlogChoice(BlogChoices.choiceOf(o.blog()));
        form.setLanguage(
            msg.languages().stream()
                .filter(l -> !l.equals(o.post().getLanguage()))
                .findFirst()
                .orElse(form.getLanguage()));
      } catch (PostNotFound e) {
        PageGuards.notFound();
      }
    }
  }

  /**
   * Before an action: who acts, and the post they act on, since the form's view action does not run
   * on a postback.
   *
   * @param report true to tell the writer why they may not go on
   * @return true when the actor may go on
   */
  private boolean ready(boolean report) {
    if (actor == null) {
      actor = rules.actor(current.getCaller()).orElse(null);
    }
    if (actor == null) {
      if (report) {
        steps.error(null, "blog.error.denied");
      }
      return false;
    }
    if (form.getId() != null && post == null) {
      try {
        PostDesk.Located at = desk.visible(actor, form.getId());
        post = at.post();
        blog = at.blog();
      } catch (PostNotFound e) {
        if (report) {
          steps.error(null, "blog.error.postNotFound");
        }
        return false;
      }
    }
    return true;
  }

  private boolean locate() {
    try {
      PostDesk.Located at = desk.visible(actor, form.getId());
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

  /**
   * @return {@code null}; saves as it is, in its status
   */
  public String save() {
    Post saved = ready(true) ? store() : null;
    if (saved != null) {
      finish(saved, "saved");
    }
    return null;
  }

  /**
   * @return {@code null}; saves, then submits for review
   */
  public String submit() {
    Post saved = ready(true) ? store() : null;
    if (saved != null && act(() -> workflow.submit(actor, saved.getId()))) {
      finish(saved, "submitted");
    }
    return null;
  }

  /**
   * @return {@code null}; saves, then publishes now or at the time given
   */
  public String publish() {
    if (!ready(true)) {
      return null;
    }
    Instant when = form.publishAt(dates.getZone());
    Post saved = store();
    if (saved != null && act(() -> workflow.publish(actor, saved.getId(), when))) {
      finish(saved, when != null && when.isAfter(Instant.now()) ? "scheduled" : "published");
    }
    return null;
  }

  /**
   * @return {@code null}; saves over the other writer's change after a conflict
   */
  public String keepMine() {
    Long theirs =
        parseId(
            FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("theirs"));
    if (theirs != null) {
      form.setVersion(theirs);
    }
    return save();
  }

  /**
   * @return {@code null}; takes the post back to draft
   */
  public String backToDraft() {
    Long id = form.getId();
    if (ready(true) && id != null && act(() -> workflow.backToDraft(actor, id))) {
      finish(post, "draft");
    }
    return null;
  }

  /**
   * @return {@code null}; archives the post
   */
  public String archive() {
    Long id = form.getId();
    if (ready(true) && id != null && act(() -> workflow.archive(actor, id))) {
      finish(post, "archived");
    }
    return null;
  }

  /**
   * @return {@code null}; deletes the post
   */
  public String delete() {
    Long id = form.getId();
    if (ready(true) && id != null && act(() -> writer.delete(actor, id))) {
      PageGuards.redirect(current.link("posts") + "?done=deleted");
    }
    return null;
  }

  /** Saves the form: a new post in the blog chosen, or a change to the post. */
  private Post store() {
    return steps.attempt(
        () -> {
          try (InputStream upload = form.upload()) {
            Post saved;
            if (form.getId() == null) {
              Blog target = choices.target(actor, form.getBlogChoice());
              if (target == null) {
                steps.error("post:blog", "blog.error.blogChoice");
                return null;
              }
              saved = writer.create(actor, target, form.draft(), form.coverChange(upload));
              form.setId(saved.getId());
              blog = target;
            } else {
              saved =
                  writer.update(
                      actor,
                      form.getId(),
                      form.getVersion(),
                      form.draft(),
                      form.coverChange(upload));
            }
            form.setVersion(saved.getVersion());
            // the page shown after a later refusal (publishing, submitting) describes this post
            post = saved;
            return saved;
          }
        },
        this::conflicted);
  }

  private boolean act(Runnable action) {
    return steps.attempt(
            () -> {
              action.run();
              return Boolean.TRUE;
            },
            this::conflicted)
        != null;
  }

  private void conflicted() {
    conflict = Conflict.between(desk.visible(actor, form.getId()).post(), form.getBody());
  }

  private void finish(Post saved, String done) {
    PageGuards.redirect(current.link("posts/" + saved.getId() + "/edit") + "?done=" + done);
  }

  private static Long parseId(String text) {
    return text == null || !text.matches("\\d{1,18}") ? null : Long.valueOf(text);
  }

  /**
   * The text as readers will see it: the Markdown being written, rendered and made safe as when the
   * post is saved.
   *
   * @return safe HTML
   */
  public String getPreview() {
    return markdown.render(form.getBody());
  }
}
