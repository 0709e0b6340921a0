package org.plenum.blog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.plenum.blog.Blog;
import org.plenum.blog.BlogService;
import org.plenum.blog.Post;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.content.Slugs;
import org.plenum.core.web.CurrentRequest;

/** A published post's page, with its authors, tags and translations. */
@Named("postView")
@RequestScoped
public class PostView {

  @Inject
  BlogService blogs;

  @Inject
  CurrentRequest current;

  @Inject
  PostLinks links;

  private Post post;
  private Blog blog;
  private List<Post> translations = List.of();

  /**
   * Loads the post or answers 404.
   *
   * @throws IOException when the error cannot be sent
   */
  public void load() throws IOException {
    String blogSlug = current.param("blog");
    String slug = current.param("post");
    blog = blogSlug == null ? blogs.news()
        : blogs.blog(blogSlug).filter(b -> !b.isNews()).orElse(null);
    post = blog == null || !Slugs.valid(slug) ? null
        : blogs.published(blog.getId(), slug).orElse(null);
    if (post == null) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    translations = blogs.translations(post);
    for (Post t : translations) {
      current.alternate(t.getLanguage(), links.path(t));
    }
  }

  /** @return the post */
  public Post getPost() {
    return post;
  }

  /** @return its blog */
  public Blog getBlog() {
    return blog;
  }

  /** @return its authors */
  public List<ChapterService.Person> getAuthors() {
    return links.authors(post);
  }

  /** @return the post in other languages */
  public List<Post> getTranslations() {
    return translations;
  }

  /** @return the post's canonical address, absolute */
  public String getCanonical() {
    return current.absolute(links.url(post));
  }
}
